/**
 * @module The paraphrase model: a logistic regression over the pair features (pair.ts). Its weights
 * were fitted by `npm run bench -- paraphrase --fit` (full-batch gradient descent from zero,
 * deterministic) on hand-labelled sentence pairs of the project's own texts
 * (bench/paraphrase/own-labelled.json) and copied here. No benchmark corpus trains it: MSRP is
 * used only to measure it.
 */
import { TriangulateError } from "../../errors.ts";
import { FEATURE_NAMES, FEATURE_SIGNS, PERFECT_VECTOR, type PairVector } from "./pair.ts";

/** Weights in FEATURE_NAMES order. */
export const WEIGHTS: readonly number[] = [
  0.4962, // idfF1
  1.1550, // idfMinCover
  0.1104, // idfMaxCover
  0.0000, // termDice
  2.5499, // bigramDice
  -4.0130, // trigramDice
  5.7360, // lcs
  0.9196, // lengthRatio
  -2.0247, // numberMismatch
  -0.6404, // numberOneSided
  0.0000, // nameMismatch
  -0.6665, // negationMismatch
  -1.3607, // extraTerms
  -0.1631, // lengthGap
  -2.2127, // unmatchedRun
];
export const BIAS = -2.4558;
/** Decision threshold on the model's probability that maximized accuracy on the labelled pairs. */
export const PROBABILITY_THRESHOLD = 0.5184;

if (WEIGHTS.length !== FEATURE_NAMES.length || !(PROBABILITY_THRESHOLD > 0 && PROBABILITY_THRESHOLD < 1)) {
  throw new TriangulateError("INTERNAL", `paraphrase model: expected ${FEATURE_NAMES.length} weights and a threshold in (0, 1), found ${WEIGHTS.length} and ${PROBABILITY_THRESHOLD}; refit with \`npm run bench -- paraphrase --fit\``);
}

export function logit(v: PairVector, weights: readonly number[] = WEIGHTS, bias: number = BIAS): number {
  let z = bias;
  for (let i = 0; i < weights.length; i++) z += (weights[i] ?? 0) * (v[i] ?? 0);
  return z;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Logit of a sentence compared with itself, and of the decision threshold. */
export const PERFECT_LOGIT = logit(PERFECT_VECTOR);

/** The overlap part of the logit (every feature but the mismatches) of a sentence against itself. */
const PERFECT_OVERLAP = PERFECT_LOGIT - BIAS;

/**
 * The logit with its overlap part capped at that of identical sentences, then the mismatch part
 * (numbers, negation, names, length) added. Two free weights (see FEATURE_SIGNS) let a near-copy's
 * overlap part exceed the cap; capping it keeps every mismatch visible even between near-copies.
 */
export function cappedLogit(v: PairVector): number {
  let overlap = 0;
  let mismatch = 0;
  for (let i = 0; i < WEIGHTS.length; i++) {
    const t = (WEIGHTS[i] ?? 0) * (v[i] ?? 0);
    if (FEATURE_SIGNS[i] === -1) mismatch += t;
    else overlap += t;
  }
  return BIAS + Math.min(overlap, PERFECT_OVERLAP) + mismatch;
}
export const THRESHOLD_LOGIT = Math.log(PROBABILITY_THRESHOLD / (1 - PROBABILITY_THRESHOLD));

/**
 * The logit mapped linearly onto [0, 1]: a sentence against itself scores 1, the decision threshold
 * 0.5, and 0 lies as far below the threshold as 1 lies above it (clamped). Linear in the logit, the
 * scale stays sensitive near 1, where a probability saturates.
 */
export function scaled(z: number): number {
  const s = 1 - (PERFECT_LOGIT - z) / (2 * (PERFECT_LOGIT - THRESHOLD_LOGIT));
  return s < 0 ? 0 : s > 1 ? 1 : s;
}
