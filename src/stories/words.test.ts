/** @module Tests of the word scanner and of the words → terms step of story features. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { docFeatures, docWords, termOf } from "./features.ts";
import { wordEnd, wordStart } from "./words.ts";

function scan(text: string): string[] {
  const out: string[] = [];
  for (let s = wordStart(text, 0); s >= 0; ) {
    const e = wordEnd(text, s);
    out.push(`${s}:${text.slice(s, e)}`);
    s = wordStart(text, e);
  }
  return out;
}

void test("the word scanner finds what the word regex finds, joiners, accents and astral letters included", () => {
  const regex = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
  const samples = [
    "India's S-400 deal: U.S. officials said it’s “done”, o’clock -- x'-y 'quoted' end.",
    "naïve café Ω-7 日本語テキスト ١٢٣ ab\u0301c 𝐀𝐁c 𝟙2 lone \uD800 surrogate..",
    "",
    "---",
    "a",
  ];
  for (const text of samples) assert.deepEqual(scan(text), [...text.matchAll(regex)].map((m) => `${m.index}:${m[0]}`), text);
});

void test("a document's terms are its words' terms, with their weighted counts", () => {
  const title = "Flooding in Lakeport: engineers open the spillways";
  const text = "Engineers opened the spillways. The engineer's report said flooding was likely; floods followed.";
  const { words } = docWords(title, text);
  const expected = new Map<string, number>();
  for (const [word, w] of words) {
    const term = termOf(word);
    if (term !== null) expected.set(term, (expected.get(term) ?? 0) + w);
  }
  assert.deepEqual([...docFeatures(title, text).terms], [...expected]);
  assert.equal(docFeatures(title, text).terms.get(termOf("engineers") ?? ""), 3 + 1 + 1, "title words count three times; 'engineer's' counts as 'engineer'");
  assert.equal(termOf("the"), null);
});
