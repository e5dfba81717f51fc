/** @module Tests of claim predicates: which verbs are a sentence's predicate, and when two predicates are one. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { segment } from "../text/sentences.ts";
import type { Sentence } from "../types.ts";
import { predicatesOf, sharePredicate } from "./predicates.ts";
import { useWordVectors, wordVectors } from "../knowledge/vectors.ts";

function sentence(text: string): Sentence {
  const [s] = segment(text, [0, text.length]);
  assert.ok(s);
  return { index: 0, span: s.span, text, paragraph: 0, block: "prose", tokens: s.tokens };
}

test("a predicate is what was done, not who said it or an auxiliary", () => {
  assert.deepEqual(predicatesOf(sentence("The ministry said on Monday that it has ordered twelve patrol boats.")), ["order"]);
  assert.deepEqual(predicatesOf(sentence("Officials told reporters the talks would be held in Holmgard.")), []);
});

test("two predicates are one when they are the same verb or of one synonym group, never when opposites", () => {
  const saved = wordVectors();
  useWordVectors(null);
  try {
    assert.ok(sharePredicate(["acquire"], ["buy"]));
    assert.ok(sharePredicate(["order", "deliver"], ["deliver"]));
    assert.ok(!sharePredicate(["hire"], ["fire"]));
    assert.ok(!sharePredicate(["charge"], ["order"]));
  } finally {
    useWordVectors(saved);
  }
});
