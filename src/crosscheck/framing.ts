/**
 * @module Framing: unattributed commentary whose narrative only some outlets of a story carry.
 * Two commentary sentences of different articles share a narrative when they share at least three
 * distinctive terms, terms that at least two articles of the story never use. The articles using
 * most of those terms carry the narrative; the rest are where it is absent. Articles linked as
 * copies are one text here (their shared commentary is reuse, reported as such). The report says what is
 * present and where, never which side is right.
 */
import { pushTo } from "../multimap.ts";
import type { Anomaly } from "../report/types.ts";
import type { ExtractedDoc } from "../types.ts";
import { buildIdf, sentenceFeatures, type IdfTable, type SimFeatures } from "./similarity.ts";
import { KeyIndex, LINEAR_FROM } from "./candidates.ts";

export interface FramingOptions {
  /** Reuse components (article id → component): a narrative only copies share is reuse, not framing. */
  readonly components?: ReadonlyMap<string, string>;
  /** Distinctive terms two sentences must share. */
  readonly minTerms?: number;
}

interface Item {
  readonly doc: number;
  readonly sentence: number;
  readonly features: SimFeatures;
  /** Its distinctive terms: the only ones a narrative is made of (and its index keys). */
  readonly terms: readonly string[];
}

export function framingAnomalies(docs: readonly ExtractedDoc[], options: FramingOptions = {}): Anomaly[] {
  const n = docs.length;
  if (n < 3) return [];
  const minTerms = options.minTerms ?? 3;
  const sentenceFeats = docs.map((d) => d.doc.sentences.map((s) => sentenceFeatures(s.text)));
  const idf = buildIdf(sentenceFeats.flat());
  // In how many articles each term occurs.
  const df = new Map<string, number>();
  const termsOf = sentenceFeats.map((fs) => {
    const set = new Set<string>();
    for (const f of fs) for (const t of f.terms.keys()) if (!t.startsWith("#") && t.length > 3) set.add(t);
    for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
    return set;
  });
  const distinctive = (t: string): boolean => (df.get(t) ?? n) <= n - 2;
  const items: Item[] = [];
  docs.forEach((d, di) => d.sentenceKinds.forEach((k, si) => {
    const f = sentenceFeats[di]?.[si];
    if (k === "commentary" && f) items.push({ doc: di, sentence: si, features: f, terms: [...f.terms.keys()].filter((t) => distinctive(t) && t.length > 3 && !t.startsWith("#")) });
  }));
  const compOf = (i: number): string => {
    const id = docs[i]?.doc.article.id ?? "";
    return options.components?.get(id) ?? id;
  };
  const outletOf = (i: number): string => docs[i]?.doc.article.outlet ?? "?";
  // Per article, the sentences that share a narrative with another article, with its terms and carriers.
  // Keyed by article and carrier set: one article may carry several narratives.
  const hits = new Map<string, { doc: number; sentences: Set<number>; terms: Set<string>; carriers: Set<number> }>();
  // Articles by term, to find a narrative's carriers without scanning every article.
  const docsWith = new Map<string, number[]>();
  termsOf.forEach((set, k) => {
    for (const t of set) {
      pushTo(docsWith, t, k);
    }
  });
  // Above LINEAR_FROM commentary sentences, only sentences sharing a distinctive term are compared.
  const index = items.length > LINEAR_FROM ? new KeyIndex() : null;
  for (let j = 0; j < items.length; j++) {
    const b = items[j] as Item;
    const earlier = index ? index.query(b.terms) : Array.from({ length: j }, (_, i) => i);
    index?.add(j, b.terms);
    for (const i of earlier) {
      const a = items[i];
      if (!a || a.doc === b.doc || compOf(a.doc) === compOf(b.doc)) continue;
      const shared = a.terms.filter((t) => b.features.terms.has(t));
      if (shared.length < minTerms) continue;
      // Carriers: the articles that use most of the narrative's terms anywhere.
      const uses = new Map<number, number>();
      for (const t of shared) for (const k of docsWith.get(t) ?? []) uses.set(k, (uses.get(k) ?? 0) + 1);
      const carriers = [...new Set([a.doc, b.doc, ...[...uses].filter(([, u]) => u * 3 >= shared.length * 2).map(([k]) => k)])].sort((x, y) => x - y);
      if (n - carriers.length < 2) continue;
      for (const it of [a, b]) {
        const key = `${String(it.doc).padStart(6, "0")}|${carriers.join(",")}`;
        const h = hits.get(key) ?? { doc: it.doc, sentences: new Set<number>(), terms: new Set<string>(), carriers: new Set<number>(carriers) };
        h.sentences.add(it.sentence);
        for (const t of shared) h.terms.add(t);
        hits.set(key, h);
      }
    }
  }
  const out: Anomaly[] = [];
  for (const [, h] of [...hits.entries()].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    const di = h.doc;
    const terms = [...h.terms].sort((x, y) => idf.idf(y) - idf.idf(x) || (x < y ? -1 : 1));
    const carriers = [...h.carriers].sort((x, y) => x - y);
    const absent = docs.map((_, i) => i).filter((i) => !h.carriers.has(i));
    const d = docs[di];
    if (!d) continue;
    for (const run of runsOf([...h.sentences].sort((x, y) => x - y))) {
      const first = d.doc.sentences[run[0] ?? 0];
      const last = d.doc.sentences[run[run.length - 1] ?? 0];
      if (!first || !last) continue;
      out.push({
        kind: "framing",
        articleId: d.doc.article.id,
        quote: d.doc.text.slice(first.span[0], last.span[1]),
        span: [first.span[0], last.span[1]],
        suggestion: null,
        explanation: `Unattributed narrative (${display(terms.slice(0, 5), sentenceFeats[di] ?? [])}) carried by ${carriers.map(outletOf).join(", ")} and absent from ${absent.map(outletOf).join(", ")}; no source is given for it.`,
      });
    }
  }
  return out;
}

/** Consecutive sentence indexes grouped into runs (a gap of one sentence still joins). */
function runsOf(sorted: readonly number[]): number[][] {
  const runs: number[][] = [];
  for (const s of sorted) {
    const last = runs[runs.length - 1];
    const prev = last?.[last.length - 1];
    if (last && prev !== undefined && s - prev <= 2) last.push(s);
    else runs.push([s]);
  }
  return runs;
}

function display(terms: readonly string[], feats: readonly SimFeatures[]): string {
  return terms
    .map((t) => {
      for (const f of feats) {
        const w = f.surface.get(t);
        if (w) return `“${w}”`;
      }
      return `“${t}”`;
    })
    .join(", ");
}

/** IDF-weighted overlap coefficient of two passages' terms (kept for callers comparing passages). */
export function narrativeOverlap(a: SimFeatures, b: SimFeatures, idf: IdfTable): number {
  const floor = Math.log(2);
  let shared = 0;
  let wa = 0;
  let wb = 0;
  for (const t of a.terms.keys()) wa += Math.max(0, idf.idf(t) - floor);
  for (const t of b.terms.keys()) {
    const w = Math.max(0, idf.idf(t) - floor);
    wb += w;
    if (a.terms.has(t)) shared += w;
  }
  const denom = Math.min(wa, wb);
  return denom > 0 ? shared / denom : 0;
}
