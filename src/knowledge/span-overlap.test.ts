/** @module Tests: the overlap test answers as a pass over every span does, and many spans are checked quickly. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { overlapTest } from "./span-overlap.ts";

test("a span overlaps the set exactly when a pass over every span says so, on random spans", () => {
  let seed = 3;
  const next = (n: number): number => Math.floor(((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * n);
  for (let round = 0; round < 2000; round++) {
    const spans = Array.from({ length: next(12) }, () => {
      const s = next(50);
      return [s, s + next(10)] as const;
    });
    const inside = overlapTest(spans);
    for (let q = 0; q < 20; q++) {
      const s = next(55);
      const e = s + next(8);
      assert.equal(inside(s, e), spans.some((m) => m[0] < e && s < m[1]), JSON.stringify({ spans, s, e }));
    }
  }
});

test("two hundred thousand spans against two hundred thousand tokens", () => {
  const spans = Array.from({ length: 200_000 }, (_, i) => [i * 12, i * 12 + 5] as const);
  const inside = overlapTest(spans);
  let hits = 0;
  for (let i = 0; i < 200_000; i++) if (inside(i * 12 + 6, i * 12 + 11)) hits++;
  assert.equal(hits, 0);
  assert.ok(inside(4, 7));
});
