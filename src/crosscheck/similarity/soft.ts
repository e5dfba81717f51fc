/**
 * @module Soft term matching: two stems match softly when they share a long prefix
 * ("negotiat"/"negotiator") or differ by one edit on long words (spelling variants).
 */

/** Shared prefix needed for a prefix match. */
export const MIN_PREFIX = 5;
/** Share of the longer stem the shared prefix must cover. */
export const MIN_PREFIX_SHARE = 0.75;
/** Length from which one edit still counts as the same word. */
export const MIN_EDIT_LENGTH = 6;

/** Whether two different alphabetic stems are morphological or spelling variants of each other. */
export function softMatch(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  const n = la < lb ? la : lb;
  const m = la < lb ? lb : la;
  let p = 0;
  while (p < n && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  if (p >= MIN_PREFIX && p >= m * MIN_PREFIX_SHARE) return true;
  if (m < MIN_EDIT_LENGTH || m - n > 1) return false;
  // Levenshtein distance ≤ 1 ⟺ the common prefix and the common suffix together leave at most one character.
  let s = 0;
  while (s < n - p && a.charCodeAt(la - 1 - s) === b.charCodeAt(lb - 1 - s)) s++;
  return p + s >= m - 1;
}
