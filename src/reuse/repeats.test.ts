/** @module Tests of text repeated inside one article. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { findRepeats } from "./repeats.ts";
import { sentenceSpans } from "./sentences.ts";

const LEAD = "The company has long relied on imported steel but is now exploring local suppliers amid rising costs.";

void test("finds a sentence copied and glued to the next one without a space", () => {
  const text = `${LEAD}\n\n${LEAD}The chief executive will visit three plants next week. Analysts expect new contracts.\n\nMore details later. ${LEAD}`;
  const repeats = findRepeats({ id: "art", text });
  assert.equal(repeats.length, 1);
  const r = repeats[0];
  assert.equal(r?.quote, LEAD);
  assert.equal(r?.spans.length, 3);
  for (const [s, e] of r?.spans ?? []) assert.equal(text.slice(s, e), LEAD);
});

void test("reports a repeated run of sentences once, as one passage", () => {
  const para = "Rain fell across the region on Monday night. Rivers rose above their banks in four towns.";
  const text = `${para}\n\nEmergency crews worked through the night.\n\n${para}`;
  const repeats = findRepeats({ id: "x", text });
  assert.equal(repeats.length, 1);
  assert.equal(repeats[0]?.quote, para);
  assert.deepEqual(repeats[0]?.spans.map(([s, e]) => text.slice(s, e)), [para, para]);
});

void test("ignores repeated text shorter than minWords and articles without repeats", () => {
  const text = "Read more. The council met today to discuss the budget. Read more.";
  assert.deepEqual(findRepeats({ id: "y", text }), []);
  assert.equal(findRepeats({ id: "y", text }, { minWords: 2 }).length, 1);
});

void test("splits glued sentences but not abbreviations followed by lower case", () => {
  const spans = sentenceSpans("Prices rose.Markets fell. The U.S. officials left.");
  assert.equal(spans.length, 3);
});
