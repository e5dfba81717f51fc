/** @module File names from the input are printed visibly in the Markdown report: a newline or an escape sequence in a name becomes a \u escape, never a raw control character on the terminal. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { renderMarkdown } from "./markdown.ts";
import { sampleFixture } from "./fixtures.ts";

test("a file name holding a newline or an escape sequence is printed escaped, on one line", () => {
  const { report } = sampleFixture();
  const evil = "/in/evil\n\u001b[31mred.txt";
  const first = report.articles[0];
  assert.ok(first !== undefined);
  const hostile = {
    ...report,
    articles: [{ ...first, origin: evil, outletKnown: false }, ...report.articles.slice(1)],
    errors: [{ origin: "/in/bad\u001b[2Jname.txt", code: "binary" as const, message: "/in/bad\u001b[2Jname.txt: looks like a binary file" }],
  };
  const md = renderMarkdown(hostile);
  // eslint-disable-next-line no-control-regex
  assert.doesNotMatch(md, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  assert.match(md, /`\/in\/evil\\u000a\\u001b\[31mred\.txt`/);
  assert.match(md, /- `\/in\/bad\\u001b\[2Jname\.txt` — binary: \/in\/bad\\u001b\[2Jname\.txt: looks like a binary file/);
  for (const line of md.split("\n").filter((l) => l.includes("red.txt"))) assert.ok(line.includes("/in/evil\\u000a"), line);
});
