/**
 * @module Word tokens for name matching: maximal runs of letters and digits (any script) with
 * their spans, and the rule for which separators may sit inside a multi-word name.
 */

export interface WordToken {
  readonly text: string;
  readonly span: readonly [number, number];
  /** Index of this token in the token list. */
  readonly index: number;
}

/** The last text tokenized and its tokens: alias matching and name-garble detection read the same article in turn. */
let last: { readonly text: string; readonly tokens: readonly WordToken[] } | null = null;

/** Letters/digits runs of `text`, with spans. */
export function wordTokens(text: string): readonly WordToken[] {
  if (last?.text === text) return last.tokens;
  const out: WordToken[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    const start = m.index;
    out.push({ text: m[0], span: [start, start + m[0].length], index: out.length });
  }
  last = { text, tokens: out };
  return out;
}

/**
 * May the characters between two tokens belong inside one name? Spaces, hyphens, dots,
 * apostrophes, slashes and quotes ("Su-57", "U.S.", "S. Jaishankar", "F/A-18") may; commas,
 * brackets, line breaks and long gaps may not, nor a full stop and space after a word longer
 * than an initial (a sentence end: "Moscow. Prime Minister").
 */
export function joinable(sep: string, prev?: string): boolean {
  if (sep === " ") return true;
  if (sep.length > 3 || !/^[ \u00a0\-‐‑‒–—.'’/&«»“”"]*$/u.test(sep) || /\.\s*\./.test(sep)) return false;
  return !(prev !== undefined && prev.length > 2 && /\.\s/.test(sep));
}

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/** Letters and digits of `s` only (case kept), for case checks of acronyms. */
export function lettersOf(s: string): string {
  return s.replace(NOT_LETTER_OR_DIGIT, "");
}
