/**
 * @module Framing: runs of unattributed commentary whose narrative only some outlets of a story
 * carry. Commentary sentences are linked across articles by similarity; a narrative carried by at
 * least two articles but absent from at least two others is reported, for each article carrying
 * it, with the run of sentences as the quote and the narrative's distinctive terms. The report
 * says what is present and where, never which side is right.
 */
import type { Anomaly } from "../report/types.ts";
import type { ExtractedDoc } from "../types.ts";
import { buildIdf, sentenceFeatures, similarity, type SimFeatures } from "./similarity.ts";

export interface FramingOptions {
  readonly threshold?: number;
}

interface Item {
  readonly doc: number;
  readonly sentence: number;
  readonly features: SimFeatures;
}

export function framingAnomalies(docs: readonly ExtractedDoc[], options: FramingOptions = {}): Anomaly[] {
  if (docs.length < 3) return [];
  const threshold = options.threshold ?? 0.28;
  const items: Item[] = [];
  docs.forEach((d, di) => {
    d.sentenceKinds.forEach((k, si) => {
      const s = d.doc.sentences[si];
      if (k === "commentary" && s) items.push({ doc: di, sentence: si, features: sentenceFeatures(s.text) });
    });
  });
  // IDF over every sentence of the story, so terms common to the whole story weigh little.
  const all = docs.flatMap((d) => d.doc.sentences.map((s) => sentenceFeatures(s.text)));
  const idf = buildIdf(all);
  // Union commentary sentences of different articles that state a similar narrative.
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] ?? i)));
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i];
      const b = items[j];
      if (!a || !b || a.doc === b.doc) continue;
      if (similarity(a.features, b.features, idf) >= threshold) parent[find(j)] = find(i);
    }
  }
  const clusters = new Map<number, Item[]>();
  items.forEach((it, i) => {
    const r = find(i);
    const list = clusters.get(r) ?? [];
    list.push(it);
    clusters.set(r, list);
  });
  const out: Anomaly[] = [];
  for (const members of clusters.values()) {
    const carriers = [...new Set(members.map((m) => m.doc))].sort((a, b) => a - b);
    if (carriers.length < 2 || docs.length - carriers.length < 2) continue;
    const terms = distinctiveTerms(members, idf);
    if (terms.length === 0) continue;
    const outletOf = (i: number): string => docs[i]?.doc.article.outlet ?? "?";
    const absent = docs.map((_, i) => i).filter((i) => !carriers.includes(i));
    for (const di of carriers) {
      const d = docs[di];
      if (!d) continue;
      const run = expandRun(d, members.filter((m) => m.doc === di).map((m) => m.sentence));
      const first = d.doc.sentences[run[0] ?? 0];
      const last = d.doc.sentences[run[run.length - 1] ?? 0];
      if (!first || !last) continue;
      out.push({
        kind: "framing",
        articleId: d.doc.article.id,
        quote: d.doc.text.slice(first.span[0], last.span[1]),
        span: [first.span[0], last.span[1]],
        suggestion: null,
        explanation: `Unattributed narrative (${terms.map((t) => `“${t}”`).join(", ")}) carried by ${carriers.map(outletOf).join(", ")} and absent from ${absent.map(outletOf).join(", ")}; no source is given for it.`,
      });
    }
  }
  return out;
}

/** Extend the matched sentences to the surrounding run of consecutive commentary sentences. */
function expandRun(d: ExtractedDoc, hits: readonly number[]): number[] {
  const set = new Set(hits);
  const sorted = [...set].sort((a, b) => a - b);
  const lo = sorted[0] ?? 0;
  const hi = sorted[sorted.length - 1] ?? 0;
  let a = lo;
  let b = hi;
  while (a > 0 && d.sentenceKinds[a - 1] === "commentary" && lo - (a - 1) <= 1) a--;
  while (b + 1 < d.sentenceKinds.length && d.sentenceKinds[b + 1] === "commentary" && b + 1 - hi <= 1) b++;
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

/** Terms that at least two carrying articles share, rarest first. */
function distinctiveTerms(members: readonly Item[], idf: { idf(t: string): number }): string[] {
  const byDoc = new Map<number, Set<string>>();
  for (const m of members) {
    const set = byDoc.get(m.doc) ?? new Set<string>();
    for (const t of m.features.terms.keys()) if (!t.startsWith("#")) set.add(t);
    byDoc.set(m.doc, set);
  }
  const counts = new Map<string, number>();
  for (const set of byDoc.values()) for (const t of set) counts.set(t, (counts.get(t) ?? 0) + 1);
  const surface = new Map<string, string>();
  for (const m of members) for (const [t, w] of m.features.surface) if (!surface.has(t)) surface.set(t, w);
  return [...counts.entries()]
    .filter(([t, c]) => c >= 2 && t.length > 3)
    .sort((a, b) => idf.idf(b[0]) - idf.idf(a[0]) || (a[0] < b[0] ? -1 : 1))
    .slice(0, 4)
    .map(([t]) => surface.get(t) ?? t);
}
