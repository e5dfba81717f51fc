/**
 * @module Term overlap of two sentences: IDF-weighted coverage of each side's content terms by the
 * other's, matched exactly, then softly (soft.ts), then optionally by word vectors. The pair
 * features (pair.ts) and the content overlap for grouping (overlap.ts) are built on it.
 */
import type { SimFeatures } from "./features.ts";
import type { IdfTable } from "./idf.ts";
import { softIndex, type SoftIndex } from "./soft-index.ts";
import { wordVectors, type WordVectors } from "../../knowledge/vectors.ts";
import { mayReach, OpenBound, type Credits } from "./open-bound.ts";

/** Credit of a soft (morphological or spelling) match relative to an exact one. */
export const SOFT_CREDIT = 0.8;
/** Cosine of two words' vectors from which they match as near-synonyms ("rehab"/"rehabilitation", "blaze"/"fire"). */
export const VECTOR_MIN_COSINE = 0.6;
/** Credit of a match by word vectors relative to an exact one. */
export const VECTOR_CREDIT = 0.6;

/** Weighted coverage of each side by the other, their F-measure, and the larger count of unmatched terms. */
export interface Overlap {
  readonly a: number;
  readonly b: number;
  readonly f: number;
  readonly extra: number;
}

/** What a caller with a floor is told of a pair that cannot reach it after the exact matches (see mayReach). */
const BELOW: Overlap = { a: 0, b: 0, f: 0, extra: 0 };

/** IDF weights of a sentence's terms under `idf`, cached on the features for the last table used. */
function weightsOf(f: SimFeatures, idf: IdfTable): Float64Array {
  const cache = f.weights;
  if (cache.table !== idf) {
    f.termList.forEach((t, i) => (cache.values[i] = idf.idf(t)));
    cache.table = idf;
  }
  return cache.values;
}

export interface OverlapOptions {
  /** Match words also by their vectors. */
  readonly vectors?: boolean;
  /** Only an F-measure at or above this is needed exactly (see termOverlap). */
  readonly floor?: number;
}

// Scratch buffers for the matched credit of each term (reused: similarity is not re-entrant).
const scratch = { a: new Float64Array(64), b: new Float64Array(64) };

function credits(n: number, which: "a" | "b"): Float64Array {
  if (scratch[which].length < n) scratch[which] = new Float64Array(2 * n);
  const buf = scratch[which];
  buf.fill(0, 0, n);
  return buf;
}

/**
 * IDF-weighted coverages of each side by the other, and their F-measure. Terms match exactly
 * (merge join on hashes); each term left unmatched on one side may then match one left unmatched
 * on the other softly, for SOFT_CREDIT of its weight. With `vectors` (content overlap for grouping,
 * not the paraphrase model, whose weights were fitted without them), a term still unmatched may
 * then match one whose word vector is close (VECTOR_MIN_COSINE), for VECTOR_CREDIT. With a
 * `floor`, a caller that only needs the F-measure when it reaches the floor: a pair whose exact
 * matches leave it short of the floor whatever else matches gets F = 0 at once, and the vector step
 * is skipped, or stopped part way, when even its best case would leave F below it (open-bound.ts;
 * the result is then below the floor, and may be lower than without the floor).
 */
export function termOverlap(a: SimFeatures, b: SimFeatures, idf: IdfTable, options: OverlapOptions = {}): Overlap {
  const wa = weightsOf(a, idf);
  const wb = weightsOf(b, idf);
  const na = a.termList.length;
  const nb = b.termList.length;
  const ca = credits(na, "a");
  const cb = credits(nb, "b");
  const ha = a.termHashes;
  const hb = b.termHashes;
  for (let i = 0, j = 0; i < na && j < nb; ) {
    const x = ha[i] ?? 0;
    const y = hb[j] ?? 0;
    if (x < y) i++;
    else if (x > y) j++;
    else {
      ca[i] = 1;
      cb[j] = 1;
      i++;
      j++;
    }
  }
  const c: Credits = { ca, cb, wa, wb };
  if (options.floor !== undefined && !mayReach(a, b, c, options.floor, SOFT_CREDIT, options.vectors === true ? VECTOR_CREDIT : 0)) return BELOW;
  softMatches(a, b, ca, cb);
  // Word vectors only extend an overlap that exists: two sentences that share no word, not even
  // morphologically, stay unrelated however close some of their words are.
  const v = options.vectors === true && VECTOR_CREDIT > 0 && a.vecRows.length === na && b.vecRows.length === nb && anyCredit(ca, na) ? wordVectors() : null;
  if (v) {
    const bound = options.floor === undefined ? null : new OpenBound(c, a.vecRows, b.vecRows, options.floor, VECTOR_CREDIT);
    if (!bound || bound.reaches()) vectorMatches(a, b, c, v, bound);
  }
  const pa = cover(ca, wa, na);
  const pb = cover(cb, wb, nb);
  return { a: pa, b: pb, f: pa + pb > 0 ? (2 * pa * pb) / (pa + pb) : 0, extra: Math.max(unmatched(ca, na), unmatched(cb, nb)) };
}

/** Soft-match ids of a sentence's terms in the index in use (see soft-index.ts), cached on the features. */
function softIdsOf(f: SimFeatures, index: SoftIndex): Int32Array {
  const cache = f.softIds;
  if (cache.generation !== index.generation) {
    f.termList.forEach((t, i) => (cache.values[i] = f.softOk[i] === 1 ? index.id(t) : -1));
    cache.generation = index.generation;
  }
  return cache.values;
}

// Where each soft id of the current `b` sits (valid where stamp equals round).
const where = { stamp: new Int32Array(1024), pos: new Int32Array(1024), round: 0 };

/** Positions of b's terms not matched exactly, by soft id. */
function stampOpen(ids: Int32Array, cb: Float64Array, n: number, size: number): number {
  if (where.stamp.length < size) {
    const stamp = new Int32Array(2 * size);
    stamp.set(where.stamp);
    where.stamp = stamp;
    where.pos = new Int32Array(2 * size);
  }
  if (where.round >= 0x7fffffff) {
    where.stamp.fill(0);
    where.round = 0;
  }
  const round = ++where.round;
  for (let j = 0; j < n; j++) {
    const id = ids[j] ?? -1;
    if (id < 0 || cb[j] === 1) continue;
    where.stamp[id] = round;
    where.pos[id] = j;
  }
  return round;
}

/**
 * Each term of `a` left unmatched that may match softly takes the first term of `b` (in b's order)
 * not matched exactly that it matches softly: SOFT_CREDIT on both sides (a term of `b` may serve
 * several). The candidates are the term's neighbours in the soft index, so this is the same as
 * testing every term of `b` in order.
 */
function softMatches(a: SimFeatures, b: SimFeatures, ca: Float64Array, cb: Float64Array): void {
  const na = a.termList.length;
  const nb = b.termList.length;
  const index = softIndex();
  // Both sides are registered first: a term's neighbours are those among the terms registered so far.
  const ida = softIdsOf(a, index);
  const idb = softIdsOf(b, index);
  let round = -1;
  for (let i = 0; i < na; i++) {
    const id = ida[i] ?? -1;
    if (ca[i] !== 0 || id < 0) continue;
    const neighbours = index.neighbours[id] ?? [];
    if (neighbours.length === 0) continue;
    if (round < 0) round = stampOpen(idb, cb, nb, index.size);
    let first = nb;
    for (const n of neighbours) if (where.stamp[n] === round && (where.pos[n] ?? nb) < first) first = where.pos[n] ?? nb;
    if (first < nb) {
      ca[i] = SOFT_CREDIT;
      if (cb[first] === 0) cb[first] = SOFT_CREDIT;
    }
  }
}

/**
 * Each term still unmatched on `a` takes the unmatched term of `b` whose vector is closest, if close
 * enough (the last of equals). With a `bound` (a floor), it stops as soon as the F-measure cannot
 * reach the floor even in its best case (see open-bound.ts; the result is then below the floor).
 */
function vectorMatches(a: SimFeatures, b: SimFeatures, c: Credits, v: WordVectors, bound: OpenBound | null): void {
  const { ca, cb } = c;
  const na = a.termList.length;
  const nb = b.termList.length;
  for (let i = 0; i < na; i++) {
    const ri = a.vecRows[i] ?? -1;
    if (ca[i] !== 0 || ri < 0) continue;
    let best = -1;
    let bestCos = VECTOR_MIN_COSINE;
    for (let j = 0; j < nb; j++) {
      const rj = b.vecRows[j] ?? -1;
      if (cb[j] !== 0 || rj < 0) continue;
      const cos = v.cosine(ri, rj);
      if (cos >= bestCos) {
        best = j;
        bestCos = cos;
      }
    }
    if (best >= 0) {
      ca[i] = VECTOR_CREDIT;
      cb[best] = VECTOR_CREDIT;
    }
    if (bound && !bound.tried(i, best)) return;
  }
}

function anyCredit(credit: Float64Array, n: number): boolean {
  for (let i = 0; i < n; i++) if (credit[i] !== 0) return true;
  return false;
}

function unmatched(credit: Float64Array, n: number): number {
  let k = 0;
  for (let i = 0; i < n; i++) if (credit[i] === 0) k++;
  return k;
}

function cover(credit: Float64Array, weight: Float64Array, n: number): number {
  let matched = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const w = weight[i] ?? 0;
    total += w;
    matched += w * (credit[i] ?? 0);
  }
  return total > 0 ? matched / total : 0;
}

