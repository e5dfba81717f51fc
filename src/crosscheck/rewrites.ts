/**
 * @module Rewrites: one article that restates another sentence by sentence, in other words, is
 * one text, not a second source. Two articles are aligned in order (a weighted longest common
 * subsequence over their sentences, inserted and dropped sentences allowed); the pair is a rewrite
 * when most sentences of the shorter one align closely (reuse.rewrite), or when the two share rare
 * errors (the same garbled name, the same unusual spelling) and a good part of them aligns
 * (reuse.shared-errors): a shared mistake is the strongest sign of a common source. Only pairs that
 * share an error, or share passages without already being one text, are aligned, at most
 * MAX_ALIGNED_PAIRS per story, so the cost stays bounded in a big story.
 */
import type { Anomaly, ReuseLink } from "../report/types.ts";
import type { Rule } from "../rules.ts";
import type { Doc } from "../types.ts";
import { buildIdf, contentOverlap, sentenceFeatures, type IdfTable, type SimFeatures } from "./similarity.ts";

export const REWRITE_RULES = {
  aligned: { id: "reuse.rewrite", doc: "Most sentences of the shorter article restate, in the same order, sentences of the other: one text rewritten" },
  sharedErrors: { id: "reuse.shared-errors", doc: "Two articles that make the same rare errors (a garbled name, an unusual spelling) and restate each other in order come from one source" },
} as const satisfies Record<string, Rule>;

/** Content overlap from which two sentences align. */
export const ALIGN_MIN = 0.35;
/** Aligned sentences a rewrite needs at least. */
export const MIN_ALIGNED = 4;
/** Without a shared error: share of the shorter article aligned, and mean overlap of the aligned pairs. */
export const REWRITE_COVER = 0.75;
export const REWRITE_MEAN = 0.75;
/** With a shared error: share of the shorter article aligned. */
export const SHARED_ERROR_COVER = 0.3;
/**
 * A link at least this strong already makes two articles one text (the copy test's strong link),
 * so aligning them would add nothing: only weaker links are candidates.
 */
export const ALREADY_ONE_TEXT = 0.3;
/** Pairs aligned per story at most (shared errors first, then the strongest links): bounded work in big stories. */
export const MAX_ALIGNED_PAIRS = 200;

export interface Alignment {
  /** Aligned sentence pairs (indexes into each side's list), in order. */
  readonly pairs: readonly (readonly [number, number])[];
  /** Mean overlap of the aligned pairs. */
  readonly mean: number;
}

/**
 * Order-preserving alignment maximizing the summed overlap of pairs at or above `min` (gaps are
 * free). `score` is called with `min` as its floor: it needs to be exact only at or above it.
 */
export function alignSentences(a: readonly SimFeatures[], b: readonly SimFeatures[], score: (x: SimFeatures, y: SimFeatures, floor: number) => number, min = ALIGN_MIN): Alignment {
  return alignScored(pairScores(a, b, score, min, null) as Float64Array, a.length, b.length, min);
}

/**
 * alignSentences, or null as soon as it is known that fewer than `enough` accepts of the shorter
 * side's sentences can align: each aligned pair takes one sentence of each side, so a sentence
 * of the shorter side with no partner at or above `min` caps the alignment. The shorter side's
 * sentences are scored first (each up to its first partner), and the rest only when the cap still
 * passes, so the pairs of two articles that are not rewrites are mostly never scored. The
 * alignment returned is the one alignSentences gives (each score is the same whatever the order).
 */
export function alignCovering(
  a: readonly SimFeatures[],
  b: readonly SimFeatures[],
  score: (x: SimFeatures, y: SimFeatures, floor: number) => number,
  enough: (alignable: number) => boolean,
  min = ALIGN_MIN,
): Alignment | null {
  const sims = pairScores(a, b, score, min, enough);
  return sims ? alignScored(sims, a.length, b.length, min) : null;
}

/** Not scored yet (scores are never negative). */
const UNSCORED = -1;

/**
 * Every pair's score, at [(i + 1) · (|b| + 1) + j + 1]; with `enough`, null when the sentences of
 * the shorter side that have a partner at or above `min` cannot pass it (see alignCovering).
 */
function pairScores(a: readonly SimFeatures[], b: readonly SimFeatures[], score: (x: SimFeatures, y: SimFeatures, floor: number) => number, min: number, enough: ((alignable: number) => boolean) | null): Float64Array | null {
  const n = a.length;
  const m = b.length;
  const w = m + 1;
  const sims = new Float64Array((n + 1) * w).fill(UNSCORED);
  const at = (i: number, j: number): number => {
    const k = (i + 1) * w + j + 1;
    let s = sims[k] ?? UNSCORED;
    if (s === UNSCORED) sims[k] = s = score(a[i] as SimFeatures, b[j] as SimFeatures, min);
    return s;
  };
  if (enough) {
    // Sentences of the shorter side (rows when a is shorter, columns otherwise) that have a partner.
    const rows = n <= m;
    const short = rows ? n : m;
    const long = rows ? m : n;
    let partnered = 0;
    for (let x = 0; x < short; x++) {
      for (let y = 0; y < long; y++) {
        if ((rows ? at(x, y) : at(y, x)) >= min) {
          partnered++;
          break;
        }
      }
      if (!enough(partnered + short - x - 1)) return null;
    }
  }
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) at(i, j);
  return sims;
}

/** The alignment over scores from pairScores. */
function alignScored(sims: Float64Array, n: number, m: number, min: number): Alignment {
  const w = m + 1;
  const dp = new Float64Array((n + 1) * w);
  const move = new Uint8Array((n + 1) * w); // 1 up, 2 left, 3 diagonal
  for (let i = 1; i <= n; i++)
    for (let j = 1; j <= m; j++) {
      const s = sims[i * w + j] ?? 0;
      let best = dp[(i - 1) * w + j] ?? 0;
      let mv = 1;
      const left = dp[i * w + j - 1] ?? 0;
      if (left > best) {
        best = left;
        mv = 2;
      }
      const diag = (dp[(i - 1) * w + j - 1] ?? 0) + s;
      if (s >= min && diag > best) {
        best = diag;
        mv = 3;
      }
      dp[i * w + j] = best;
      move[i * w + j] = mv;
    }
  const pairs: [number, number][] = [];
  let total = 0;
  for (let i = n, j = m; i > 0 && j > 0; ) {
    const mv = move[i * w + j];
    if (mv === 3) {
      pairs.push([i - 1, j - 1]);
      total += sims[i * w + j] ?? 0;
      i--;
      j--;
    } else if (mv === 2) j--;
    else i--;
  }
  pairs.reverse();
  return { pairs, mean: pairs.length > 0 ? total / pairs.length : 0 };
}

/** Articles of a story that may share an error for it to count as rare. */
export const RARE_ERROR_ARTICLES = 2;

/**
 * The rare errors each article makes: surface forms flagged as garbled names or unusual spellings
 * that at most RARE_ERROR_ARTICLES articles of the story write. A form many articles share is a
 * usage, not a mistake passed from one text to another.
 */
export function errorsByArticle(anomalies: readonly Anomaly[]): Map<string, Set<string>> {
  const writers = new Map<string, Set<string>>();
  for (const a of anomalies) {
    if (a.kind !== "garbled-name" && a.kind !== "name-variant") continue;
    const form = a.quote.trim();
    writers.set(form, (writers.get(form) ?? new Set<string>()).add(a.articleId));
  }
  const out = new Map<string, Set<string>>();
  for (const [form, ids] of writers) {
    if (ids.size > RARE_ERROR_ARTICLES) continue;
    for (const id of ids) out.set(id, (out.get(id) ?? new Set<string>()).add(form));
  }
  return out;
}

interface Side {
  readonly doc: Doc;
  readonly sentences: readonly string[];
  readonly features: readonly SimFeatures[];
}

/**
 * Rewrite links among a story's articles. `links` are the reuse links found so far (candidate
 * pairs); `errors` the rare errors of each article (see errorsByArticle).
 */
export function rewriteLinks(docs: readonly Doc[], links: readonly ReuseLink[], errors: ReadonlyMap<string, ReadonlySet<string>>): ReuseLink[] {
  const byId = new Map(docs.map((d) => [d.article.id, d]));
  const candidates = new Map<string, readonly [string, string]>();
  const add = (x: string, y: string): void => {
    const [a, b] = x < y ? [x, y] : [y, x];
    if (a !== b && byId.has(a) && byId.has(b) && candidates.size < MAX_ALIGNED_PAIRS) candidates.set(`${a}|${b}`, [a, b]);
  };
  const withErrors = [...errors.keys()].filter((id) => byId.has(id)).sort();
  for (let i = 0; i < withErrors.length; i++)
    for (let j = i + 1; j < withErrors.length; j++) {
      const a = withErrors[i] as string;
      const b = withErrors[j] as string;
      if (shared(errors.get(a), errors.get(b)).length > 0) add(a, b);
    }
  const weak = links.filter((l) => (l.kind === "shared-passages" || l.kind === "paraphrase") && l.score < ALREADY_ONE_TEXT);
  for (const l of [...weak].sort((x, y) => y.score - x.score || (x.a + x.b < y.a + y.b ? -1 : 1))) add(l.a, l.b);
  if (candidates.size === 0) return [];
  const sides = new Map<string, Side>();
  const side = (id: string): Side => {
    let s = sides.get(id);
    if (!s) {
      const doc = byId.get(id) as Doc;
      const sentences = doc.sentences.filter((x) => x.block === "prose" && x.tokens.length >= 5).map((x) => x.text);
      s = { doc, sentences, features: sentences.map(sentenceFeatures) };
      sides.set(id, s);
    }
    return s;
  };
  for (const [a, b] of candidates.values()) {
    side(a);
    side(b);
  }
  const idf: IdfTable = buildIdf([...sides.values()].flatMap((s) => s.features));
  // A pair below the alignment floor counts as unaligned, whatever its overlap: the vector step is skipped where it cannot reach it.
  const options = { vectors: true, floor: ALIGN_MIN };
  const score = (x: SimFeatures, y: SimFeatures, floor: number): number => contentOverlap(x, y, idf, floor === ALIGN_MIN ? options : { vectors: true, floor });
  const out: ReuseLink[] = [];
  for (const [a, b] of [...candidates.values()].sort((x, y) => (x[0] + x[1] < y[0] + y[1] ? -1 : 1))) {
    const A = side(a);
    const B = side(b);
    const shorter = Math.min(A.sentences.length, B.sentences.length);
    if (shorter === 0) continue;
    const common = shared(errors.get(a), errors.get(b));
    // Neither rule holds with fewer aligned pairs than MIN_ALIGNED or a smaller cover than it asks.
    const least = common.length > 0 ? Math.min(SHARED_ERROR_COVER, REWRITE_COVER) : REWRITE_COVER;
    const al = alignCovering(A.features, B.features, score, (k) => k >= MIN_ALIGNED && k / shorter >= least);
    if (!al) continue;
    const cover = al.pairs.length / shorter;
    const aligned = al.pairs.length >= MIN_ALIGNED && cover >= REWRITE_COVER && al.mean >= REWRITE_MEAN;
    const byErrors = common.length > 0 && al.pairs.length >= MIN_ALIGNED && cover >= SHARED_ERROR_COVER;
    if (!aligned && !byErrors) continue;
    const rule = byErrors ? REWRITE_RULES.sharedErrors : REWRITE_RULES.aligned;
    out.push({
      a,
      b,
      kind: "rewrite",
      score: Math.round(cover * 1000) / 1000,
      passages: al.pairs.map(([i, j]) => ({ a: A.sentences[i] ?? "", b: B.sentences[j] ?? "" })),
      rule: rule.id,
      ...(common.length > 0 ? { sharedErrors: common } : {}),
    });
  }
  return out;
}

function shared(x: ReadonlySet<string> | undefined, y: ReadonlySet<string> | undefined): string[] {
  if (!x || !y) return [];
  return [...x].filter((e) => y.has(e)).sort();
}
