/** @module Tests for the markdown reader. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { markdownToText, readMarkdown, splitFrontMatter } from "./markdown.ts";

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

describe("markdown reader", () => {
  it("reads title, outlet (source object), url, date and byline from front matter", () => {
    const { articles, errors } = readMarkdown("article.md", fixture("article.md"));
    assert.deepEqual(errors, []);
    const a = articles[0];
    assert.ok(a);
    assert.equal(a.title, "Port Sable Terminal Gets Green Light");
    assert.equal(a.outlet, "Coastal Ledger");
    assert.equal(a.url, "https://coastal-ledger.example/port-sable-terminal");
    assert.equal(a.published, "2025-11-27");
    assert.equal(a.byline, "Mira Okafor");
    assert.equal(a.format, "md");
  });

  it("keeps headings as their own lines and drops emphasis, links and images", () => {
    const a = readMarkdown("article.md", fixture("article.md")).articles[0];
    assert.equal(
      a?.text,
      "Port Sable approves terminal\n\nThe harbour authority approved the new terminal, according to the minutes.\n\nCosts\n\n- Phase one: 120 million\n- Phase two: 80 million",
    );
  });

  it("uses a leading H1 as the title when there is no front matter", () => {
    const a = readMarkdown("notes/story.md", "# Cranes Arrive\n\nFour cranes arrived.").articles[0];
    assert.equal(a?.title, "Cranes Arrive");
    assert.equal(a?.text, "Four cranes arrived.");
    assert.equal(a?.outlet, "story");
  });

  it("leaves snake_case words, lone asterisks and arithmetic alone", () => {
    assert.equal(markdownToText("a snake_case_name and 2 * 3 * 4"), "a snake_case_name and 2 * 3 * 4");
    assert.equal(markdownToText("***very*** __bold__ ~~gone~~"), "very bold gone");
  });

  it("turns reference links into their text and removes their definitions", () => {
    assert.equal(markdownToText("See [the report][1].\n\n[1]: https://example.org/r"), "See the report.");
  });

  it("reports invalid YAML front matter with its position", () => {
    const { articles, errors } = readMarkdown("bad.md", "---\ntitle: [unclosed\n---\nBody text.");
    assert.equal(articles.length, 0);
    assert.equal(errors[0]?.code, "malformed-front-matter");
    assert.match(errors[0]?.message ?? "", /^bad\.md: front matter is not valid YAML at line \d+ column \d+/);
  });

  it("finds no front matter when the text does not start with ---", () => {
    assert.deepEqual(splitFrontMatter("Body\n---\nmore"), { yaml: null, body: "Body\n---\nmore" });
  });
});
