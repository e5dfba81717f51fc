/**
 * @module Claim alignment: how alike two claims are. IDF-weighted similarity of their sentences
 * (see similarity.ts), raised when they share entities, lowered when they share none.
 */
import type { Claim } from "../types.ts";
import { buildIdf, contentOverlap, sentenceFeatures, similarity, type SimFeatures } from "./similarity.ts";

export type ClaimSimilarity = (a: Claim, b: Claim) => number;

export interface ClaimSimilarities {
  /** How much content two claims share (a claim restated inside a longer sentence still scores): for grouping. */
  readonly overlap: ClaimSimilarity;
  /** Whether two sentences say the same thing in the same way (the paraphrase model): for copy detection. */
  readonly paraphrase: ClaimSimilarity;
}

/** Similarity functions over a fixed set of claims (features and IDF computed once). */
export function claimSimilarities(claims: readonly Claim[]): ClaimSimilarities {
  return { overlap: claimSimilarity(claims, contentOverlap), paraphrase: claimSimilarity(claims, similarity) };
}

type Scorer = typeof similarity;

function claimSimilarity(claims: readonly Claim[], score: Scorer): ClaimSimilarity {
  const features = new Map<string, SimFeatures>();
  for (const c of claims) if (!features.has(c.id)) features.set(c.id, sentenceFeatures(c.text));
  const idf = buildIdf([...features.values()]);
  const cache = new Map<string, number>();
  return (a, b) => {
    const key = a.id < b.id ? `${a.id}|${b.id}` : `${b.id}|${a.id}`;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const fa = features.get(a.id) ?? sentenceFeatures(a.text);
    const fb = features.get(b.id) ?? sentenceFeatures(b.text);
    let s = score(fa, fb, idf);
    const shared = a.subjects.filter((x) => b.subjects.includes(x)).length;
    if (a.subjects.length > 0 && b.subjects.length > 0 && shared === 0) s *= 0.6;
    else if (shared >= 2) s = Math.min(1, s * 1.1);
    cache.set(key, s);
    return s;
  };
}
