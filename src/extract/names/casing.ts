/**
 * @module Capitalization evidence per token: which sentences are all-caps headlines, how each word
 * is cased elsewhere in the document (document-level truecasing), and whether a token looks like
 * the start or continuation of a proper name.
 */
import type { Token } from "../../types.ts";
import type { NameLexicon } from "./lexicon.ts";
import { isVocabularyWord } from "./vocab.ts";
import { findDatelines, findSportLabel, titleCaseSentences } from "./lines.ts";

const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const NON_LETTERS = /[^\p{L}]/gu;
const ALL_LETTERS = /^\p{L}+$/u;
const HAS_LETTER = /\p{L}/u;

export interface CasedToken {
  readonly token: Token;
  readonly index: number;
  /** Index of the sentence (by sentence-start flags). */
  readonly sentence: number;
  readonly sentenceStart: boolean;
  /** The token's sentence is written mostly in capitals (a headline). */
  readonly capsLine: boolean;
  /** Starts with an upper-case letter. */
  readonly upper: boolean;
  /** Has letters, none lower-case, at least two letters (an acronym or an all-caps word). */
  readonly allCaps: boolean;
  /** Judged to be part of a proper name by casing, lexicon and document evidence. */
  readonly nameLike: boolean;
  /** The token's sentence is a dateline ("LONDON 1996-08-30", "NICE , France 1996-08-30"). */
  readonly dateline: boolean;
}

const FUNCTION_POS = new Set(["DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX", "PART"]);
const OPENERS = /^["'‘“([-]+$/u;
interface CaseStats {
  lower: number;
  upperMid: number;
}
const NO_STATS: Readonly<CaseStats> = { lower: 0, upperMid: 0 };

/** The lexicon's name entries in one set, and the first words of its multi-word ones. */
interface NameWords {
  readonly all: ReadonlySet<string>;
  readonly phraseStarts: ReadonlySet<string>;
}

const nameWordsOf = new WeakMap<NameLexicon, NameWords>();

/** Words known to the lexicon as (part of) a name on their own: given names, places, nationalities, known organizations, other names. */
function nameWords(lex: NameLexicon): NameWords {
  let words = nameWordsOf.get(lex);
  if (words) return words;
  const all = new Set<string>();
  for (const list of [lex.givenNames, lex.countries, lex.cities, lex.regions, lex.nationalities, lex.knownOrgs, lex.otherMisc]) for (const w of list) all.add(w);
  const phraseStarts = new Set<string>();
  for (const w of all) if (w.includes(" ")) phraseStarts.add(w.slice(0, w.indexOf(" ")));
  words = { all, phraseStarts };
  nameWordsOf.set(lex, words);
  return words;
}

/** A trailing full stop dropped ("jan." → "jan"). */
function undotted(norm: string): string {
  return norm.endsWith(".") ? norm.slice(0, -1) : norm;
}

/** Compute casing evidence for every token of a document. */
export function caseTokens(
  tokens: readonly Token[],
  sentenceStart: readonly boolean[],
  lex: NameLexicon,
  options: { sportsReport?: boolean } = {},
): CasedToken[] {
  const read = readCase(tokens, sentenceStart, lex);
  const { sentenceOf, capsSentence, starts, upperStart } = read;
  const datelines = findDatelines(tokens, sentenceOf);
  const names = nameWords(lex);
  const scene: CaseScene = { ...read, tokens, sentenceStart, lex, names, options, sportLabel: findSportLabel(tokens, lex), inPhrase: knownPhraseTokens(tokens, sentenceOf, lex, names) };
  const cased = tokens.map((token, index): CasedToken => {
    const sentence = sentenceOf[index] ?? 0;
    const capsLine = capsSentence[sentence] ?? false;
    const start = starts[index] ?? false;
    const dateline = datelines.has(sentence);
    const upper = upperStart[index] ?? false;
    const allCaps = read.letter[index] === true && !read.lower[index] && token.text.replace(NON_LETTERS, "").length >= 2;
    const nameLike = isNameLike(scene, index, { capsLine, start, dateline, upper, allCaps });
    return { token, index, sentence, sentenceStart: start, capsLine, upper, allCaps, nameLike, dateline };
  });
  continueHeadlineNames(cased, lex);
  return cased;
}

/** Each token's sentence and letter case, each sentence's case (a headline in capitals or title case), and how often each word is written in lower case or capitalized inside a sentence. */
interface CaseRead {
  readonly sentenceOf: readonly number[];
  readonly letter: readonly boolean[];
  readonly lower: readonly boolean[];
  readonly upperStart: readonly boolean[];
  readonly capsSentence: readonly boolean[];
  readonly starts: readonly boolean[];
  readonly stats: ReadonlyMap<string, CaseStats>;
}

/** What isNameLike reads of the text. */
interface CaseScene extends CaseRead {
  readonly tokens: readonly Token[];
  readonly sentenceStart: readonly boolean[];
  readonly lex: NameLexicon;
  readonly names: NameWords;
  readonly options: { sportsReport?: boolean };
  readonly sportLabel: ReadonlySet<number>;
  readonly inPhrase: ReadonlySet<number>;
}

function readCase(tokens: readonly Token[], sentenceStart: readonly boolean[], lex: NameLexicon): CaseRead {
  const sentenceOf: number[] = [];
  let s = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (i === 0 || sentenceStart[i]) s++;
    sentenceOf.push(Math.max(s, 0));
  }
  // Each token's letter case, read once.
  const letter = tokens.map((t) => HAS_LETTER.test(t.text));
  const lower = tokens.map((t) => HAS_LOWER.test(t.text));
  const upperStart = tokens.map((t) => UPPER_START.test(t.text));
  // Per sentence: words, and words with no lower-case letter.
  const words = new Array<number>(s + 1).fill(0);
  const caps = new Array<number>(s + 1).fill(0);
  tokens.forEach((_, i) => {
    if (!letter[i]) return;
    const k = sentenceOf[i] ?? 0;
    words[k]!++;
    if (!lower[i]) caps[k]!++;
  });
  const capsSentence = words.map((n, k) => n >= 2 && caps[k]! / n >= 0.7);
  for (const k of titleCaseSentences(tokens, sentenceOf, lex, { letter, upperStart })) capsSentence[k] = true;
  const starts = tokens.map((_, index) => {
    const prevTok = tokens[index - 1];
    return (
      index === 0 ||
      (sentenceStart[index] ?? false) ||
      (prevTok !== undefined && OPENERS.test(prevTok.text) && (index === 1 || (sentenceStart[index - 1] ?? false)))
    );
  });
  const stats = new Map<string, CaseStats>();
  tokens.forEach((t, i) => {
    if (!letter[i] || capsSentence[sentenceOf[i] ?? 0]) return;
    let st = stats.get(t.norm);
    if (!st) {
      st = { lower: 0, upperMid: 0 };
      stats.set(t.norm, st);
    }
    if (!upperStart[i]) st.lower++;
    else if (!starts[i] && lower[i]) st.upperMid++;
  });
  return { sentenceOf, letter, lower, upperStart, capsSentence, starts, stats };
}

/** May the token at `index` be part of a name, by its case, its place in the sentence and how the text writes the word elsewhere? */
function isNameLike(scene: CaseScene, index: number, at: { capsLine: boolean; start: boolean; dateline: boolean; upper: boolean; allCaps: boolean }): boolean {
  const { tokens, sentenceStart, lex, names, options, sportLabel, inPhrase, starts, upperStart, lower, stats } = scene;
  const { capsLine, start, dateline, upper, allCaps } = at;
  const token = tokens[index] as Token;
  // Most tokens are not capitalized: they are answered before any evidence is gathered.
  if (!upper || token.pos === "PUNCT" || token.pos === "NUM") return false;
  const st = stats.get(token.norm) ?? NO_STATS;
  const norm = undotted(token.norm);
  const known = names.all.has(token.norm) || names.all.has(norm);
  const nextTok = tokens[index + 1];
  const nameAfter =
    nextTok !== undefined && !(starts[index + 1] ?? false) && upperStart[index + 1] === true && lower[index + 1] === true &&
    !lex.calendar.has(undotted(nextTok.norm));
  const prevTok = tokens[index - 1];
  const nameBefore = prevTok !== undefined && !start && upperStart[index - 1] === true && prevTok.pos === "PROPN";
  const blocked =
    (lex.calendar.has(norm) &&
      !(norm.length <= 3 && nameAfter) &&
      !(nameBefore && (lex.orgKeywords.has(norm) || lex.givenNames.has(prevTok?.norm ?? "")))) ||
    sportLabel.has(index) ||
    token.pos === "PUNCT" || token.pos === "NUM" || token.pos === "SYM";
  if (inPhrase.has(index)) return true;
  if (blocked) return false;
  if (dateline) return true;
  // A capitalized auxiliary inside a sentence, before a name, is a first name ("by Will Artino").
  if (token.pos === "AUX" && !start && !capsLine && !allCaps && nameAfter) return true;
  if (FUNCTION_POS.has(token.pos) && !known && !(allCaps && !capsLine)) return false;
  if (capsLine) {
    const letters = token.text.replace(NON_LETTERS, "").length;
    return known || st.upperMid > st.lower || lex.honorifics.has(norm) || (st.lower === 0 && letters >= 3 && !lex.common.has(norm) && !vocab(token));
  }
  if (start) {
    const nextName =
      nextTok !== undefined && !(sentenceStart[index + 1] ?? false) && upperStart[index + 1] === true && nextTok.pos === "PROPN";
    return (
      !(lex.common.has(norm) && !known) &&
      (known ||
        (st.upperMid > 0 && st.upperMid >= st.lower) ||
        (allCaps && token.pos !== "PRON" && token.pos !== "DET") ||
        (st.lower === 0 && !vocab(token) && token.pos !== "VERB" && token.pos !== "ADV") ||
        (st.lower === 0 && nextName && token.pos !== "VERB" && token.pos !== "ADV") ||
        (options.sportsReport === true && beforeNumber(tokens, index)))
    );
  }
  return !(token.text === "I" || (st.lower > 0 && st.upperMid === 0 && !known && !allCaps && lex.common.has(norm)));
}

/** In headlines, a keyword continues the name before it ("WESTERN DIVISION", "GOLD COAST"). */
function continueHeadlineNames(cased: CasedToken[], lex: NameLexicon): void {
  for (let i = 1; i < cased.length; i++) {
    const t = cased[i];
    const prev = cased[i - 1];
    if (!t || !prev || !t.capsLine || t.nameLike || !prev.nameLike || prev.sentence !== t.sentence) continue;
    const k = t.token.norm;
    if (lex.eventKeywords.has(k) || lex.orgKeywords.has(k) || lex.placeKeywords.has(k)) cased[i] = { ...t, nameLike: true };
  }
}

/** The word, or its lemma, is ordinary English vocabulary. */
function vocab(t: Token): boolean {
  const norm = t.norm.replace(/\.$/, "");
  return isVocabularyWord(norm) || (t.lemma !== norm && ALL_LETTERS.test(t.lemma) && isVocabularyWord(t.lemma));
}

/** Token indices covered by a multi-word lexicon phrase ("New York", "SAN DIEGO", "Sri Lanka"). */
function knownPhraseTokens(tokens: readonly Token[], sentenceOf: readonly number[], lex: NameLexicon, names: NameWords): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (!first || !UPPER_START.test(first.text)) continue;
    // A phrase's first word, lower-cased, opens some multi-word entry (tokens hold no spaces).
    if (!names.phraseStarts.has(first.text.toLowerCase()) && !first.text.includes(" ")) continue;
    for (let n = Math.min(lex.maxPhrase, tokens.length - i); n >= 2; n--) {
      const last = tokens[i + n - 1];
      if (!last || sentenceOf[i + n - 1] !== sentenceOf[i] || !UPPER_START.test(last.text)) continue;
      const words = tokens.slice(i, i + n).map((t) => t.text).join(" ");
      if (names.all.has(words.toLowerCase())) {
        for (let j = i; j < i + n; j++) out.add(j);
        i += n - 1;
        break;
      }
    }
  }
  return out;
}

/** A capitalized word, possibly followed by more, then a number: a results or table row ("Stoke 2 2 0"). */
function beforeNumber(tokens: readonly Token[], index: number): boolean {
  for (let j = index + 1; j < tokens.length && j <= index + 3; j++) {
    const t = tokens[j];
    if (!t) return false;
    if (t.pos === "NUM" || /^\d/.test(t.text)) return true;
    if (!UPPER_START.test(t.text)) return false;
  }
  return false;
}

