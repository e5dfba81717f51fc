/**
 * @module The copied-word share of two texts: the share of their words (both texts counted) that lie
 * inside a k-word shingle the other text also has. It measures how much of the text was copied,
 * in order, in runs of at least k words. A changed word costs about one word, where shingle Jaccard
 * charges it k shingles (one changed word in a 100-word text: share ≈ 0.99, 5-shingle Jaccard ≈ 0.90),
 * so the same threshold means the same thing for any shingle size and article length; an added
 * credit line or a cut paragraph costs its own words; texts that merely share a passage or
 * boilerplate score that passage's share.
 */

/** A text as positional shingle hashes: shingle p covers words [p, min(p + k, words)). */
export interface ShingledText {
  readonly shingles: Uint32Array;
  /** Words in the text (≥ 1 when there are shingles). */
  readonly words: number;
}

/** A sorted copy of `xs`, for `contains`. */
export function sortedCopy(xs: Uint32Array): Uint32Array {
  return Uint32Array.from(xs).sort();
}

/** Whether the sorted array `sorted` contains `x` (binary search). */
function contains(sorted: Uint32Array, x: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo] === x;
}

/** Words of `doc` inside a shingle found in `other` (given sorted). */
export function coveredWords(doc: ShingledText, other: Uint32Array, k: number): number {
  const s = doc.shingles;
  let covered = 0;
  let end = 0;
  for (let p = 0; p < s.length; p++) {
    if (!contains(other, s[p] as number)) continue;
    const to = Math.min(p + k, doc.words);
    covered += to - Math.max(p, end);
    end = to;
  }
  return covered;
}

/**
 * Copied-word share of `a` and `b` under k-word shingles: (covered words of a + of b) / (words of a +
 * words of b), in [0, 1]. `sortedA` / `sortedB` are the sorted shingles when the caller has them.
 */
export function copiedShare(a: ShingledText, b: ShingledText, k: number, sortedA = sortedCopy(a.shingles), sortedB = sortedCopy(b.shingles)): number {
  const total = a.words + b.words;
  if (a.shingles.length === 0 || b.shingles.length === 0 || total === 0) return 0;
  return (coveredWords(a, sortedB, k) + coveredWords(b, sortedA, k)) / total;
}
