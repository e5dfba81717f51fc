/**
 * @module Tokens for name finding: wink-nlp tokens with POS tags and character spans into the
 * given text, one line at a time so that line breaks always end a sentence. Also the default
 * sentence-start flags used when the caller gives none.
 */
import type { Token } from "../../types.ts";
import { segment } from "../../text/sentences.ts";

/** Tokenize `text` with the text stage's segmenter; spans index into `text`. Lines are tagged independently. */
export function tokenizeForNames(text: string): Token[] {
  const tokens: Token[] = [];
  let lineStart = 0;
  for (const line of text.split("\n")) {
    if (line.trim()) for (const s of segment(text, [lineStart, lineStart + line.length])) tokens.push(...s.tokens);
    lineStart += line.length + 1;
  }
  return tokens;
}

const TERMINAL = new Set([".", "!", "?", ":", ";", "...", "--"]);
const CLOSERS = /^["'’”)\]]+$/;

/**
 * Sentence-start flags for `tokens`: the first token, a token after a line break, or a token after
 * terminal punctuation (optionally followed by closing quotes or brackets).
 */
export function inferSentenceStarts(text: string, tokens: readonly Token[]): boolean[] {
  const out: boolean[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (i === 0) {
      out.push(true);
      continue;
    }
    const prev = tokens[i - 1];
    const gap = prev ? text.slice(prev.span[1], t.span[0]) : "";
    if (gap.includes("\n")) {
      out.push(true);
      continue;
    }
    let j = i - 1;
    while (j > 0 && CLOSERS.test(tokens[j]?.text ?? "")) j--;
    const p = tokens[j];
    out.push(p !== undefined && (TERMINAL.has(p.text) || /[.!?]$/.test(p.text) && p.text.length > 1 && p.pos === "PUNCT"));
  }
  return out;
}
