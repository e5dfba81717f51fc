/** @module Tests of the encoder bench's threshold-free measure (AUC), on hand-made scores. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { auc } from "./encoder.ts";

test("AUC is the share of paraphrase/non-paraphrase pairs ranked right, ties counting half", () => {
  assert.equal(auc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]), 0.75);
  assert.equal(auc([3, 2, 1], [1, 1, 0]), 1);
  assert.equal(auc([1, 2, 3], [1, 1, 0]), 0);
  assert.equal(auc([1, 1, 1], [0, 1, 1]), 0.5);
});
