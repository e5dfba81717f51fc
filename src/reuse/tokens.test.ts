/** @module Tests of the reuse word tokenizer: the hand scanner agrees with the word pattern it implements. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { hashString, seededStream } from "./hash.ts";
import { wordKey, wordTokens } from "./tokens.ts";

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

function reference(text: string): { spans: [number, number][]; hashes: number[] } {
  const spans: [number, number][] = [];
  const hashes: number[] = [];
  for (const m of text.matchAll(WORD)) {
    spans.push([m.index, m.index + m[0].length]);
    hashes.push(hashString(wordKey(m[0])));
  }
  return { spans, hashes };
}

function check(text: string): void {
  const got = wordTokens(text);
  const want = reference(text);
  const spans = Array.from(got.starts, (s, i) => [s, got.ends[i] as number]);
  assert.deepEqual(spans, want.spans, JSON.stringify(text));
  assert.deepEqual([...got.hashes], want.hashes, JSON.stringify(text));
}

void test("splits words at spaces and punctuation, keeping inner apostrophes and hyphens", () => {
  const text = "The S-400's deal—signed 'today'—isn’t done: 5 units, -3 or 4- left.";
  check(text);
  assert.deepEqual(
    Array.from(wordTokens(text).starts, (s, i) => text.slice(s, wordTokens(text).ends[i])),
    ["The", "S-400's", "deal", "signed", "today", "isn’t", "done", "5", "units", "3", "or", "4", "left"],
  );
});

void test("gives a word the same key hash whatever its case or apostrophe", () => {
  const [a, b, c] = wordTokens("Isn’t ISN'T isn't").hashes;
  assert.equal(a, b);
  assert.equal(b, c);
});

void test("agrees with the word pattern on non-ASCII letters, marks, astral characters and lone surrogates", () => {
  for (const text of ["Ελλάδα ΟΔΥΣΣΕΑΣ", "C-500 С-500", "\u212Aelvin kelvin", "cafe\u0301 café", "𝐀𝐁 x𝟙y", "a\ud800b \udc00c", "日本語のテキスト", "a’", "-a-", ""])
    check(text);
});

void test("agrees with the word pattern on random strings", () => {
  const next = seededStream(11);
  const alphabet = ["a", "Z", "0", " ", "'", "’", "-", ".", "\n", "é", "Ж", "ß", "İ", "𝐀", "\u0301", "\ud800", "—"];
  for (let t = 0; t < 300; t++) {
    let text = "";
    const len = next() % 40;
    for (let i = 0; i < len; i++) text += alphabet[next() % alphabet.length] as string;
    check(text);
  }
});
