/**
 * @module Content overlap: how much two sentences say about the same things, tolerant of extra
 * clauses and rewording. The IDF-weighted F-measure of matched content terms (soft matches
 * included), lowered when each side has numbers the other lacks or only one side is negated. Unlike
 * the paraphrase score it has no length or word-order terms, so a claim restated inside a longer
 * sentence loses only the weight of the extra words: suited to grouping claims, not to deciding
 * equivalence. Same scale as the similarity the pipeline's thresholds were first chosen for.
 */
import type { SimFeatures } from "./features.ts";
import type { IdfTable } from "./idf.ts";
import { termOverlap } from "./pair.ts";

/** Factor applied when each sentence has a number the other lacks. */
export const NUMBER_CONFLICT_FACTOR = 0.85;
/** Factor applied when exactly one sentence is negated. */
export const NEGATION_CONFLICT_FACTOR = 0.9;

/** Symmetric content overlap in [0, 1] (1 for a sentence against itself). */
export function contentOverlap(a: SimFeatures, b: SimFeatures, idf: IdfTable, options: { readonly vectors?: boolean } = {}): number {
  let s = termOverlap(a, b, idf, options).f;
  if (s === 0) return 0;
  if (hasOwn(a.numbers, b.numbers) && hasOwn(b.numbers, a.numbers)) s *= NUMBER_CONFLICT_FACTOR;
  if (a.negated !== b.negated) s *= NEGATION_CONFLICT_FACTOR;
  return s;
}

function hasOwn(x: ReadonlySet<number>, y: ReadonlySet<number>): boolean {
  for (const v of x) if (!y.has(v)) return true;
  return false;
}
