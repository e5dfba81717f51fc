/**
 * @module Does a span overlap any of many spans? Answered in O(log n) from the spans sorted by
 * start and the running maximum of their ends: checking every alias match for every candidate
 * token was quadratic (300 KB of "India May 5 " repeated took 165 s in garble detection).
 */

/** A test `(start, end) → does [start, end) overlap one of spans` (same as `spans.some(s => s[0] < end && start < s[1])`). */
export function overlapTest(spans: readonly (readonly [number, number])[]): (start: number, end: number) => boolean {
  const sorted = spans.map((s) => [s[0], s[1]] as const).sort((a, b) => a[0] - b[0]);
  const starts = sorted.map((s) => s[0]);
  const maxEnd: number[] = [];
  for (const [, e] of sorted) maxEnd.push(Math.max(e, maxEnd[maxEnd.length - 1] ?? Number.NEGATIVE_INFINITY));
  return (start, end) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] ?? 0) < end) lo = mid + 1;
      else hi = mid;
    }
    // spans[0, lo) start before `end`; one of them overlaps iff the furthest end passes `start`.
    return lo > 0 && (maxEnd[lo - 1] ?? Number.NEGATIVE_INFINITY) > start;
  };
}
