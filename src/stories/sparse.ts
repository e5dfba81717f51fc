/**
 * @module Sparse vectors for the story refinement: TF-IDF weighting like the pass's, dot products,
 * and means of unit vectors (whose dot product is two groups' average pairwise cosine).
 */

export type Vec = Map<string, number>;

/** Document frequency by feature (a map, or a look-up elsewhere). */
export interface DfLookup {
  get(key: string): number | undefined;
}

/** TF-IDF like the pass's (vectors.ts): `background` documents assumed to lack every term, so the words of a small batch on one event keep their weight. */
export function tfidf(counts: ReadonlyMap<string, number>, df: DfLookup, n: number, background: number): Vec {
  const v: Vec = new Map();
  let norm = 0;
  for (const [k, c] of counts) {
    const w = (1 + Math.log(c)) * (Math.log((1 + n + background) / (1 + (df.get(k) ?? 0))) + 1);
    if (w <= 0) continue;
    v.set(k, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [k, w] of v) v.set(k, w / norm);
  return v;
}

/** Dot product (the cosine of two unit vectors). */
export function dot(a: Vec, b: Vec): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [k, w] of small) {
    const x = large.get(k);
    if (x !== undefined) s += w * x;
  }
  return s;
}


/** The mean of unit vectors: its dot product with another group's mean is the two groups' average link. */
export function mean(vs: readonly Vec[]): Vec {
  const out: Vec = new Map();
  for (const v of vs) for (const [k, w] of v) out.set(k, (out.get(k) ?? 0) + w / vs.length);
  return out;
}

/** The mean of two groups' union from their means and sizes. */
export function combine(a: Vec, na: number, b: Vec, nb: number): Vec {
  const out: Vec = new Map();
  for (const [k, w] of a) out.set(k, (w * na) / (na + nb));
  for (const [k, w] of b) out.set(k, (out.get(k) ?? 0) + (w * nb) / (na + nb));
  return out;
}
