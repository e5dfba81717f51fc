import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { flatness, median, theilSen } from "./flatness.ts";

describe("stream flatness", () => {
  it("takes the middle of an odd list and the mean of the two middles of an even one", () => {
    assert.equal(median([3, 1, 2]), 2);
    assert.equal(median([4, 1, 3, 2]), 2.5);
  });

  it("fits a line through batch times, ignoring a few batches slowed by other processes", () => {
    const ys = [1, 1.1, 1.2, 5, 1.4, 1.5, 1.6, 0.2, 1.8, 1.9];
    const fit = theilSen(ys);
    assert.ok(Math.abs(fit.slope - 0.1) < 1e-9, `slope ${fit.slope}`);
    assert.ok(Math.abs(fit.intercept - 1) < 1e-9, `intercept ${fit.intercept}`);
  });

  it("gives the last batch's rate against the first's, raw, by medians and by the trend", () => {
    // Batches slow from 1 s to 2 s; the first is slowed to 3 s by a neighbour.
    const seconds = [3, ...Array.from({ length: 9 }, (_, i) => 1 + (i + 1) / 9)];
    const f = flatness(seconds);
    assert.ok(Math.abs(f.ratio - 1.5) < 1e-9, `raw ${f.ratio}`);
    assert.ok(Math.abs(f.trend - 0.5) < 1e-9, `trend ${f.trend}`);
    assert.ok(f.median < 0.8, `median ${f.median}`);
  });

  it("calls steady batches flat", () => {
    const f = flatness([2, 2.1, 1.9, 2, 2, 2.1, 1.9, 2]);
    assert.ok(f.trend > 0.95 && f.trend < 1.05, `trend ${f.trend}`);
  });
});
