/**
 * @module Named entities beyond the knowledge packs: people, organizations, places and other
 * names (PER/ORG/LOC/MISC) found as capitalized chunks and typed by part-of-speech, lexicon and
 * context rules, then made consistent across the document. Pure; no I/O beyond the cached
 * lexicon read on first use.
 */
import type { Token } from "../types.ts";
import { caseTokens, type CasedToken } from "./names/casing.ts";
import { findRuns, splitRun } from "./names/chunks.ts";
import { chunkText, classifyChunk, type ChunkContext, type NameType, type SportKind } from "./names/classify.ts";
import { alignLists, harmonize, type Candidate } from "./names/consistency.ts";
import { lexKey, loadNameLexicon, type NameLexicon } from "./names/lexicon.ts";
import { inferSentenceStarts } from "./names/tokenize.ts";

export type { NameType } from "./names/classify.ts";
export { tokenizeForNames } from "./names/tokenize.ts";

/** Chunks typed with less confidence than this (no evidence at all) are not reported. */
const MIN_CONFIDENCE = 0.25;

export interface NameChunk {
  readonly span: readonly [number, number];
  readonly text: string;
  readonly type: NameType;
  readonly confidence: number;
}

export interface FindNamesOptions {
  /** One flag per token: true where a sentence (or line) starts. Inferred from punctuation and line breaks when absent. */
  readonly sentenceStart?: boolean[];
  /** A lexicon to use instead of the shipped packs/lexicon (tests, other languages). */
  readonly lexicon?: NameLexicon;
}

/**
 * Find names in `text` (a sentence or a whole document; whole documents give better types) from
 * its tokens, which carry spans into `text`. Chunks are returned in text order, never overlapping.
 */
export function findNames(text: string, tokens: readonly Token[], options?: FindNamesOptions): readonly NameChunk[] {
  if (tokens.length === 0) return [];
  const lex = options?.lexicon ?? loadNameLexicon();
  const starts = options?.sentenceStart ?? inferSentenceStarts(text, tokens);
  const sport = detectSport(tokens, lex);
  const toks = caseTokens(tokens, starts, lex, { sportsReport: sport !== null });
  const ctx: ChunkContext = { text, toks, lex, sport, resultsLines: findResultsLines(toks, lex) };
  const cands: Candidate[] = [];
  for (const run of findRuns(text, toks, lex)) {
    for (const c of splitRun(run, toks, lex)) {
      const typed = classifyChunk(ctx, c);
      cands.push({
        start: c.start,
        end: c.end,
        text: chunkText(ctx, c),
        words: chunkText(ctx, c).split(/\s+/).filter((w) => HAS_LETTER.test(w)),
        type: typed.type,
        confidence: typed.confidence,
      });
    }
  }
  harmonize(cands, lex);
  alignLists(cands, (a, b) => {
    const end = toks[a.end - 1];
    const start = toks[b.start];
    return end && start ? text.slice(end.token.span[1], start.token.span[0]) : "";
  });
  const out: NameChunk[] = [];
  for (const c of cands) {
    const first = toks[c.start];
    const last = toks[c.end - 1];
    if (!first || !last || c.confidence < MIN_CONFIDENCE) continue;
    // A unit letter glued to a number ("29C", "5G") is not a name.
    const before = toks[c.start - 1];
    if (c.end - c.start === 1 && ONE_CAPITAL.test(first.token.text) && before && /\d$/.test(before.token.text) && before.token.span[1] === first.token.span[0]) continue;
    out.push({ span: [first.token.span[0], last.token.span[1]], text: c.text, type: c.type, confidence: round(c.confidence) });
  }
  return out;
}

function round(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
}

/** A sports report announces its sport first: "SOCCER - ...", "Tennis: ...". */
function detectSport(tokens: readonly Token[], lex: NameLexicon): SportKind {
  const head: string[] = [];
  for (const t of tokens.slice(0, 5)) {
    if (t.text === "-" || t.text === ":") {
      const k = lexKey(head.join(" "));
      if (lex.teamSports.has(k)) return "team";
      if (lex.individualSports.has(k)) return "individual";
      return null;
    }
    head.push(t.text);
  }
  return null;
}

const HAS_LETTER = /\p{L}/u;
const ONE_CAPITAL = /^\p{Lu}$/u;
const DIGIT = /\d/;
const LOWER_START = /^\p{Ll}/u;

/** Sentences made of names and numbers with at most two lower-case words: results and tables. */
function findResultsLines(toks: readonly CasedToken[], lex: NameLexicon): Set<number> {
  const nums: number[] = [];
  const lower: number[] = [];
  for (const t of toks) {
    const k = t.sentence;
    nums[k] ??= 0;
    lower[k] ??= 0;
    if (DIGIT.test(t.token.text)) nums[k]++;
    else if (LOWER_START.test(t.token.text) && !lex.common.has(t.token.norm)) lower[k]++;
  }
  const out = new Set<number>();
  nums.forEach((n, k) => {
    if (n >= 1 && (lower[k] ?? 0) <= 2) out.add(k);
  });
  return out;
}
