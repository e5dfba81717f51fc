/** @module What the CLI prints about an input is one safe terminal line: control characters in a file name or message are shown as \u escapes. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { describeInputError, printable } from "./io.ts";

test("an input error naming a file with a newline and an escape sequence is one line, the characters escaped", () => {
  const origin = "/in/evil\n\u001b[31mred.txt";
  const line = describeInputError({ origin, message: `${origin}: looks like a binary file` });
  assert.equal(line, "error: /in/evil\\u000a\\u001b[31mred.txt: looks like a binary file");
  assert.equal(describeInputError({ origin: "/in/a\u2028b.txt", message: "is empty" }), "error: /in/a\\u2028b.txt: is empty");
  assert.equal(printable("plain name.txt — ünïcode"), "plain name.txt — ünïcode");
});
