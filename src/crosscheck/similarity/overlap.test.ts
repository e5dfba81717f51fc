/** @module Tests of content overlap, the length-tolerant score for grouping claims. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { sentenceFeatures } from "./features.ts";
import { buildIdf } from "./idf.ts";
import { contentOverlap } from "./overlap.ts";

const short = "Kestria and Sarvia have been in a border dispute since May 2023.";
const long = "Kestria and Sarvia have been locked in a border dispute since May 2023, when troops from both sides clashed near the river crossing.";
const other = "The ferry to the island will leave from the outer quay on Friday morning.";
const texts = [short, long, other, "Kestria and Sarvia have been in a border dispute since May 2021.", "Kestria and Sarvia have not been in a border dispute since May 2023."];
const fs = texts.map(sentenceFeatures);
const idf = buildIdf(fs);
const f = (i: number) => fs[i] ?? sentenceFeatures("");

test("scores a claim restated inside a longer sentence as overlapping, and an unrelated one not", () => {
  const overlap = contentOverlap(f(0), f(1), idf);
  assert.ok(overlap > 0.25, `overlap ${overlap}`);
  assert.ok(overlap > contentOverlap(f(0), f(2), idf));
});

test("scores a sentence against itself as 1 and unrelated sentences as 0", () => {
  assert.equal(contentOverlap(f(0), f(0), idf), 1);
  assert.equal(contentOverlap(f(0), f(2), idf), 0);
});

test("lowers the overlap for conflicting numbers and a one-sided negation", () => {
  assert.ok(contentOverlap(f(0), f(3), idf) < 1);
  assert.ok(contentOverlap(f(0), f(4), idf) < 1);
  assert.equal(contentOverlap(f(0), f(3), idf), contentOverlap(f(3), f(0), idf));
});
