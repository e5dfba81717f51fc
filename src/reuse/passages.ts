/**
 * @module Shared passages between articles: maximal aligned runs of common word shingles (copied
 * text of ≥ `minWords` words), plus near-copied sentences (high word overlap, e.g. one word
 * changed), with adjacent matches merged into one passage. Each passage carries both quotes.
 */
import type { Span } from "../types.ts";
import { quotedSpans } from "../text/quotes.ts";
import { combine } from "./hash.ts";
import { sentenceSpans } from "./sentences.ts";
import { wordTokens, type WordTokens } from "./tokens.ts";

export interface PassageOptions {
  /** Shortest copied word run (default 8). */
  readonly minWords?: number;
  /** Shortest sentence compared as a near-copy, in words (default 6). */
  readonly minSentenceWords?: number;
  /** Word-set Jaccard at which two sentences count as near-copies (default 0.7). */
  readonly sentenceSimilarity?: number;
  /** Shingles found in more articles than this are boilerplate and ignored (default 50). */
  readonly maxShingleDocs?: number;
  /**
   * Keep passages that are quoted speech in both articles (default false): two reports quoting one
   * statement share its words without copying each other (rule reuse.shared-quote).
   */
  readonly keepQuotes?: boolean;
}

/** Share of a passage's words inside quotation marks, in both articles, from which it is a shared quote rather than copied text. */
export const SHARED_QUOTE_SHARE = 0.6;

export interface PreparedDoc {
  readonly id: string;
  readonly text: string;
  readonly words: WordTokens;
  /** Sentences as word-index ranges [first, end). */
  readonly sentences: readonly (readonly [number, number])[];
  /** Per word, 1 when it is inside quotation marks (quoted speech). */
  readonly quoted: Uint8Array;
}

/** A passage: character spans in both documents. */
export interface SharedPassage {
  readonly a: Span;
  readonly b: Span;
}

export interface PairPassages {
  readonly i: number;
  readonly j: number;
  readonly passages: readonly SharedPassage[];
  /** Share of the shorter document's words inside shared passages. */
  readonly coverage: number;
}

export function prepareDoc(id: string, text: string): PreparedDoc {
  const words = wordTokens(text);
  const sentences: (readonly [number, number])[] = [];
  let w = 0;
  for (const [s, e] of sentenceSpans(text)) {
    while (w < words.length && (words.starts[w] as number) < s) w++;
    const first = w;
    while (w < words.length && (words.ends[w] as number) <= e) w++;
    if (w > first) sentences.push([first, w]);
  }
  const quoted = new Uint8Array(words.length);
  let q = 0;
  for (const [s, e] of quotedSpans(text)) {
    while (q < words.length && (words.starts[q] as number) < s) q++;
    for (let x = q; x < words.length && (words.ends[x] as number) <= e; x++) quoted[x] = 1;
  }
  return { id, text, words, sentences, quoted };
}

/** Word-index ranges [a0, a1) × [b0, b1) matched between docs i and j. */
interface Match {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
}

/** Shared passages for every pair of `docs` (indices i < j) that has any. */
export function sharedPassages(docs: readonly PreparedDoc[], options: PassageOptions = {}): PairPassages[] {
  const minWords = options.minWords ?? 8;
  const pairMatches = new Map<number, Match[]>();
  const n = docs.length;
  const add = (i: number, j: number, m: Match): void => {
    const key = i * n + j;
    const list = pairMatches.get(key);
    if (list) list.push(m);
    else pairMatches.set(key, [m]);
  };
  for (const r of shingleRuns(docs, minWords, options.maxShingleDocs ?? 50)) add(r.i, r.j, r.m);
  for (const r of nearSentences(docs, options)) add(r.i, r.j, r.m);
  const out: PairPassages[] = [];
  for (const key of [...pairMatches.keys()].sort((x, y) => x - y)) {
    const i = Math.floor(key / n);
    const j = key % n;
    const A = docs[i] as PreparedDoc;
    const B = docs[j] as PreparedDoc;
    const all = mergeMatches(pairMatches.get(key) ?? []);
    const merged = options.keepQuotes ? all : all.filter((m) => !sharedQuote(A, B, m));
    if (merged.length === 0) continue;
    let covered = 0;
    const passages = merged.map((m) => {
      covered += m.a1 - m.a0;
      return { a: charSpan(A.words, m.a0, m.a1), b: charSpan(B.words, m.b0, m.b1) };
    });
    const shorter = Math.max(1, Math.min(A.words.length, B.words.length));
    out.push({ i, j, passages, coverage: Math.min(1, covered / shorter) });
  }
  return out;
}

function quotedShare(d: PreparedDoc, first: number, end: number): number {
  let n = 0;
  for (let w = first; w < end; w++) n += d.quoted[w] as number;
  return n / Math.max(1, end - first);
}

/** A matched passage that is quoted speech in both articles: one statement quoted twice, not copied text. */
function sharedQuote(A: PreparedDoc, B: PreparedDoc, m: Match): boolean {
  return quotedShare(A, m.a0, m.a1) >= SHARED_QUOTE_SHARE && quotedShare(B, m.b0, m.b1) >= SHARED_QUOTE_SHARE;
}

function charSpan(words: WordTokens, first: number, end: number): Span {
  return [words.starts[first] as number, words.ends[end - 1] as number];
}

/** Maximal diagonal runs of common k-word shingles between docs. */
function* shingleRuns(docs: readonly PreparedDoc[], k: number, maxDocs: number): Generator<{ i: number; j: number; m: Match }> {
  const index = new Map<number, number[]>(); // shingle → flat [doc, pos, doc, pos, ...]
  const shingles = docs.map((d) => {
    const h = new Uint32Array(Math.max(0, d.words.length - k + 1));
    for (let p = 0; p < h.length; p++) {
      let x = 0;
      for (let t = 0; t < k; t++) x = combine(x, d.words.hashes[p + t] as number);
      h[p] = x;
    }
    return h;
  });
  shingles.forEach((h, d) => {
    for (let p = 0; p < h.length; p++) {
      const list = index.get(h[p] as number);
      if (list) list.push(d, p);
      else index.set(h[p] as number, [d, p]);
    }
  });
  // Pair hits per doc pair as diagonal-sorted positions.
  const hits = new Map<number, number[]>();
  const n = docs.length;
  for (const list of index.values()) {
    if (list.length < 4 || list.length > maxDocs * 2) continue;
    for (let x = 0; x < list.length; x += 2) {
      for (let y = x + 2; y < list.length; y += 2) {
        const di = list[x] as number;
        const dj = list[y] as number;
        if (di === dj) continue;
        const [i, j, pi, pj] = di < dj ? [di, dj, list[x + 1] as number, list[y + 1] as number] : [dj, di, list[y + 1] as number, list[x + 1] as number];
        const key = i * n + j;
        const h = hits.get(key);
        if (h) h.push(pi, pj);
        else hits.set(key, [pi, pj]);
      }
    }
  }
  for (const [key, flat] of hits) {
    const i = Math.floor(key / n);
    const j = key % n;
    const pairs: [number, number][] = [];
    for (let t = 0; t < flat.length; t += 2) pairs.push([flat[t] as number, flat[t + 1] as number]);
    pairs.sort((p, q) => p[0] - p[1] - (q[0] - q[1]) || p[0] - q[0]);
    let run: Match | null = null;
    for (const [pa, pb] of pairs) {
      if (run && pa - pb === run.a0 - run.b0 && pa <= run.a1 - k + 1) {
        run.a1 = pa + k;
        run.b1 = pb + k;
        continue;
      }
      if (run) yield { i, j, m: run };
      run = { a0: pa, a1: pa + k, b0: pb, b1: pb + k };
    }
    if (run) yield { i, j, m: run };
  }
}

/** Sentence pairs across docs whose word sets overlap strongly (near-copied sentences). */
/** Sentences a word may occur in and still be evidence of a near-copied sentence. */
const MAX_SENTENCE_POSTING = 200;

function* nearSentences(docs: readonly PreparedDoc[], options: PassageOptions): Generator<{ i: number; j: number; m: Match }> {
  const minWords = options.minSentenceWords ?? 6;
  const threshold = options.sentenceSimilarity ?? 0.7;
  interface Sent { d: number; w0: number; w1: number; set: Set<number> }
  const sents: Sent[] = [];
  const byWord = new Map<number, number[]>();
  docs.forEach((doc, d) => {
    for (const [w0, w1] of doc.sentences) {
      if (w1 - w0 < minWords) continue;
      const set = new Set<number>();
      for (let w = w0; w < w1; w++) set.add(doc.words.hashes[w] as number);
      const s = sents.length;
      sents.push({ d, w0, w1, set });
      for (const h of set) {
        const list = byWord.get(h);
        if (list) list.push(s);
        else byWord.set(h, [s]);
      }
    }
  });
  // A word in more than a tenth of the sentences (at least 50, at most MAX_SENTENCE_POSTING) is no evidence: the cap keeps a large story linear.
  const maxPosting = Math.min(MAX_SENTENCE_POSTING, Math.max(50, Math.ceil(sents.length / 10)));
  // Shared-word counts per later sentence, in an array reset after each sentence through the list
  // of those touched (in the order first touched).
  const counts = new Int32Array(sents.length);
  const touched: number[] = [];
  for (let si = 0; si < sents.length; si++) {
    const s = sents[si] as Sent;
    touched.length = 0;
    for (const h of s.set) {
      const list = byWord.get(h) as number[];
      if (list.length > maxPosting) continue; // frequent word: no evidence
      for (const t of list) {
        if (t <= si || (sents[t] as Sent).d === s.d) continue;
        if (counts[t] === 0) touched.push(t);
        counts[t] = (counts[t] ?? 0) + 1;
      }
    }
    for (const t of touched) {
      const c = counts[t] ?? 0;
      counts[t] = 0;
      const o = sents[t] as Sent;
      if (c < threshold * Math.min(s.set.size, o.set.size) * 0.5) continue;
      let inter = 0;
      for (const h of s.set) if (o.set.has(h)) inter++;
      if (inter / (s.set.size + o.set.size - inter) < threshold) continue;
      const [i, j, x, y] = s.d < o.d ? [s.d, o.d, s, o] : [o.d, s.d, o, s];
      yield { i, j, m: { a0: x.w0, a1: x.w1, b0: y.w0, b1: y.w1 } };
    }
  }
}

/** Merge overlapping or adjacent matches (on both sides) into aligned passages, ordered by position in a. */
function mergeMatches(matches: readonly Match[]): Match[] {
  const sorted = [...matches].sort((p, q) => p.a0 - q.a0 || p.b0 - q.b0);
  const out: Match[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.a0 <= last.a1 + 1 && m.b0 <= last.b1 + 1 && m.b1 >= last.b0 - 1 && m.b0 >= last.b0 - 1) {
      last.a1 = Math.max(last.a1, m.a1);
      last.b0 = Math.min(last.b0, m.b0);
      last.b1 = Math.max(last.b1, m.b1);
      continue;
    }
    out.push({ ...m });
  }
  return out;
}
