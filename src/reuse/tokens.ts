/**
 * @module Word tokens with character spans, for fingerprints and passage alignment. A word is a run
 * of letters or digits (inner apostrophes and hyphens kept); its key is lower-cased with curly
 * apostrophes folded, so typographic variants of a copy still match.
 */
import { hashString, mix32 } from "./hash.ts";

export interface WordTokens {
  /** Number of words. */
  readonly length: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Hash of each word's key. */
  readonly hashes: Uint32Array;
}

/** A word (what `wordTokens` scans for; `contentKey` uses it as is). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** The lower-cased comparison key of a word. */
export function wordKey(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes("’") ? lower.replace(/’/g, "'") : lower;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;

/** Whether ASCII code `c` is a letter or digit. */
function asciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** Code units of the non-ASCII letter or digit at `i` (2 for an astral one), or 0 when there is none. */
function otherWordChar(text: string, i: number): number {
  LETTER_OR_DIGIT.lastIndex = i;
  const m = LETTER_OR_DIGIT.exec(text);
  return m ? m[0].length : 0;
}

/** Code units of the letter or digit at `i`, or 0. */
function wordChar(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return asciiWordChar(c) ? 1 : 0;
  return Number.isNaN(c) ? 0 : otherWordChar(text, i);
}

/**
 * Tokenize `text` into words with spans and key hashes: the words of `WORD`, scanned by hand. An
 * ASCII word is hashed as it is read, exactly as `hashString(wordKey(word))`; others go through it.
 */
export function wordTokens(text: string): WordTokens {
  let n = 0;
  const len = text.length;
  let i = 0;
  while (i < len) {
    let c = text.charCodeAt(i);
    if (c < 128 ? !asciiWordChar(c) : otherWordChar(text, i) === 0) {
      i++;
      continue;
    }
    const start = i;
    let h = 0x811c9dc5;
    let ascii = true;
    for (;;) {
      // a run of letters and digits
      for (;;) {
        if (c < 128) {
          if (!asciiWordChar(c)) break;
          h = Math.imul(h ^ (c <= 90 && c >= 65 ? c + 32 : c), 0x01000193);
          i++;
        } else {
          const w = Number.isNaN(c) ? 0 : otherWordChar(text, i);
          if (w === 0) break;
          ascii = false;
          i += w;
        }
        c = text.charCodeAt(i);
      }
      // an inner apostrophe or hyphen joins the next run
      if (c !== 39 && c !== 45 && c !== 0x2019) break;
      if (wordChar(text, i + 1) === 0) break;
      if (c === 0x2019) ascii = false;
      h = Math.imul(h ^ c, 0x01000193);
      i++;
      c = text.charCodeAt(i);
    }
    if (3 * n + 3 > scratch.length) {
      const bigger = new Int32Array(scratch.length * 2);
      bigger.set(scratch);
      scratch = bigger;
    }
    scratch[3 * n] = start;
    scratch[3 * n + 1] = i;
    scratch[3 * n + 2] = ascii ? mix32(h) : hashString(wordKey(text.slice(start, i)));
    n++;
  }
  // One allocation for the three arrays (typed-array allocation, not scanning, dominated the cost).
  const out = new Int32Array(3 * n);
  for (let w = 0; w < n; w++) {
    out[w] = scratch[3 * w] as number;
    out[n + w] = scratch[3 * w + 1] as number;
    out[2 * n + w] = scratch[3 * w + 2] as number;
  }
  return { length: n, starts: out.subarray(0, n), ends: out.subarray(n, 2 * n), hashes: new Uint32Array(out.buffer, 8 * n, n) };
}

/** Scratch for `wordTokens`: start, end and hash of each word, interleaved. */
let scratch = new Int32Array(3 * 1024);

/** Text normalized for exact-duplicate detection: word keys joined by single spaces. */
export function contentKey(text: string): string {
  const words = text.match(WORD);
  return words ? words.map(wordKey).join(" ") : "";
}
