/**
 * @module A light sentence splitter for reuse detection: line breaks, terminal punctuation before a
 * capital, and sentences glued together by a scraper ("...supply chains.Russian President") all end
 * a sentence. Spans index into the given text and exclude surrounding whitespace.
 */
import type { Span } from "../types.ts";

/** Terminal punctuation (+ closing quotes) then whitespace and an opening capital/digit/quote; or a glued boundary. */
const BOUNDARY = /(?<=[.!?…]["'’”)\]]*)(?:\s+(?=["'‘“([]?[\p{Lu}\p{N}])|(?<=\p{Ll}{2}[.!?]["'’”)\]]?)(?=\p{Lu}\p{Ll}))|\n+/gu;

/** Sentence spans of `text`, in order, trimmed, never empty. */
export function sentenceSpans(text: string): Span[] {
  const out: Span[] = [];
  let last = 0;
  const push = (a: number, b: number): void => {
    let s = a;
    let e = b;
    while (s < e && /\s/.test(text[s] ?? "")) s++;
    while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
    if (e > s) out.push([s, e]);
  };
  for (const m of text.matchAll(BOUNDARY)) {
    push(last, m.index);
    last = m.index + m[0].length;
  }
  push(last, text.length);
  return out;
}
