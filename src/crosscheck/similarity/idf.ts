/**
 * @module Inverse document frequency over the sentences handed in (a story's sentences, a test
 * set), optionally averaged with a background table. Values are precomputed per seen term.
 */
import type { SimFeatures } from "./features.ts";

export interface IdfTable {
  idf(term: string): number;
  readonly docs: number;
}

/** Smoothed IDF, floor 0.1: ln((n + 1) / (df + 0.5)). */
export function buildIdf(features: readonly SimFeatures[], options?: { background?: IdfTable }): IdfTable {
  const df = new Map<string, number>();
  for (const f of features) for (const t of f.terms.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = features.length;
  const bg = options?.background;
  const local = (d: number): number => Math.max(0.1, Math.log((n + 1) / (d + 0.5)));
  const unseen = local(0);
  const values = new Map<string, number>();
  for (const [t, d] of df) values.set(t, bg ? (local(d) + bg.idf(t)) / 2 : local(d));
  return {
    docs: n,
    idf(term: string): number {
      const v = values.get(term);
      if (v !== undefined) return v;
      return bg ? (unseen + bg.idf(term)) / 2 : unseen;
    },
  };
}
