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
import { termOverlap, type OverlapOptions } from "./term-overlap.ts";

/** Factor applied when each sentence has a number the other lacks. */
export const NUMBER_CONFLICT_FACTOR = 0.85;
/** Factor applied when exactly one sentence is negated. */
export const NEGATION_CONFLICT_FACTOR = 0.9;

/**
 * Symmetric content overlap in [0, 1] (1 for a sentence against itself). With a `floor`: exact when
 * it reaches the floor, otherwise some value below it (see termOverlap).
 */
export function contentOverlap(a: SimFeatures, b: SimFeatures, idf: IdfTable, options: OverlapOptions = {}): number {
  // The conflict factors lower the result: the term overlap's floor is raised by them.
  const floor = options.floor;
  let s = termOverlap(a, b, idf, floor === undefined ? options : { ...options, floor: floor / conflictFactor(a, b) }).f;
  if (s === 0) return 0;
  if (numberConflict(a, b)) s *= NUMBER_CONFLICT_FACTOR;
  if (a.negated !== b.negated) s *= NEGATION_CONFLICT_FACTOR;
  return s;
}

function numberConflict(a: SimFeatures, b: SimFeatures): boolean {
  return hasOwn(a.numbers, b.numbers) && hasOwn(b.numbers, a.numbers);
}

function conflictFactor(a: SimFeatures, b: SimFeatures): number {
  return (numberConflict(a, b) ? NUMBER_CONFLICT_FACTOR : 1) * (a.negated !== b.negated ? NEGATION_CONFLICT_FACTOR : 1);
}

function hasOwn(x: ReadonlySet<number>, y: ReadonlySet<number>): boolean {
  for (const v of x) if (!y.has(v)) return true;
  return false;
}
