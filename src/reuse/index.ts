/**
 * @module Text reuse among the articles of one story: exact duplicates (same normalized text),
 * near-duplicates (MinHash + LSH candidates, confirmed by shingle Jaccard), shared passages
 * (aligned copied or near-copied text, both quotes given), and text repeated inside one article.
 */
import { createHash } from "node:crypto";
import type { ReuseLink } from "../report/types.ts";
import { LshIndex } from "./lsh.ts";
import { jaccard, MinHasher } from "./minhash.ts";
import { prepareDoc, sharedPassages, type PassageOptions } from "./passages.ts";
import { contentKey } from "./tokens.ts";
import type { ReuseDoc } from "./repeats.ts";

export { findRepeats, type RepeatedPassage, type RepeatOptions, type ReuseDoc } from "./repeats.ts";
export { MinHasher, jaccard, type MinHashOptions } from "./minhash.ts";
export { LshIndex, type LshOptions } from "./lsh.ts";
export { sentenceSpans } from "./sentences.ts";
export { contentKey, wordTokens, type WordTokens } from "./tokens.ts";
export { hashString, mix32 } from "./hash.ts";

export interface ReuseOptions extends PassageOptions {
  /** Shingle Jaccard at which two articles are near-duplicates (default 0.8). */
  readonly nearDuplicate?: number;
  /** Shortest passage coverage (share of the shorter article) that is still reported (default 0). */
  readonly minCoverage?: number;
  /** Most passages listed per link (default 20). */
  readonly maxPassages?: number;
  /** The hasher for near-duplicate signatures (default 128 hashes over 5-word shingles, seed 1). */
  readonly minHasher?: MinHasher;
}

/** Content hash of a text after normalization (case, punctuation and spacing ignored). */
export function contentHash(text: string): string {
  return createHash("sha1").update(contentKey(text)).digest("hex");
}

/** Reuse links among `docs`, one per linked pair (a < b by id), sorted by (a, b); deterministic. */
export function findReuse(docs: readonly ReuseDoc[], options: ReuseOptions = {}): readonly ReuseLink[] {
  const threshold = options.nearDuplicate ?? 0.8;
  const maxPassages = options.maxPassages ?? 20;
  const unique = new Map<string, ReuseDoc>();
  for (const d of docs) if (!unique.has(d.id)) unique.set(d.id, d);
  const sorted = [...unique.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const prepared = sorted.map((d) => prepareDoc(d.id, d.text));
  const hashes = sorted.map((d) => contentHash(d.text));
  const hasher = options.minHasher ?? new MinHasher();
  const shingles = prepared.map((p) => hasher.shingles(p.words.hashes));
  const sigs = shingles.map((s) => hasher.signature(s));
  const rows = Math.max(1, Math.floor(hasher.numHashes / 32));
  const lsh = new LshIndex({ bands: Math.floor(hasher.numHashes / rows), rows });
  const links = new Map<number, ReuseLink>();
  const n = sorted.length;
  const idOf = (i: number): string => (sorted[i] as ReuseDoc).id;

  sigs.forEach((sig, j) => {
    for (const i of lsh.query(sig)) {
      if (hashes[i] === hashes[j] && (shingles[i] as Uint32Array).length > 0) {
        links.set(i * n + j, { a: idOf(i), b: idOf(j), kind: "duplicate", score: 1, passages: [] });
        continue;
      }
      if (MinHasher.similarity(sigs[i] as Uint32Array, sig) < threshold - 0.2) continue;
      const exact = jaccard(shingles[i] as Uint32Array, shingles[j] as Uint32Array);
      if (exact >= threshold) links.set(i * n + j, { a: idOf(i), b: idOf(j), kind: "near-duplicate", score: round(exact), passages: [] });
    }
    lsh.add(j, sig);
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
  return [...links.entries()].sort((x, y) => x[0] - y[0]).map(([, l]) => l);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
