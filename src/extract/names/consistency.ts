/**
 * @module Document-level consistency: one name keeps one type across a document. The most
 * confident reading of a name wins over weaker ones; surname-only mentions after a full person
 * name ("Bill Clinton" … "Clinton") are people; the first word of a multi-word organization used
 * alone ("Statoil ASA" … "Statoil") is the organization; headline capitals follow the body.
 */
import { STORM_WORDS, type NameType } from "./classify.ts";
import { lexKey, type NameLexicon } from "./lexicon.ts";

export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly words: readonly string[];
  type: NameType;
  confidence: number;
}

/** Confidence below which a chunk's type may be replaced by document evidence. */
const WEAK = 0.62;

/** Rewrite weak types in place from stronger evidence elsewhere in the same document. */
export function harmonize(cands: Candidate[], lex: NameLexicon): void {
  const best = new Map<string, Candidate>();
  const votes = new Map<string, Map<NameType, number>>();
  for (const c of cands) {
    const k = lexKey(c.text);
    const b = best.get(k);
    if (!b || c.confidence > b.confidence) best.set(k, c);
    const v = votes.get(k) ?? new Map<NameType, number>();
    if (c.confidence >= WEAK) v.set(c.type, (v.get(c.type) ?? 0) + c.confidence);
    votes.set(k, v);
  }
  const winner = (k: string): { type: NameType; weight: number } | null => {
    let top: { type: NameType; weight: number } | null = null;
    for (const [type, weight] of votes.get(k) ?? []) if (!top || weight > top.weight) top = { type, weight };
    return top;
  };
  const partial = new Map<string, { type: NameType; confidence: number }>();
  const offer = (word: string, type: NameType, confidence: number): void => {
    const k = lexKey(word);
    if (k.length < 2 || lex.common.has(k) || lex.orgKeywords.has(k) || lex.placeKeywords.has(k)) return;
    const p = partial.get(k);
    if (!p || confidence > p.confidence) partial.set(k, { type, confidence });
  };
  for (const c of best.values()) {
    if (c.words.length < 2 || c.confidence < 0.5) continue;
    const firstWord = c.words[0];
    const lastWord = c.words[c.words.length - 1];
    if (c.type === "PER") {
      if (lastWord) offer(lastWord, "PER", c.confidence);
      if (firstWord && !lex.givenNames.has(lexKey(firstWord)) && c.words.length === 2) offer(firstWord, "PER", c.confidence - 0.1);
    } else if (c.type === "ORG" && firstWord) {
      offer(firstWord, "ORG", c.confidence - 0.1);
    } else if (c.type === "MISC" && firstWord && lastWord && c.words.length === 2 && STORM_WORDS.has(lexKey(firstWord))) {
      // "Typhoon Tindalo" … "Tindalo": the storm's name alone is the storm.
      offer(lastWord, "MISC", c.confidence - 0.1);
    }
  }
  for (const c of cands) {
    if (c.confidence >= WEAK) continue;
    const k = lexKey(c.text);
    const b = best.get(k);
    const w = winner(k);
    if (b && b !== c && b.confidence > c.confidence) {
      c.type = w?.type ?? b.type;
      c.confidence = Math.min(b.confidence, WEAK);
      continue;
    }
    const p = c.words.length === 1 ? partial.get(k) : undefined;
    if (p && p.confidence > c.confidence) {
      c.type = p.type;
      c.confidence = Math.min(p.confidence, WEAK);
    }
  }
}

/**
 * Names listed together share a type: a weak chunk separated from strong neighbours only by a
 * comma, "and" or a semicolon takes their type ("Andy Flower , Grant Flower , Guy Whittall").
 * `gapText(a, b)` is the text between two candidates.
 */
export function alignLists(cands: Candidate[], gapText: (a: Candidate, b: Candidate) => string): void {
  const joined = (a: Candidate | undefined, b: Candidate | undefined): boolean =>
    a !== undefined && b !== undefined && /^\s*(,|;|and|&)\s*$/.test(gapText(a, b));
  cands.forEach((c, i) => {
    if (c.confidence >= 0.5) return;
    const before = cands[i - 1];
    const after = cands[i + 1];
    const left = joined(before, c) && before && before.confidence >= 0.6 ? before : undefined;
    const right = joined(c, after) && after && after.confidence >= 0.6 ? after : undefined;
    if (left && right && left.type !== right.type) return;
    const model = left ?? right;
    if (!model) return;
    c.type = model.type;
    c.confidence = 0.5;
  });
}
