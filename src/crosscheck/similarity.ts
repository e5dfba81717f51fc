/**
 * @module Sentence similarity for claim alignment and paraphrase detection. Each sentence is turned
 * once into features (stemmed content terms, normalized numbers, names, negation, n-grams); a pair
 * is scored by a small logistic regression over IDF-weighted soft term overlap, n-gram overlap,
 * length and number, name and negation mismatches and the longest clause one side adds, fitted on
 * hand-labelled pairs of the project's own texts. See similarity/ for the parts.
 * similarity() decides equivalence, so a claim restated inside a longer sentence scores low; to
 * group claims, contentOverlap() (same features, no length or order terms) is the better measure.
 */
import type { SimFeatures } from "./similarity/features.ts";
import type { IdfTable } from "./similarity/idf.ts";
import { cappedLogit, scaled } from "./similarity/model.ts";
import { pairVector, termOverlap } from "./similarity/pair.ts";

export { sentenceFeatures, stem, type SimFeatures } from "./similarity/features.ts";
export { buildIdf, type IdfTable } from "./similarity/idf.ts";
export { termOverlap } from "./similarity/pair.ts";
export { contentOverlap } from "./similarity/overlap.ts";

/**
 * Symmetric similarity in [0, 1]: the model's logit, scaled so that a sentence against itself scores
 * 1 and the fitted paraphrase decision threshold 0.5 (see model.ts). Sentences sharing no content
 * term, not even softly, score 0.
 */
export function similarity(a: SimFeatures, b: SimFeatures, idf: IdfTable): number {
  const overlap = termOverlap(a, b, idf);
  if (overlap.f === 0) return 0;
  return scaled(cappedLogit(pairVector(a, b, idf, overlap)));
}

/** similarity() from which a pair counts as a paraphrase (the fitted decision threshold). */
export const DEFAULT_PARAPHRASE_THRESHOLD = 0.5;

export function isParaphrase(a: SimFeatures, b: SimFeatures, idf: IdfTable, options?: { threshold?: number }): boolean {
  return similarity(a, b, idf) >= (options?.threshold ?? DEFAULT_PARAPHRASE_THRESHOLD);
}
