/**
 * @module Name folding for matching: case, spacing, hyphens, punctuation, diacritics and
 * British/American spelling ("Su 57" = "SU-57" = "Su57"; "Defence" = "Defense"). Script
 * conversions (homoglyphs, transliteration) live in script.ts.
 */
import { toBaseLetters } from "../text/latin.ts";

/** British → American spellings, applied to lower-cased text before separators are dropped. */
const SPELLING: readonly (readonly [RegExp, string])[] = [
  [/defence/g, "defense"],
  [/offence/g, "offense"],
  [/licence/g, "license"],
  [/programme/g, "program"],
  [/isation/g, "ization"],
  [/ising\b/g, "izing"],
  [/centre/g, "center"],
  [/metre/g, "meter"],
  [/armour/g, "armor"],
  [/labour/g, "labor"],
  [/harbour/g, "harbor"],
  [/honour/g, "honor"],
  [/favour/g, "favor"],
  [/neighbour/g, "neighbor"],
  [/kilometre/g, "kilometer"],
  [/travell/g, "travel"],
  [/\bgrey\b/g, "gray"],
];

/** Drop combining marks (diacritics) while keeping precomposed non-Latin letters intact. */
function stripMarks(s: string): string {
  return toBaseLetters(
    s
      .normalize("NFKD")
      .replace(/([A-Za-z])\p{M}+/gu, "$1")
      .normalize("NFC"),
  );
}

/** Lower-case, American spelling, diacritics dropped; keeps separators. */
export function normalizeWords(s: string): string {
  let out = stripMarks(s).toLowerCase().replace(/[’‘`´]/g, "'");
  for (const [re, to] of SPELLING) out = out.replace(re, to);
  return out;
}

/**
 * The key used for matching names: lower case, American spelling, no diacritics, and no
 * spaces, hyphens or punctuation ("Sukhoi Su-57" → "sukhoisu57", "Ministry of Defence" →
 * "ministryofdefense"). Letters of every script are kept.
 */
export function foldName(s: string): string {
  const hit = memo.get(s);
  if (hit !== undefined) return hit;
  const out = normalizeWords(s).replace(/[^\p{L}\p{N}]+/gu, "");
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(s, out);
  return out;
}

/** Folding is pure and words repeat, so short inputs are memoised (bounded). */
const memo = new Map<string, string>();
const MEMO_LIMIT = 100_000;

/** Damerau–Levenshtein distance (optimal string alignment), capped at `max + 1`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) row.push(i === 0 ? j : 0);
    rows.push(row);
  }
  const at = (i: number, j: number): number => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i];
    if (!row) continue;
    let best = Number.POSITIVE_INFINITY;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, at(i - 2, j - 2) + 1);
      row[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
  }
  return Math.min(at(a.length, b.length), max + 1);
}
