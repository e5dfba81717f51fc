/**
 * @module Sentence segmentation and tokenization of one block of text with wink-nlp, with
 * character spans into the article's normalized text. Sentences glued together by a scraper
 * ("...supply chains.Russian President ...") are split before wink sees them.
 */
import type { Span, Token } from "../types.ts";
import type { ItemSentence } from "wink-nlp";
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

function segmentPiece(text: string, start: number, end: number): RawSentence[] {
  const piece = text.slice(start, end);
  const shadow = wordShadow(piece);
  const its = nlp().its;
  const doc = nlp().readDoc(shadow);
  const sentences: RawSentence[] = [];
  let cursor = 0;
  // wink-nlp's `its.*` helpers are plain functions passed by reference, by design of its API.
  /* eslint-disable @typescript-eslint/unbound-method */
  doc.sentences().each((s: ItemSentence) => {
    const values = s.tokens().out(its.value);
    const pos = s.tokens().out(its.pos);
    // wink-nlp's typings declare its.lemma with a narrower signature than ItsFunction; it works at run time.
    const lemmas: string[] = s.tokens().out(its.lemma as never);
    /* eslint-enable @typescript-eslint/unbound-method */
    const tokens: Token[] = [];
    values.forEach((value: string, i: number) => {
      const at = shadow.indexOf(value, cursor);
      if (at < 0) return; // wink never rewrites token text; guard anyway
      cursor = at + value.length;
      const original = piece.slice(at, at + value.length);
      const shadowed = original !== value;
      tokens.push({
        text: original,
        span: [start + at, start + at + value.length],
        pos: pos[i] ?? "X",
        // A shadowed word (a name with ł or ş, mostly) keeps its own spelling as its lemma.
        lemma: shadowed ? original.toLowerCase() : String(lemmas[i] ?? value).toLowerCase(),
        norm: original.toLowerCase(),
      });
    });
    const first = tokens[0];
    const lastTok = tokens[tokens.length - 1];
    if (first && lastTok) sentences.push({ span: [first.span[0], lastTok.span[1]], tokens });
  });
  return sentences;
}

/** Tokens of an arbitrary string (spans relative to it), for matching and similarity. */
export function tokenize(text: string): readonly Token[] {
  return segment(text, [0, text.length]).flatMap((s) => s.tokens);
}
