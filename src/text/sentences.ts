/**
 * @module Sentence segmentation and tokenization of one block of text with wink-nlp, with
 * character spans into the article's normalized text. Sentences glued together by a scraper
 * ("...supply chains.Russian President ...") are split before wink sees them.
 */
import type { Span, Token } from "../types.ts";
import { baseLetter, EXTENDED_LATIN } from "./latin.ts";
import { nlp } from "./nlp.ts";

export interface RawSentence {
  readonly span: Span;
  readonly tokens: readonly Token[];
}

/** Lower-case word + terminal punctuation + capitalized word with no space between: a glued boundary. */
const GLUED = /(?<=\p{Ll}{2}[.!?]["')\]]?)(?=\p{Lu}\p{Ll})/gu;

/** Split `text[span]` into sentences with tokens; all spans index into `text`. */
export function segment(text: string, span: Span): readonly RawSentence[] {
  const out: RawSentence[] = [];
  const chunk = text.slice(span[0], span[1]);
  let last = 0;
  const pieces: [number, number][] = [];
  for (const m of chunk.matchAll(GLUED)) {
    pieces.push([last, m.index]);
    last = m.index;
  }
  pieces.push([last, chunk.length]);
  for (const [a, b] of pieces) {
    if (chunk.slice(a, b).trim()) out.push(...segmentPiece(text, span[0] + a, span[0] + b));
  }
  return out;
}

/**
 * The text with each extended Latin letter replaced by its base letter, one code unit for one,
 * so wink-nlp reads "Władysław" or "Erdoğan" as one word; offsets are unchanged, and token text
 * is taken from the original.
 */
export function wordShadow(text: string): string {
  return text.replace(EXTENDED_LATIN, (ch) => baseLetter(ch) ?? (ch === ch.toUpperCase() ? "X" : "x"));
}

/** Longest run of non-space characters the tokenizer is given whole. */
export const MAX_RUN = 64;

/**
 * The text with every run of more than MAX_RUN non-space characters cut by spaces (each
 * (MAX_RUN+1)th character becomes one), offsets unchanged: wink-nlp's abbreviation check is
 * quadratic in a token's length (80 KB of one token took 6 s), and no real word is that long.
 */
export function breakLongRuns(text: string): string {
  if (!hasLongRun(text)) return text;
  return text.replace(/\S{65,}/g, (run) => run.replace(/(\S{64})\S/g, "$1 "));
}

/** Code units that `\s` matches in a regular expression (white space and line terminators). */
function isSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Does the text hold more than MAX_RUN non-space code units in a row? (One linear pass; the regex tries every start.) */
function hasLongRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) run = 0;
    else if (++run > MAX_RUN) return true;
  }
  return false;
}

function segmentPiece(text: string, start: number, end: number): RawSentence[] {
  const piece = text.slice(start, end);
  const shadow = breakLongRuns(wordShadow(piece));
  const its = nlp().its;
  const doc = nlp().readDoc(shadow);
  const sentences: RawSentence[] = [];
  let cursor = 0;
  // Token values, tags and lemmas are read for the whole piece at once, then cut by sentence.
  // wink-nlp's `its.*` helpers are plain functions passed by reference, by design of its API.
  /* eslint-disable @typescript-eslint/unbound-method */
  const values: string[] = doc.tokens().out(its.value);
  const pos: string[] = doc.tokens().out(its.pos);
  // wink-nlp's typings declare its.lemma with a narrower signature than ItsFunction; it works at run time.
  const lemmas: string[] = doc.tokens().out(its.lemma as never);
  const spans = doc.sentences().out(its.span) as unknown as readonly (readonly [number, number])[];
  /* eslint-enable @typescript-eslint/unbound-method */
  for (const [from, to] of spans) {
    const tokens: Token[] = [];
    for (let i = from; i <= to; i++) {
      const value = values[i];
      if (value === undefined) continue;
      const at = shadow.indexOf(value, cursor);
      if (at < 0) continue; // wink never rewrites token text; guard anyway
      cursor = at + value.length;
      const original = piece.slice(at, at + value.length);
      const shadowed = original !== value;
      const norm = intern(original.toLowerCase());
      // A shadowed word (a name with ł or ş, mostly) keeps its own spelling as its lemma; a lemma
      // that is the word itself is the word's interned string.
      const lemma = shadowed ? norm : String(lemmas[i] ?? value).toLowerCase();
      tokens.push({
        text: original,
        span: [start + at, start + at + value.length],
        pos: pos[i] ?? "X",
        lemma: lemma === norm ? norm : intern(lemma),
        norm,
      });
    }
    const first = tokens[0];
    const lastTok = tokens[tokens.length - 1];
    if (first && lastTok) sentences.push({ span: [first.span[0], lastTok.span[1]], tokens });
  }
  return rejoinDecimals(sentences);
}

/** Distinct token forms kept for sharing before the table starts over. */
const INTERNED = 1 << 18;
const interned = new Map<string, string>();

/**
 * One string per distinct lower-cased form: a story of thousands of articles repeats the same few
 * thousand words, and each token's lemma and norm then cost a pointer instead of a string.
 */
function intern(s: string): string {
  const known = interned.get(s);
  if (known !== undefined) return known;
  if (interned.size >= INTERNED) interned.clear();
  interned.set(s, s);
  return s;
}

const DIGIT_START = /^\p{N}/u;
const DIGIT_END = /\p{N}$/u;

/**
 * wink-nlp splits a decimal glued to letters ("R7.2bn", "3.02am") at its point, often into two
 * sentences. A boundary with no space after a digit and a point, before a digit, is rejoined, and
 * the three tokens become one; so is a boundary inside parentheses (insideParentheses) or before a
 * lower-case word (lowerStart).
 */
function rejoinDecimals(sentences: RawSentence[]): RawSentence[] {
  const out: RawSentence[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    const head = s.tokens[0];
    const tail = prev?.tokens[prev.tokens.length - 1];
    if (prev && head && tail && ((tail.text === "." && tail.span[1] === head.span[0] && DIGIT_START.test(head.text)) || insideParentheses(prev, s) || lowerStart(tail, head))) {
      out[out.length - 1] = { span: [prev.span[0], s.span[1]], tokens: [...prev.tokens, ...s.tokens] };
    } else out.push(s);
  }
  return out.map((s) => ({ span: s.span, tokens: joinDecimalTokens(s.tokens) }));
}

/**
 * Whether a boundary falls before a lower-case word after a point that ends an abbreviation or a
 * name ("200 W. American Blvd. with her husband", "on the E! network which premiered", "TMZ.
 * com"): a sentence of news starts with a capital, a digit or a quote, never a lower-case word.
 */
function lowerStart(tail: Token, head: Token): boolean {
  return /[.!?]$/.test(tail.text) && /^\p{Ll}/u.test(head.text);
}

/**
 * Whether a boundary falls inside parentheses: the sentence before opens more than it closes, and
 * the next closes one before it opens any ("135-156 (. 464) record": no sentence starts at "464)").
 */
function insideParentheses(prev: RawSentence, next: RawSentence): boolean {
  let depth = 0;
  for (const t of prev.tokens) depth += t.text === "(" ? 1 : t.text === ")" ? -1 : 0;
  if (depth <= 0) return false;
  for (const t of next.tokens) {
    if (t.text === "(") return false;
    if (t.text === ")") return true;
  }
  return false;
}

function joinDecimalTokens(tokens: readonly Token[]): readonly Token[] {
  let changed = false;
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i] as Token;
    const dot = tokens[i + 1];
    const b = tokens[i + 2];
    if (dot && a.span[1] === dot.span[0] && dot.text !== "." && DIGIT_END.test(a.text) && DIGIT_START.test(dot.text)) {
      // "10.35am" read as "10.3" + "5am": two number pieces with nothing between them.
      const text = a.text + dot.text;
      out.push({ text, span: [a.span[0], dot.span[1]], pos: "NUM", lemma: text.toLowerCase(), norm: text.toLowerCase() });
      i += 1;
      changed = true;
    } else if (dot && b && dot.text === "." && a.span[1] === dot.span[0] && dot.span[1] === b.span[0] && DIGIT_END.test(a.text) && DIGIT_START.test(b.text)) {
      const text = a.text + "." + b.text;
      out.push({ text, span: [a.span[0], b.span[1]], pos: "NUM", lemma: text.toLowerCase(), norm: text.toLowerCase() });
      i += 2;
      changed = true;
    } else out.push(a);
  }
  return changed ? out : tokens;
}

/** Tokens of an arbitrary string (spans relative to it), for matching and similarity. */
export function tokenize(text: string): readonly Token[] {
  return segment(text, [0, text.length]).flatMap((s) => s.tokens);
}
