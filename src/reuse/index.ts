/**
 * @module Text reuse among the articles of one story: exact duplicates (same normalized text) and
 * near-duplicates (a `DuplicateIndex`: MinHash + LSH candidates confirmed by their copied-word
 * share), shared passages (aligned copied or near-copied text, both quotes given), and text
 * repeated inside one article.
 */
import { createHash } from "node:crypto";
import type { ReuseLink } from "../report/types.ts";
import { DuplicateIndex } from "./duplicates.ts";
import type { MinHasher } from "./minhash.ts";
import { prepareDoc, sharedPassages, type PassageOptions } from "./passages.ts";
import { contentKey } from "./tokens.ts";
import type { ReuseDoc } from "./repeats.ts";

export { findRepeats, type RepeatedPassage, type RepeatOptions, type ReuseDoc } from "./repeats.ts";
export {
  DuplicateIndex,
  type DuplicateMatch,
  type DuplicateOptions,
  type DuplicateSettings,
  type DuplicateStats,
  type NearDuplicate,
} from "./duplicates.ts";
export { copiedShare, type ShingledText } from "./copied.ts";
export { MinHasher, jaccard, type MinHashOptions } from "./minhash.ts";
export { LshIndex, type LshOptions } from "./lsh.ts";
export { sentenceSpans } from "./sentences.ts";
export { contentKey, wordTokens, type WordTokens } from "./tokens.ts";
export { hashString, mix32 } from "./hash.ts";

export interface ReuseOptions extends PassageOptions {
  /** Copied-word share (see `copiedShare`) at which two articles are near-duplicates (default 0.8). */
  readonly nearDuplicate?: number;
  /** Shortest passage coverage (share of the shorter article) that is still reported (default 0). */
  readonly minCoverage?: number;
  /** Most passages listed per link (default 20). */
  readonly maxPassages?: number;
  /** The hasher for near-duplicate signatures (default 64 hashes over 5-word shingles, seed 1, as `DuplicateIndex`). */
  readonly minHasher?: MinHasher;
}

/** Articles up to which every linked pair is listed; above, copies are linked as a star (see `findReuse`). */
export const ALL_PAIRS_UP_TO = 400;
/** Earlier near-copies a near-copy is linked to in a large story. */
const NEAR_LINKS = 3;

/** Content hash of a text after normalization (case, punctuation and spacing ignored). */
export function contentHash(text: string): string {
  return createHash("sha1").update(contentKey(text)).digest("hex");
}

/** Reuse links among `docs`, one per linked pair (a < b by id), sorted by (a, b); deterministic. */
export function findReuse(docs: readonly ReuseDoc[], options: ReuseOptions = {}): readonly ReuseLink[] {
  const maxPassages = options.maxPassages ?? 20;
  const unique = new Map<string, ReuseDoc>();
  for (const d of docs) if (!unique.has(d.id)) unique.set(d.id, d);
  const sorted = [...unique.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const prepared = sorted.map((d) => prepareDoc(d.id, d.text));
  const n = sorted.length;
  const indexOf = new Map(sorted.map((d, i) => [d.id, i]));
  const idOf = (i: number): string => (sorted[i] as ReuseDoc).id;
  const links = new Map<number, ReuseLink>();
  const duplicates = new DuplicateIndex({
    ...(options.minHasher === undefined ? {} : { hasher: options.minHasher }),
    ...(options.nearDuplicate === undefined ? {} : { threshold: options.nearDuplicate }),
  });
  // In a large story, copies are linked as a star, not every pair: an exact copy to the first of its
  // text, a near-copy to its closest earlier near-copies (at most NEAR_LINKS) that are not themselves
  // exact copies. Components (who is one text with whom) stay the same; the links grow with the
  // number of copies instead of its square.
  const star = n > ALL_PAIRS_UP_TO;
  const copies = new Set<string>();
  prepared.forEach((p, j) => {
    const match = duplicates.addWords(p.id, p.words.hashes);
    if (match.exactOf !== null) copies.add(p.id);
    for (const id of star && match.exactOf !== null ? [match.exactOf] : match.identical) {
      const i = indexOf.get(id) as number;
      links.set(i * n + j, { a: idOf(i), b: idOf(j), kind: "duplicate", score: 1, passages: [] });
    }
    if (star && match.exactOf !== null) return;
    const near = star ? [...match.near].filter((x) => !copies.has(x.id)).sort((x, y) => y.similarity - x.similarity).slice(0, NEAR_LINKS) : match.near;
    for (const x of near) {
      const i = indexOf.get(x.id) as number;
      links.set(i * n + j, { a: idOf(i), b: idOf(j), kind: "near-duplicate", score: round(x.similarity), passages: [] });
    }
  });

  for (const pair of sharedPassages(prepared, options)) {
    const key = pair.i * n + pair.j;
    const A = prepared[pair.i] as { text: string };
    const B = prepared[pair.j] as { text: string };
    const quotes = pair.passages.slice(0, maxPassages).map((p) => ({ a: A.text.slice(p.a[0], p.a[1]), b: B.text.slice(p.b[0], p.b[1]) }));
    const existing = links.get(key);
    if (existing) {
      if (existing.kind === "near-duplicate") links.set(key, { ...existing, passages: quotes });
      continue;
    }
    if (pair.coverage < (options.minCoverage ?? 0) || quotes.length === 0) continue;
    links.set(key, { a: idOf(pair.i), b: idOf(pair.j), kind: "shared-passages", score: round(pair.coverage), passages: quotes });
  }
  const all = [...links.entries()].sort((x, y) => x[0] - y[0]).map(([, l]) => l);
  return star ? collapseCopies(all) : all;
}

/**
 * Links of a large story with copies represented once: articles joined by duplicate or
 * near-duplicate links form one copy group; between two groups only the strongest link is kept
 * (the first in order on ties), and links inside a group other than its copy links are dropped
 * (the group is one text already). Copy links themselves are kept (a star, see `findReuse`).
 */
export function collapseCopies(links: readonly ReuseLink[]): ReuseLink[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    for (let p = parent.get(r); p !== undefined && p !== r; p = parent.get(r)) r = p;
    for (let y = x, p = parent.get(y); p !== undefined && p !== r; p = parent.get(y)) {
      parent.set(y, r);
      y = p;
    }
    return r;
  };
  const isCopy = (l: ReuseLink): boolean => l.kind === "duplicate" || l.kind === "near-duplicate";
  for (const l of links) {
    if (!isCopy(l)) continue;
    const a = find(l.a);
    const b = find(l.b);
    if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
  }
  const best = new Map<string, ReuseLink>();
  const out: ReuseLink[] = [];
  for (const l of links) {
    if (isCopy(l)) {
      out.push(l);
      continue;
    }
    const a = find(l.a);
    const b = find(l.b);
    if (a === b) continue;
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    const prev = best.get(key);
    if (!prev || l.score > prev.score) best.set(key, l);
  }
  const kept = new Set(best.values());
  return [...out, ...links.filter((l) => kept.has(l))].sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
