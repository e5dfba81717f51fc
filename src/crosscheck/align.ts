/**
 * @module Claim alignment: how alike two claims are. IDF-weighted similarity of their sentences
 * (see similarity.ts), raised when they share entities, lowered when they share none.
 */
import type { Claim } from "../types.ts";
import { NumberMap } from "./number-map.ts";
import { hasQuotation, outsideQuotes } from "../text/quotes.ts";
import { termKeys } from "./candidates.ts";
import { sharePredicate } from "./predicates.ts";
import { buildIdf, contentOverlap, sentenceFeatures, similarity, type IdfTable, type SimFeatures } from "./similarity.ts";

/**
 * Similarity of two claims in [0, 1]. With a `floor` (a caller that only compares the result with a
 * threshold): exact when it reaches the floor, otherwise 0 or another value below the floor.
 */
export type ClaimSimilarity = (a: Claim, b: Claim, floor?: number) => number;

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
  const withVectors = { vectors: true };
  const grouping: Scorer = (a, b, t, floor) => contentOverlap(a, b, t, floor === undefined ? withVectors : { vectors: true, floor });
  const wordsOnly = {};
  const words: Scorer = (a, b, t, floor) => contentOverlap(a, b, t, floor === undefined ? wordsOnly : { floor });
  const index = claimIndex(claims);
  return {
    overlap: claimSimilarity(index, features, idf, grouping, SHARED_FIGURE_BONUS, predicates),
    content: claimSimilarity(index, features, idf, words, SHARED_FIGURE_BONUS),
    paraphrase: claimSimilarity(index, features, idf, similarity),
    unquoted: claimSimilarity(index, outside, idf, similarity),
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

/** A content score of two sentences; with a floor, exact only at or above it (see contentOverlap). */
type Scorer = (a: SimFeatures, b: SimFeatures, idf: IdfTable, floor?: number) => number;

/** How much a figure two claims share (the same count of the same thing, the same sum) raises their content overlap. */
export const SHARED_FIGURE_BONUS = 0.2;
/** Factor on the content overlap of two claims that both name subjects and share none. */
const NO_SHARED_SUBJECT = 0.6;
/** Factor on the content overlap of two claims that share two subjects or more. */
const SHARED_SUBJECTS = 1.1;
/** Slack on a floor test, far above the rounding error of the bound. */
const FLOOR_MARGIN = 1e-9;

function figureKeys(c: Claim): string[] {
  return c.quantities.filter((q) => q.unit !== null && (q.value >= 2 || q.unit === "usd")).map((q) => `${q.unit}|${q.value}|${q.upper}`);
}

/** What the pair factors need of a claim, computed once: its position, its figure keys. */
interface ClaimEntry {
  readonly at: number;
  readonly figures: readonly string[];
}

interface ClaimIndex {
  readonly entries: ReadonlyMap<string, ClaimEntry>;
  readonly size: number;
}

function claimIndex(claims: readonly Claim[]): ClaimIndex {
  const entries = new Map<string, ClaimEntry>();
  for (const c of claims) if (!entries.has(c.id)) entries.set(c.id, { at: entries.size, figures: figureKeys(c) });
  return { entries, size: entries.size };
}

/** Two claims give one figure of one unit: "$1 million" and "$1 million", "five women" and "5 women". */
function sharesFigure(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && b.some((k) => a.includes(k));
}

/** The factor the claims' subjects put on their overlap: lowered when both name subjects and share none, raised when they share two. */
function subjectFactor(a: readonly string[], b: readonly string[]): number {
  let shared = 0;
  for (const x of a) if (b.includes(x)) shared++;
  return a.length > 0 && b.length > 0 && shared === 0 ? NO_SHARED_SUBJECT : shared >= 2 ? SHARED_SUBJECTS : 1;
}

function claimSimilarity(
  index: ClaimIndex,
  features: ReadonlyMap<string, SimFeatures>,
  idf: IdfTable,
  score: Scorer,
  bonus = 0,
  predicates?: (c: Claim) => readonly string[],
): ClaimSimilarity {
  const n = index.size + 1;
  // Each pair is scored once, in the order it was first asked for (the matching of terms is
  // greedy, so the order can matter): exact scores, and pairs known to be below a floor, as that
  // floor, negated when the pair was first asked for with the later claim first.
  const cache = new NumberMap();
  const below = new NumberMap();
  const entryOf = (c: Claim): ClaimEntry => index.entries.get(c.id) ?? { at: index.size, figures: figureKeys(c) };
  // Each indexed claim's features and predicates, by its position: looked up once, not per pair.
  const featuresAt: (SimFeatures | undefined)[] = new Array<SimFeatures | undefined>(index.size);
  const predicatesAt: (readonly string[] | undefined)[] = new Array<readonly string[] | undefined>(index.size);
  const featuresOf = (c: Claim, e: ClaimEntry): SimFeatures => {
    if (e.at >= index.size) return features.get(c.id) ?? sentenceFeatures(c.text);
    return (featuresAt[e.at] ??= features.get(c.id) ?? sentenceFeatures(c.text));
  };
  const predicatesOf = (c: Claim, e: ClaimEntry): readonly string[] => {
    if (!predicates) return [];
    if (e.at >= index.size) return predicates(c);
    return (predicatesAt[e.at] ??= predicates(c));
  };
  return (a, b, floor = 0) => {
    const ea = entryOf(a);
    const eb = entryOf(b);
    const key = ea.at < eb.at ? ea.at * n + eb.at : eb.at * n + ea.at;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const known = below.get(key);
    if (known !== undefined && floor >= Math.abs(known)) return 0;
    const swap = known !== undefined && known > 0 !== ea.at <= eb.at;
    const s = swap ? compute(b, a, eb, ea, floor) : compute(a, b, ea, eb, floor);
    // Bounded: a large story's pairs would outgrow any map (and memory); a cleared cache only costs recomputation.
    if (cache.size + below.size >= MAX_CACHED) {
      cache.clear();
      below.clear();
    }
    if (floor > 0 && s < floor) {
      below.set(key, known !== undefined ? Math.sign(known) * floor : ea.at <= eb.at ? floor : -floor);
      return 0;
    }
    if (known !== undefined) below.delete(key);
    cache.set(key, s);
    return s;
  };
  function compute(a: Claim, b: Claim, ea: ClaimEntry, eb: ClaimEntry, floor: number): number {
    const figure = bonus > 0 && sharesFigure(ea.figures, eb.figures) ? bonus : 0;
    const subjects = subjectFactor(a.subjects, b.subjects);
    const pa = predicatesOf(a, ea);
    const pb = predicatesOf(b, eb);
    const predicate = pa.length > 0 && pb.length > 0 ? PREDICATE_MATCH : 1;
    let s: number;
    if (floor > 0 && (1 + figure) * subjects * predicate < floor - FLOOR_MARGIN) s = 0;
    else {
      // The factors below only lower a content score under floor / (subjects · predicate) - figure.
      const fa = featuresOf(a, ea);
      const fb = featuresOf(b, eb);
      s = score(fa, fb, idf, floor > 0 ? floor / (subjects * predicate) - figure : undefined);
      if (figure > 0 && s > 0) s = Math.min(1, s + figure);
      if (subjects < 1) s *= subjects;
      else if (subjects > 1) s = Math.min(1, s * subjects);
      if (predicate !== 1 && s > 0) {
        // Below the floor even with matching predicates, the score stays below it whichever they
        // are (the caller only tells it is): the predicates are compared only where it can matter.
        const matched = Math.min(1, s * PREDICATE_MATCH);
        s = floor > 0 && matched < floor ? s * PREDICATE_MISMATCH : sharePredicate(pa, pb) ? matched : Math.min(1, s * PREDICATE_MISMATCH);
      }
    }
    return s;
  }
}
