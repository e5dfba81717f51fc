/** @module Tests of per-sentence similarity features. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { sentenceFeatures } from "./features.ts";
import { canonical } from "./synonyms.ts";
import { stem } from "../../stories/stem.ts";

test("normalizes numerals, grouped digits, number words and scale words", () => {
  assert.deepEqual([...sentenceFeatures("They fired 2,000 shells").numbers], [2000]);
  assert.deepEqual([...sentenceFeatures("They fired two thousand shells").numbers], [2000]);
  assert.deepEqual([...sentenceFeatures("a 1.5 million order").numbers], [1.5e6]);
  assert.deepEqual([...sentenceFeatures("twenty-one soldiers and five tanks").numbers].sort((a, b) => a - b), [5, 21]);
});

test("does not read the pronoun 'one' as a number", () => {
  assert.equal(sentenceFeatures("One of the officials declined to comment").numbers.size, 0);
});

test("records names from capitalized words after the first and from acronyms", () => {
  const x = sentenceFeatures("Officials in Moscow and NATO met on Friday");
  assert.ok(x.names.has(stem("moscow")) && x.names.has("nato"));
  assert.ok(!x.names.has(stem("officials")));
});

test("detects negation words and contractions", () => {
  for (const s of ["He never said that", "They didn't sign", "Officials denied the report", "No deal was signed"]) {
    assert.ok(sentenceFeatures(s).negated, s);
  }
  assert.ok(!sentenceFeatures("The deal was signed").negated);
});

test("hashes the token sequence into bigrams and trigrams", () => {
  const x = sentenceFeatures("the talks resumed in the capital");
  assert.equal(x.seq.length, 6);
  assert.equal(x.bigrams.length, 5);
  assert.equal(x.trigrams.length, 4);
  const y = sentenceFeatures("the talks resumed in the capital");
  assert.deepEqual([...x.bigrams], [...y.bigrams]);
});

test("merges synonym groups that share a word", () => {
  assert.equal(canonical(stem("enormous")), canonical(stem("big")));
  assert.equal(canonical(stem("purchase")), canonical(stem("buy")));
  assert.equal(canonical(stem("ferry")), stem("ferry"));
});
