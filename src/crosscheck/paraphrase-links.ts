/**
 * @module Paraphrase links between articles: two articles that restate many of the same sentences
 * in other words are not independent even when no passage is copied verbatim. Candidate sentence
 * pairs come from an inverted index over each sentence's rarest terms, so cost stays near-linear.
 */
import type { ReuseLink } from "../report/types.ts";
import type { Doc } from "../types.ts";
import { buildIdf, DEFAULT_PARAPHRASE_THRESHOLD, sentenceFeatures, similarity, type SimFeatures } from "./similarity.ts";

export interface ParaphraseOptions {
  /** Sentence similarity at or above which two sentences count as a paraphrase. */
  readonly threshold?: number;
  /** Paraphrased sentences needed, as a share of the shorter article's sentences. */
  readonly minShare?: number;
  readonly minPairs?: number;
}

interface Entry {
  readonly doc: number;
  readonly sentence: number;
  readonly features: SimFeatures;
}

export function paraphraseLinks(docs: readonly Doc[], options: ParaphraseOptions = {}): readonly ReuseLink[] {
  const threshold = options.threshold ?? DEFAULT_PARAPHRASE_THRESHOLD;
  const entries: Entry[] = [];
  docs.forEach((d, di) => {
    for (const s of d.sentences) if (s.block === "prose" && s.tokens.length >= 6) entries.push({ doc: di, sentence: s.index, features: sentenceFeatures(s.text) });
  });
  const idf = buildIdf(entries.map((e) => e.features));
  const index = new Map<string, number[]>();
  entries.forEach((e, i) => {
    const weighted = [...e.features.terms.keys()].map((t) => ({ t, w: idf.idf(t) }));
    const top = weighted.sort((a, b) => b.w - a.w || (a.t < b.t ? -1 : 1)).slice(0, 4);
    for (const { t } of top) {
      const list = index.get(t);
      if (list) list.push(i);
      else index.set(t, [i]);
    }
  });
  const best = new Map<string, Map<number, { other: number; score: number }>>();
  // Pairs scored, as i * entries + j (i < j: each list holds entries in order).
  const seen = new Set<number>();
  for (const list of index.values()) {
    if (list.length > 200) continue; // a term in that many sentences says nothing
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x] ?? 0;
        const j = list[y] ?? 0;
        const a = entries[i];
        const b = entries[j];
        if (!a || !b || a.doc === b.doc) continue;
        const key = i * entries.length + j;
        if (seen.has(key)) continue;
        seen.add(key);
        const score = similarity(a.features, b.features, idf);
        if (score < threshold) continue;
        const [lo, hi] = a.doc < b.doc ? [a, b] : [b, a];
        const pair = `${lo.doc}|${hi.doc}`;
        const m = best.get(pair) ?? new Map<number, { other: number; score: number }>();
        const prev = m.get(lo.sentence);
        if (!prev || prev.score < score) m.set(lo.sentence, { other: hi.sentence, score });
        best.set(pair, m);
      }
    }
  }
  const links: ReuseLink[] = [];
  for (const [pair, matches] of best) {
    const [da, db] = pair.split("|").map(Number) as [number, number];
    const A = docs[da];
    const B = docs[db];
    if (!A || !B) continue;
    const shorter = Math.min(A.sentences.length, B.sentences.length) || 1;
    const n = matches.size;
    if (n < (options.minPairs ?? 3) || n / shorter < (options.minShare ?? 0.2)) continue;
    const passages = [...matches.entries()]
      .sort((x, y) => x[0] - y[0])
      .map(([sa, { other }]) => ({ a: A.sentences[sa]?.text ?? "", b: B.sentences[other]?.text ?? "" }));
    const [a, b, ps] = A.article.id < B.article.id ? [A.article.id, B.article.id, passages] : [B.article.id, A.article.id, passages.map((p) => ({ a: p.b, b: p.a }))];
    links.push({ a, b, kind: "paraphrase", score: round(n / shorter), passages: ps });
  }
  return links.sort((x, y) => (x.a + x.b < y.a + y.b ? -1 : 1));
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
