/**
 * @module Sentence similarity for claim alignment and paraphrase detection: IDF-weighted soft
 * overlap of stemmed content words, with penalties for mismatched numbers and negation.
 */
import { wordValue } from "../extract/numbers.ts";

export interface SimFeatures {
  readonly terms: ReadonlyMap<string, number>;
  /** term → the first word it came from, for display. */
  readonly surface: ReadonlyMap<string, string>;
  readonly numbers: ReadonlySet<number>;
  readonly negated: boolean;
  readonly length: number;
}

export interface IdfTable {
  idf(term: string): number;
  readonly docs: number;
}

const STOP = new Set(
  "a an the and or but if of to in on at by for with from as is are was were be been being has have had do does did this that these those it its their his her they them he she we you i our your not no so than then there here which who whom whose what when where how will would can could may might shall should must also such into over about after before between during under again further once more most other some any each both few all own same very just only too".split(" "),
);
const NEGATION = /\b(not|no|never|none|nor|denied|denies|without|n't)\b/i;

/** Crude English stemmer: enough to match "approved"/"approval"/"approves". */
export function stem(w: string): string {
  let s = w;
  for (const suf of ["ational", "ization", "ations", "ation", "ments", "ment", "ness", "ings", "ing", "ies", "ied", "ed", "es", "al", "ly", "s"]) {
    if (s.length - suf.length >= 4 && s.endsWith(suf)) {
      s = s.slice(0, -suf.length);
      break;
    }
  }
  return s.length > 7 ? s.slice(0, 7) : s;
}

export function sentenceFeatures(text: string): SimFeatures {
  const terms = new Map<string, number>();
  const surface = new Map<string, string>();
  const numbers = new Set<number>();
  const words = text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu) ?? [];
  for (const w of words) {
    const v = wordValue(w);
    if (v !== null && !/^(one)$/.test(w)) {
      numbers.add(v);
      terms.set(`#${v}`, (terms.get(`#${v}`) ?? 0) + 1);
      continue;
    }
    if (STOP.has(w)) continue;
    const t = /\d/.test(w) ? w.replace(/[^a-z0-9]/g, "") : stem(w.replace(/['’]s$/, ""));
    terms.set(t, (terms.get(t) ?? 0) + 1);
    if (!surface.has(t)) surface.set(t, w);
  }
  return { terms, surface, numbers, negated: NEGATION.test(text), length: words.length };
}

export function buildIdf(features: readonly SimFeatures[], options?: { background?: IdfTable }): IdfTable {
  const df = new Map<string, number>();
  for (const f of features) for (const t of f.terms.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = features.length;
  const bg = options?.background;
  return {
    docs: n,
    idf(term: string): number {
      const local = Math.log((n + 1) / ((df.get(term) ?? 0) + 0.5));
      return bg ? (local + bg.idf(term)) / 2 : Math.max(0.1, local);
    },
  };
}

/** Symmetric similarity in [0, 1]. */
export function similarity(a: SimFeatures, b: SimFeatures, idf: IdfTable): number {
  let shared = 0;
  let wa = 0;
  let wb = 0;
  for (const t of a.terms.keys()) wa += idf.idf(t);
  for (const t of b.terms.keys()) {
    const w = idf.idf(t);
    wb += w;
    if (a.terms.has(t)) shared += w;
  }
  if (wa === 0 || wb === 0) return 0;
  const p = shared / wa;
  const r = shared / wb;
  let s = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  const onlyA = [...a.numbers].filter((x) => !b.numbers.has(x)).length;
  const onlyB = [...b.numbers].filter((x) => !a.numbers.has(x)).length;
  if (onlyA > 0 && onlyB > 0) s *= 0.85;
  if (a.negated !== b.negated) s *= 0.9;
  return s;
}

export const DEFAULT_PARAPHRASE_THRESHOLD = 0.5;

export function isParaphrase(a: SimFeatures, b: SimFeatures, idf: IdfTable, options?: { threshold?: number }): boolean {
  return similarity(a, b, idf) >= (options?.threshold ?? DEFAULT_PARAPHRASE_THRESHOLD);
}
