/**
 * @module Quoted speech in normalized text (straight quotes only; see normalize.ts). Two articles
 * that quote the same statement share its words without one copying the other, so reuse detection
 * and the copy test look at what articles say around a quotation, not inside it.
 */
import type { Span } from "../types.ts";

/** A double-quoted passage, or one opened and not closed on its line (a quote running on). */
const DOUBLE = /"[^"\n]*(?:"|$)/gm;
/** A single-quoted passage: opened after a space or bracket, closed before a space, punctuation or the line end. */
const SINGLE = /(?<=^|[\s([])'(?=\S)[^'\n]*?\S'(?=$|[\s.,;:!?)\]])/gm;

/** The text without its quoted passages, spaces collapsed. */
export function outsideQuotes(text: string): string {
  return text.replace(DOUBLE, " ").replace(SINGLE, " ").replace(/\s+/g, " ").trim();
}

const words = (s: string): number => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Character spans of the quoted passages of at least three words, in order. */
export function quotedSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const re of [DOUBLE, SINGLE]) for (const m of text.matchAll(re)) if (words(m[0]) >= 3) out.push([m.index, m.index + m[0].length]);
  return out.sort((a, b) => a[0] - b[0]);
}

/** Whether the text quotes someone (holds a quoted passage of at least three words). */
export function hasQuotation(text: string): boolean {
  return quotedSpans(text).length > 0;
}
