/**
 * @module Pair features: what a paraphrase detector looks at in two sentences. Every feature is
 * symmetric in its two arguments and lies in [0, 1].
 */
import type { SimFeatures } from "./features.ts";
import type { IdfTable } from "./idf.ts";
import { termOverlap, type Overlap } from "./term-overlap.ts";

export { SOFT_CREDIT, VECTOR_CREDIT, VECTOR_MIN_COSINE, termOverlap, type Overlap } from "./term-overlap.ts";

export const FEATURE_NAMES = [
  "idfF1", // IDF-weighted F-measure of matched content terms (soft matches count SOFT_CREDIT)
  "idfMinCover", // the smaller of the two IDF-weighted coverages
  "idfMaxCover", // the larger one
  "termDice", // unweighted Dice of exact content terms
  "bigramDice", // Dice of bigrams of the normalized token sequence
  "trigramDice",
  "lcs", // longest common subsequence of the normalized token sequences, 2·lcs / (|a| + |b|)
  "lengthRatio", // shorter / longer, in normalized tokens ("two thousand" is one)
  "numberMismatch", // both carry numbers: share of numbers not in both
  "numberOneSided", // only one of them carries numbers
  "nameMismatch", // share of names not found in the other sentence
  "negationMismatch", // one is negated, the other not
  "extraTerms", // content terms of one side matched by nothing on the other (the larger count), / 10, at most 1
  "lengthGap", // difference in tokens, / 20, at most 1
  "unmatchedRun", // longest run of normalized tokens of one side that the other lacks (an added clause), / 10, at most 1
] as const;

/**
 * Sign each fitted weight must keep: +1 for signs of paraphrase, -1 for signs of difference, so that
 * more overlap never lowers the score and a mismatch never raises it. Two are left free: the length
 * ratio (it only re-expresses the length gap relative to length) and trigram overlap, which can
 * weigh negatively once bigrams and the LCS are known (two sentences that share a long verbatim run
 * and differ in the rest often state different claims).
 */
export const FEATURE_SIGNS: readonly number[] = [1, 1, 1, 1, 1, 0, 1, 0, -1, -1, -1, -1, -1, -1, -1];

export type PairVector = readonly number[];

/** Number of values two sorted arrays of distinct values share. */
function sharedSorted(a: Float64Array | Uint32Array, b: Float64Array | Uint32Array): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x < y) i++;
    else if (x > y) j++;
    else {
      shared++;
      i++;
      j++;
    }
  }
  return shared;
}

/** Dice coefficient of two sorted arrays of distinct keys (1 when both are empty). */
function dice(a: Float64Array | Uint32Array, b: Float64Array | Uint32Array): number {
  return a.length + b.length === 0 ? 1 : (2 * sharedSorted(a, b)) / (a.length + b.length);
}

const lcsRow = { buf: new Int32Array(256) };

function lcsLength(a: Uint32Array, b: Uint32Array): number {
  const [s, t] = a.length <= b.length ? [a, b] : [b, a];
  if (lcsRow.buf.length < s.length + 1) lcsRow.buf = new Int32Array(2 * (s.length + 1));
  const row = lcsRow.buf;
  row.fill(0, 0, s.length + 1);
  for (const y of t) {
    let diag = 0;
    for (let i = 1; i <= s.length; i++) {
      const up = row[i] ?? 0;
      row[i] = s[i - 1] === y ? diag + 1 : Math.max(up, row[i - 1] ?? 0);
      diag = up;
    }
  }
  return row[s.length] ?? 0;
}

function numberFeatures(a: ReadonlySet<number>, b: ReadonlySet<number>): [mismatch: number, oneSided: number] {
  if (a.size === 0 && b.size === 0) return [0, 0];
  if (a.size === 0 || b.size === 0) return [0, 1];
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  const union = a.size + b.size - shared;
  return [(union - shared) / union, 0];
}

/** Share of the names of both sentences that the other sentence lacks (as any term). */
function nameMismatch(a: SimFeatures, b: SimFeatures): number {
  const all = a.nameHashes.length + b.nameHashes.length;
  if (all === 0) return 0;
  return (all - sharedSorted(a.nameHashes, b.termHashes) - sharedSorted(b.nameHashes, a.termHashes)) / all;
}

/** Whether a sorted array holds `x` (binary search). */
function holds(sorted: Uint32Array, x: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid] ?? 0;
    if (v === x) return true;
    if (v < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Longest run of consecutive tokens of `x`'s sequence that `y` lacks: a clause one sentence adds. */
function unmatchedRun(x: SimFeatures, y: SimFeatures): number {
  let best = 0;
  let run = 0;
  for (const t of x.seq) {
    if (holds(y.seqSorted, t)) run = 0;
    else if (++run > best) best = run;
  }
  return best;
}

/** The feature vector of a sentence pair, in FEATURE_NAMES order. */
export function pairVector(a: SimFeatures, b: SimFeatures, idf: IdfTable, overlap?: Overlap): PairVector {
  const o = overlap ?? termOverlap(a, b, idf);
  const seqLen = a.seq.length + b.seq.length;
  const [numberMismatch, numberOneSided] = numberFeatures(a.numbers, b.numbers);
  const la = Math.max(1, a.seq.length);
  const lb = Math.max(1, b.seq.length);
  return [
    o.f,
    Math.min(o.a, o.b),
    Math.max(o.a, o.b),
    dice(a.termHashes, b.termHashes),
    dice(a.bigrams, b.bigrams),
    dice(a.trigrams, b.trigrams),
    seqLen === 0 ? 1 : (2 * lcsLength(a.seq, b.seq)) / seqLen,
    Math.min(la, lb) / Math.max(la, lb),
    numberMismatch,
    numberOneSided,
    nameMismatch(a, b),
    a.negated !== b.negated ? 1 : 0,
    Math.min(1, o.extra / 10),
    Math.min(1, Math.abs(la - lb) / 20),
    Math.min(1, Math.max(unmatchedRun(a, b), unmatchedRun(b, a)) / 10),
  ];
}

/** The vector of a sentence compared with itself. */
export const PERFECT_VECTOR: PairVector = [1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
