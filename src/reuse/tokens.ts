/**
 * @module Word tokens with character spans, for fingerprints and passage alignment. A word is a run
 * of letters or digits (inner apostrophes and hyphens kept); its key is lower-cased with curly
 * apostrophes folded, so typographic variants of a copy still match.
 */
import { hashString } from "./hash.ts";

export interface WordTokens {
  /** Number of words. */
  readonly length: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Hash of each word's key. */
  readonly hashes: Uint32Array;
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** The lower-cased comparison key of a word. */
export function wordKey(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}

/** Tokenize `text` into words with spans and key hashes. */
export function wordTokens(text: string): WordTokens {
  const starts: number[] = [];
  const ends: number[] = [];
  const hashes: number[] = [];
  for (const m of text.matchAll(WORD)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    hashes.push(hashString(wordKey(m[0])));
  }
  return { length: starts.length, starts: Int32Array.from(starts), ends: Int32Array.from(ends), hashes: Uint32Array.from(hashes) };
}

/** Text normalized for exact-duplicate detection: word keys joined by single spaces. */
export function contentKey(text: string): string {
  const words = text.match(WORD);
  return words ? words.map(wordKey).join(" ") : "";
}
