/** @module Tests of the English numbers pack: loading, validation, and what a phrase before a bare number makes it count. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { PackError } from "../errors.ts";
import { numberLexicon, parseNumberLexicon } from "./lang-pack.ts";
import { extractQuantities } from "./quantities.ts";
import { segment } from "../text/sentences.ts";
import type { Sentence } from "../types.ts";

function sentence(text: string): Sentence {
  const [s] = segment(text, [0, text.length]);
  assert.ok(s);
  return { index: 0, span: s.span, text, paragraph: 0, block: "prose", tokens: s.tokens };
}
const units = (text: string): string[] => extractQuantities(sentence(text), { mentions: [], dateSpans: [] }).map((q) => `${q.value} ${q.unit}`);

test("loads the bundled numbers pack", () => {
  assert.equal(numberLexicon().impliedUnits.get("mother of"), "child");
});

test("rejects a numbers pack of the wrong shape, naming the file and the path", () => {
  assert.throws(
    () => parseNumberLexicon({ pack: "lang-en-numbers", version: 1, description: "x", impliedUnits: [{ unit: "", after: ["mother of"] }] }, "my-numbers.json"),
    (e: unknown) => e instanceof PackError && /my-numbers\.json: invalid numbers pack at \$\.impliedUnits\.0\.unit/.test(e.message),
  );
});

test("a mother of two counts children, not the dead of the sentence's verb", () => {
  assert.deepEqual(units("The mother of two died in the crash."), ["2 child"]);
  assert.deepEqual(units("Two people died in the crash."), ["2 killed"]);
});
