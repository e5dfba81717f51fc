/**
 * @module Candidate name chunks: runs of name-like tokens joined by name-internal connectors
 * ("Bank of England", "Jean-Claude", "van der Sar", "Procter & Gamble"), then split where news
 * style glues several names together: titles and roles ("French President Jacques Chirac" →
 * "French" + "Jacques Chirac", the latter marked as titled) and nationality prefixes.
 */
import type { CasedToken } from "./casing.ts";
import { lexKey, type NameLexicon } from "./lexicon.ts";
import { isVocabularyWord } from "./vocab.ts";

/** A run of tokens [start, end) that may be a name. */
export interface RawChunk {
  readonly start: number;
  readonly end: number;
  /** A title or role word stood right before it inside the capitalized run. */
  readonly titled: boolean;
}

const PARTICLES = new Set([
  "de", "van", "von", "der", "den", "da", "di", "del", "della", "du", "la", "le", "dos", "das", "ter", "ten", "bin", "ibn", "al", "el", "y", "e", "zu",
]);
const OF_WORDS = new Set(["of", "for", "on"]);

/** The token text without a trailing period, lower-cased. */
export function bare(t: CasedToken): string {
  return t.token.norm.replace(/\.$/, "");
}

function gap(text: string, a: CasedToken, b: CasedToken): string {
  return text.slice(a.token.span[1], b.token.span[0]);
}

/** Whether the words `toks` form a phrase any lexicon set knows. */
export function knownPhrase(lex: NameLexicon, words: string): boolean {
  const k = lexKey(words);
  return (
    lex.knownOrgs.has(k) || lex.countries.has(k) || lex.cities.has(k) || lex.regions.has(k) || lex.nationalities.has(k)
  );
}

function isTitle(lex: NameLexicon, t: CasedToken): boolean {
  const b = bare(t);
  return lex.honorifics.has(b) || lex.roles.has(b);
}

/** A sentence-initial ordinary word glued to a name ("Former", "Controversial"), not itself a name. */
function isOpeningWord(lex: NameLexicon, t: CasedToken, next: CasedToken): boolean {
  const b = bare(t);
  if (knownPhrase(lex, b) || lex.givenNames.has(b) || isTitle(lex, t) || t.allCaps) return false;
  if (t.token.pos === "PROPN" && !isVocabularyWord(b)) return false;
  const n = bare(next);
  return lex.givenNames.has(n) || lex.nationalities.has(n) || isTitle(lex, next) || isPlaceWord(lex, n);
}

function isPlaceWord(lex: NameLexicon, k: string): boolean {
  return lex.countries.has(k) || lex.cities.has(k);
}

function isOrgHead(lex: NameLexicon, t: CasedToken): boolean {
  const b = bare(t);
  return lex.orgKeywords.has(b) || lex.orgSuffixes.has(b) || lex.placeKeywords.has(b) || lex.eventKeywords.has(b);
}

/** Index just past a run of lower-case name particles starting at `i` ("van der"), or `i` if none. */
function particleRun(toks: readonly CasedToken[], i: number): number {
  let m = i;
  while (m < i + 3 && toks[m] && PARTICLES.has(toks[m]?.token.text ?? "")) m++;
  return m;
}

/**
 * "and" inside one organization's name: "National Disaster Risk Reduction and Management Council"
 * (the words after "and" end with an organization's head noun, and those before do not), or
 * "Department of Social Welfare and Development" (the name so far is a head noun with "of").
 * Two names listed ("Smith and Jones", "France and Germany") are not joined.
 */
function organizationAnd(text: string, toks: readonly CasedToken[], lex: NameLexicon, start: number, andAt: number): boolean {
  const head = (t: CasedToken | undefined): boolean => t !== undefined && (lex.orgKeywords.has(bare(t)) || lex.orgSuffixes.has(bare(t)));
  const before = toks.slice(start, andAt);
  if (before.length >= 3 && head(before[0]) && OF_WORDS.has(before[1]?.token.norm ?? "")) return true;
  let k = andAt + 1;
  while (toks[k]?.nameLike && !toks[k]?.sentenceStart && !gap(text, toks[k - 1] as CasedToken, toks[k] as CasedToken).includes("\n")) k++;
  // One word before "and" is enough after "the": "the Food and Drug Administration".
  const article = toks[start - 1]?.token.norm === "the";
  return (before.length >= 2 || (article && before.length === 1)) && !head(before[before.length - 1]) && k - (andAt + 1) >= (article ? 1 : 2) && head(toks[k - 1]);
}

/** Find maximal runs of name-like tokens, with connectors, never crossing a line break. */
export function findRuns(text: string, toks: readonly CasedToken[], lex: NameLexicon): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < toks.length) {
    let runStart = i;
    if (!toks[i]?.nameLike) {
      const pEnd = particleRun(toks, i);
      const target = toks[pEnd];
      const before = toks[pEnd - 1];
      if (pEnd > i && target?.nameLike && before && !target.sentenceStart && !gap(text, before, target).includes("\n")) {
        runStart = i;
        i = pEnd;
      } else {
        i++;
        continue;
      }
    }
    const t = toks[i];
    if (!t) break;
    const following = toks[i + 1];
    if (runStart === i && lex.common.has(bare(t)) && !(following?.nameLike && !following.sentenceStart)) {
      i++;
      continue;
    }
    let end = i + 1;
    for (;;) {
      const last = toks[end - 1];
      const next = toks[end];
      if (!last || !next || next.sentenceStart || gap(text, last, next).includes("\n")) break;
      if (next.nameLike) {
        end++;
        continue;
      }
      const pEnd = particleRun(toks, end);
      const target = toks[pEnd];
      if (pEnd > end + 1 && target?.nameLike && !target.sentenceStart) {
        end = pEnd + 1;
        continue;
      }
      const after = toks[end + 1];
      if (!after?.nameLike || gap(text, next, after).includes("\n")) break;
      const n = next.token.norm;
      const tight = gap(text, last, next) === "" && gap(text, next, after) === "";
      const joins =
        (n === "-" && tight) ||
        n === "&" ||
        (PARTICLES.has(n) && !toks[end - 1]?.sentenceStart) ||
        (OF_WORDS.has(n) && isOrgHead(lex, last) && n !== "on") ||
        (n === "and" && (knownPhrase(lex, `${last.token.text} and ${after.token.text}`) || organizationAnd(text, toks, lex, runStart, end)));
      if (!joins) break;
      end += 2;
    }
    runs.push([runStart, end]);
    i = end;
  }
  return runs;
}

/** Split a run at titles/roles and nationality prefixes. */
export function splitRun(run: [number, number], toks: readonly CasedToken[], lex: NameLexicon): RawChunk[] {
  const [a0, b] = run;
  const words = toks.slice(a0, b).map((t) => t.token.text);
  if (knownPhrase(lex, words.join(" "))) return [{ start: a0, end: b, titled: false }];
  const lastTok = toks[b - 1];
  const head = toks[a0];
  const second = toks[a0 + 1];
  const a =
    head && second && b - a0 >= 2 && head.sentenceStart && isOpeningWord(lex, head, second) && !(lastTok && isOrgHead(lex, lastTok))
      ? a0 + 1
      : a0;
  const orgEnding = lastTok !== undefined && isOrgHead(lex, lastTok) && !isTitle(lex, lastTok);
  const out: RawChunk[] = [];
  let start = a;
  let titled = false;
  let k = a;
  while (k < b) {
    const t = toks[k];
    if (t && (isTitle(lex, t) || lex.titleModifiers.has(bare(t))) && !orgEnding) {
      let m = k;
      let real = false;
      while (m < b && toks[m]) {
        const w = toks[m] as CasedToken;
        if (isTitle(lex, w)) real = true;
        else if (!lex.titleModifiers.has(bare(w))) break;
        m++;
      }
      if (m < b && real) {
        if (k > start) out.push(...splitNationality({ start, end: k, titled }, toks, lex));
        start = m;
        titled = true;
        k = m;
        continue;
      }
    }
    k++;
  }
  if (start < b) out.push(...splitNationality({ start, end: b, titled }, toks, lex));
  return out;
}

/** "Russian Interfax" → "Russian" + "Interfax"; keeps "British Airways" (nationality + one org head). */
function splitNationality(c: RawChunk, toks: readonly CasedToken[], lex: NameLexicon): RawChunk[] {
  const len = c.end - c.start;
  if (len < 2) return [c];
  const words = toks.slice(c.start, c.end).map((t) => t.token.text);
  if (knownPhrase(lex, words.join(" "))) return [c];
  if (toks.slice(c.start, c.end).every((t) => lex.nationalities.has(bare(t)))) return [c];
  for (let n = Math.min(len - 1, 3); n >= 1; n--) {
    const head = words.slice(0, n).join(" ");
    if (!lex.nationalities.has(lexKey(head)) || lex.givenNames.has(lexKey(head))) continue;
    const rest = toks.slice(c.start + n, c.end);
    const tail = rest[rest.length - 1];
    if (tail && isOrgHead(lex, tail)) return [c];
    const only = rest[0];
    if (rest.length === 1 && only && isOrgHead(lex, only)) return [c];
    return [
      { start: c.start, end: c.start + n, titled: false },
      { start: c.start + n, end: c.end, titled: c.titled },
    ];
  }
  return [c];
}
