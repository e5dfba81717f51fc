/** @module Tests: overlap resolution keeps what a naive pass keeps, and a text of hundreds of thousands of candidates resolves. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { resolveOverlaps, type Timex } from "./timex.ts";

const span = (start: number, end: number): Timex => ({ type: "DATE", start, end, value: `${start}-${end}`, bounds: null, granularity: "day", role: "point" });

/** Longest first (earlier list position on ties), kept when it overlaps nothing kept, then sorted by start. */
function naive(candidates: readonly Timex[]): Timex[] {
  const ranked = candidates.map((t, i) => ({ t, i })).sort((a, b) => b.t.end - b.t.start - (a.t.end - a.t.start) || a.i - b.i);
  const kept: Timex[] = [];
  for (const { t } of ranked) if (!kept.some((k) => k.start < t.end && t.start < k.end)) kept.push(t);
  return kept.sort((a, b) => a.start - b.start);
}

test("overlap resolution keeps exactly what a naive pass keeps, on random spans (few, placed in a sorted array, and many, through the index)", () => {
  let seed = 5;
  const next = (n: number): number => Math.floor(((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * n);
  for (let round = 0; round < 3000; round++) {
    const width = 5 + next(round % 2 === 0 ? 60 : 200);
    const candidates = Array.from({ length: round % 2 === 0 ? next(25) : 33 + next(60) }, () => {
      const start = next(width);
      return span(start, start + 1 + next(8));
    });
    assert.deepEqual(resolveOverlaps(candidates), naive(candidates), JSON.stringify(candidates.map((t) => [t.start, t.end])));
  }
});

test("empty spans are resolved as before", () => {
  const kept = resolveOverlaps([span(3, 3), span(0, 5), span(5, 5), span(6, 9)]);
  assert.deepEqual(kept.map((t) => [t.start, t.end]), [[0, 5], [5, 5], [6, 9]]);
});

test("hundreds of thousands of candidates, shorter ones before longer ones, resolve", () => {
  const n = 200_000;
  const longer = Array.from({ length: n }, (_, i) => span(n * 7 + i * 7, n * 7 + i * 7 + 6));
  const shorter = Array.from({ length: n }, (_, i) => span(i * 6, i * 6 + 5));
  const overlapping = Array.from({ length: n }, (_, i) => span(i * 6 + 3, i * 6 + 7));
  const kept = resolveOverlaps([...longer, ...shorter, ...overlapping]);
  assert.equal(kept.length, 2 * n);
  assert.deepEqual([kept[0]?.start, kept[n]?.start], [0, n * 7]);
});
