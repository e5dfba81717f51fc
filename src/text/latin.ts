/**
 * @module Latin letters beyond Latin-1 (ł, ş, ğ, ı, ș, ő, ř, ễ ...): their base letters, for
 * tokenizing ("Władysław" is one word) and for folding names ("Władysław" = "Wladyslaw").
 */

/** Latin Extended-A, -B and Additional. */
export const EXTENDED_LATIN = /[\u0100-\u024F\u1E00-\u1EFF]/gu;

/** Extended Latin letters that have no Unicode decomposition to a base letter. */
const BASE_LETTER: Readonly<Record<string, string>> = {
  ł: "l", Ł: "L", đ: "d", Đ: "D", ı: "i", ħ: "h", Ħ: "H", ŧ: "t", Ŧ: "T", ŀ: "l", Ŀ: "L", ŋ: "n", Ŋ: "N", ĸ: "k", ſ: "s", ƒ: "f", ɨ: "i", ʉ: "u", ƀ: "b", ɍ: "r", Ɍ: "R",
};

/** The base letter of one extended Latin letter ("ł" → "l", "Ş" → "S"), or null when it has none. */
export function baseLetter(ch: string): string | null {
  const base = BASE_LETTER[ch] ?? ch.normalize("NFD")[0] ?? ch;
  return /^[A-Za-z]$/.test(base) ? base : null;
}

/** `s` with every extended Latin letter that has a base letter replaced by it. */
export function toBaseLetters(s: string): string {
  return s.replace(EXTENDED_LATIN, (ch) => baseLetter(ch) ?? ch);
}
