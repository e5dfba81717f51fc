/**
 * @module A word scanner for story features: finds what the regex `[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*`
 * (u flag) matches — letters and digits, joined by single apostrophes, dots or hyphens — by
 * character codes instead of a global regex, so that reading an article allocates no match object
 * per word.
 */

const ALNUM = /^[\p{L}\p{N}]$/u;
/** BMP code units: 0 not yet classified, 1 letter or digit, 2 neither (ASCII filled in up front). */
const bmp = new Uint8Array(65536);
for (let c = 0; c < 128; c++) bmp[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;

/** Whether the code unit `c` (not a surrogate) is a letter or digit. */
function alnumUnit(c: number): boolean {
  let v = bmp[c] as number;
  if (v === 0) {
    v = ALNUM.test(String.fromCharCode(c)) ? 1 : 2;
    bmp[c] = v;
  }
  return v === 1;
}

/** Width (1, or 2 for a surrogate pair) of the letter or digit at `i`, or 0 when there is none. */
function alnumWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) return alnumUnit(c) ? 1 : 0;
  const cp = text.codePointAt(i) as number;
  if (cp <= 0xffff) return 0; // a lone surrogate
  return ALNUM.test(String.fromCodePoint(cp)) ? 2 : 0;
}

/** Index of the first letter or digit at or after `from`, or −1. */
export function wordStart(text: string, from: number): number {
  const n = text.length;
  for (let i = from; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (bmp[c] === 1) return i;
    } else if (alnumWidth(text, i) > 0) return i;
  }
  return -1;
}

/** End (exclusive) of the word that starts at `start` (a letter or digit). */
export function wordEnd(text: string, start: number): number {
  const n = text.length;
  let i = start;
  for (;;) {
    // A run of letters and digits.
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        if (bmp[c] !== 1) break;
        i++;
      } else {
        const w = alnumWidth(text, i);
        if (w === 0) break;
        i += w;
      }
    }
    // Joined to the next run by one apostrophe, dot or hyphen.
    const c = text.charCodeAt(i);
    if ((c === 39 || c === 0x2019 || c === 46 || c === 45) && i + 1 < n && alnumWidth(text, i + 1) > 0) {
      i++;
      continue;
    }
    return i;
  }
}
