/**
 * @module What readers call each article: its outlet's name when an input named it, else a short
 * letter, so a report never shows a file's own name as an outlet.
 */
import { fileStem } from "./ingest/article.ts";
import type { Article } from "./types.ts";

/**
 * Whether an input named the article's outlet. Records that do not say (built before ingest kept
 * it) are read off the outlet: a file's own name is no outlet's name.
 */
export function outletKnown(a: Article): boolean {
  return a.outletKnown ?? a.outlet !== fileStem(a.origin);
}

/**
 * What readers see for each article: the outlet's name when an input named it, else a short
 * letter (A, B, … Z, AA, AB, …) given in the order of the articles' origins, so the same inputs
 * always get the same letters.
 */
export function articleLabels(articles: readonly Article[]): Map<string, string> {
  const ordered = [...articles].sort((a, b) => (a.origin < b.origin ? -1 : a.origin > b.origin ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let n = 0;
  return new Map(ordered.map((a) => [a.id, outletKnown(a) ? a.outlet : letters(n++)]));
}

/** 0 → "A", 25 → "Z", 26 → "AA", … */
export function letters(n: number): string {
  let s = "";
  for (let k = n + 1; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}
