/**
 * @module Claim alignment: how alike two claims are. IDF-weighted similarity of their sentences
 * (see similarity.ts), raised when they share entities, lowered when they share none.
 */
import type { Claim } from "../types.ts";
import { hasQuotation, outsideQuotes } from "../text/quotes.ts";
import { termKeys } from "./candidates.ts";
import { sharePredicate } from "./predicates.ts";
import { buildIdf, contentOverlap, sentenceFeatures, similarity, type IdfTable, type SimFeatures } from "./similarity.ts";

export type ClaimSimilarity = (a: Claim, b: Claim) => number;

export interface ClaimSimilarities {
  /**
   * How much content two claims share (a claim restated inside a longer sentence still scores),
   * words matched also by their vectors, raised when the claims share a predicate and lowered
   * when their predicates differ: for grouping.
   */
  readonly overlap: ClaimSimilarity;
  /** The same overlap on the words alone (no vectors, no predicates): for the copy test, whose thresholds were set on it. */
  readonly content: ClaimSimilarity;
  /** Whether two sentences say the same thing in the same way (the paraphrase model): for copy detection. */
  readonly paraphrase: ClaimSimilarity;
  /**
   * The paraphrase model on what two claims say outside quotation marks (on the whole sentence when
   * it quotes no one): for the copy test, since reports that quote one statement share its words
   * without copying each other.
   */
  readonly unquoted: ClaimSimilarity;
  /** A claim's index keys (content terms and 5-letter stems), for comparing only candidates in a large story. */
  readonly keys: (c: Claim) => readonly string[];
}

/** Similarity functions over a fixed set of claims (features and IDF computed once). `predicates` gives each claim's predicate verbs (see predicates.ts). */
export function claimSimilarities(claims: readonly Claim[], predicates?: (c: Claim) => readonly string[]): ClaimSimilarities {
  const features = new Map<string, SimFeatures>();
  for (const c of claims) if (!features.has(c.id)) features.set(c.id, sentenceFeatures(c.text));
  const idf = buildIdf([...features.values()]);
  const outside = new Map<string, SimFeatures>();
  for (const c of claims) if (!outside.has(c.id)) outside.set(c.id, hasQuotation(c.text) ? sentenceFeatures(outsideQuotes(c.text)) : (features.get(c.id) as SimFeatures));
  const grouping: Scorer = (a, b, t) => contentOverlap(a, b, t, { vectors: true });
  return {
    overlap: claimSimilarity(claims, features, idf, grouping, SHARED_FIGURE_BONUS, predicates),
    content: claimSimilarity(claims, features, idf, contentOverlap, SHARED_FIGURE_BONUS),
    paraphrase: claimSimilarity(claims, features, idf, similarity),
    unquoted: claimSimilarity(claims, outside, idf, similarity),
    keys: memoKeys(features),
  };
}

/** Factor on the content overlap of two claims whose sentences both have predicates and share none ("charged" against "ordered"). */
export const PREDICATE_MISMATCH = 0.6;
/** Factor on the content overlap of two claims that share a predicate, in the same or other words. */
export const PREDICATE_MATCH = 1.2;

function memoKeys(features: ReadonlyMap<string, SimFeatures>): (c: Claim) => readonly string[] {
  const memo = new Map<string, readonly string[]>();
  return (c) => {
    let k = memo.get(c.id);
    if (!k) memo.set(c.id, (k = termKeys((features.get(c.id) ?? sentenceFeatures(c.text)).termList)));
    return k;
  };
}

/** Pair similarities kept per function before the cache starts over. */
const MAX_CACHED = 1 << 21;

type Scorer = (a: SimFeatures, b: SimFeatures, idf: IdfTable) => number;

/** How much a figure two claims share (the same count of the same thing, the same sum) raises their content overlap. */
export const SHARED_FIGURE_BONUS = 0.2;

function figureKeys(c: Claim): string[] {
  return c.quantities.filter((q) => q.unit !== null && (q.value >= 2 || q.unit === "usd")).map((q) => `${q.unit}|${q.value}|${q.upper}`);
}

/** Two claims give one figure of one unit: "$1 million" and "$1 million", "five women" and "5 women". */
function sharesFigure(a: Claim, b: Claim): boolean {
  const keys = figureKeys(a);
  return keys.length > 0 && figureKeys(b).some((k) => keys.includes(k));
}

function claimSimilarity(
  claims: readonly Claim[],
  features: ReadonlyMap<string, SimFeatures>,
  idf: IdfTable,
  score: Scorer,
  bonus = 0,
  predicates?: (c: Claim) => readonly string[],
): ClaimSimilarity {
  const index = new Map<string, number>();
  for (const c of claims) if (!index.has(c.id)) index.set(c.id, index.size);
  const n = index.size + 1;
  const cache = new Map<number, number>();
  return (a, b) => {
    const ia = index.get(a.id) ?? index.size;
    const ib = index.get(b.id) ?? index.size;
    const key = ia < ib ? ia * n + ib : ib * n + ia;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const fa = features.get(a.id) ?? sentenceFeatures(a.text);
    const fb = features.get(b.id) ?? sentenceFeatures(b.text);
    let s = score(fa, fb, idf);
    if (bonus > 0 && s > 0 && sharesFigure(a, b)) s = Math.min(1, s + bonus);
    const shared = a.subjects.filter((x) => b.subjects.includes(x)).length;
    if (a.subjects.length > 0 && b.subjects.length > 0 && shared === 0) s *= 0.6;
    else if (shared >= 2) s = Math.min(1, s * 1.1);
    if (predicates && s > 0) {
      const pa = predicates(a);
      const pb = predicates(b);
      if (pa.length > 0 && pb.length > 0) s = Math.min(1, s * (sharePredicate(pa, pb) ? PREDICATE_MATCH : PREDICATE_MISMATCH));
    }
    // Bounded: a large story's pairs would outgrow any map (and memory); a cleared cache only costs recomputation.
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(key, s);
    return s;
  };
}
