/** @module Tests of the MSRP reader and the logistic fit used by the paraphrase benchmark. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { bestThreshold, crossValidate, fitLogistic } from "./fit.ts";
import { parseMsrp } from "./msrp.ts";

test("reads MSRP rows after the header and the byte-order mark", () => {
  const text = "\uFEFFQuality\t#1 ID\t#2 ID\t#1 String\t#2 String\n1\t1\t2\tA b.\tB a.\n0\t3\t4\tC.\tD.\nbad row\n";
  assert.deepEqual(parseMsrp(text), [
    { label: 1, a: "A b.", b: "B a." },
    { label: 0, a: "C.", b: "D." },
  ]);
});

test("fits weights that separate separable data, deterministically", () => {
  const xs = [[0.1, 0.5], [0.2, 0.4], [0.3, 0.6], [0.7, 0.5], [0.8, 0.4], [0.9, 0.6]];
  const ys = [0, 0, 0, 1, 1, 1];
  const m = fitLogistic(xs, ys, { steps: 500 });
  const z = (x: number[]) => m.bias + m.weights.reduce((s, w, j) => s + w * (x[j] ?? 0), 0);
  xs.forEach((x, i) => assert.equal(z(x) > 0 ? 1 : 0, ys[i]));
  assert.deepEqual(fitLogistic(xs, ys, { steps: 500 }), m);
});

test("keeps constrained weights on their side of zero", () => {
  const xs = [[0, 1], [1, 0], [0, 0], [1, 1]];
  const ys = [0, 1, 0, 1];
  const m = fitLogistic(xs, ys, { steps: 300, signs: [1, 1] });
  assert.ok(m.weights.every((w) => w >= 0));
  const free = fitLogistic([[1], [0], [1], [0]], [0, 1, 0, 1], { steps: 300, signs: [1] });
  assert.equal(free.weights[0], 0);
});

test("picks the accuracy-maximizing threshold", () => {
  const best = bestThreshold([0.1, 0.2, 0.6, 0.7, 0.4], [0, 0, 1, 1, 0]);
  assert.equal(best.accuracy, 1);
  assert.ok(best.threshold > 0.4 && best.threshold < 0.6);
});

test("cross-validates by held-out group", () => {
  // Two groups that each follow the same rule: held out in turn, each is classified by the other's fit.
  const xs = [[0.1], [0.2], [0.8], [0.9], [0.15], [0.25], [0.85], [0.95]];
  const ys = [0, 0, 1, 1, 0, 0, 1, 1];
  const groups = ["a", "a", "a", "a", "b", "b", "b", "b"];
  assert.deepEqual(crossValidate(xs, ys, groups, { steps: 500 }), { accuracy: 1, folds: 2 });
  // Labels that flip between the groups cannot be learned across them.
  const flipped = [0, 0, 1, 1, 1, 1, 0, 0];
  assert.equal(crossValidate(xs, flipped, groups, { steps: 500 }).accuracy, 0);
});
