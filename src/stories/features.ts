/**
 * @module Story features of one article: stemmed content words (title words weighted up) and
 * entity keys — capitalized names ("vladimir putin"), designations ("s-400") and numbers with
 * their unit ("#140 fighter") — as term-frequency maps. Plain regexes, no NLP model: this runs
 * on every article of a day's news. `docWords` stops before stemming, for callers that cache
 * word → term look-ups.
 */
import { stem, STOP_WORDS } from "./stem.ts";
import { wordEnd, wordStart } from "./words.ts";

export interface FeatureOptions {
  /** How many times a title word counts (default 3). */
  readonly titleWeight?: number;
  /** Words of body text read (default 1500; the lead of a news article carries its story). */
  readonly maxWords?: number;
}

export interface DocFeatures {
  /** Stem → weighted count. */
  readonly terms: Map<string, number>;
  /** Entity key → weighted count. */
  readonly entities: Map<string, number>;
}

/** An article's words before stemming: what `docFeatures` stems into terms (see `termOf`). */
export interface DocWords {
  /** Lower-cased word → weighted count, in order of first occurrence. */
  readonly words: Map<string, number>;
  /** Entity key → weighted count. */
  readonly entities: Map<string, number>;
}

/** A name: capitalized words (or designations with digits), optionally joined by a lower-case particle. */
const NAME = /(?:\p{Lu}[\p{L}\p{N}'’-]*|\p{Lu}{1,4}-?\p{N}+[\p{L}\p{N}-]*)(?:[ \t]+(?:(?:of|de|al|bin|von|van|la|le|del|da)[ \t]+)?(?:\p{Lu}[\p{L}\p{N}'’-]*))*/gu;
const NUMBER_UNIT = /(?<![\p{L}\p{N}.,-])(\d[\d,.]*)[ \t]+(?:[\p{L}\p{N}-]+[ \t]+)?([\p{Ll}][\p{Ll}-]{2,})/gu;
/** Characters after which a capitalized word starts a sentence, heading, list item or table cell. */
const OPENERS = new Set([".", "!", "?", ":", ";", '"', "“", "”", "|", "-", "*", "•", "(", "\n", "—", "–"]);

export function docFeatures(title: string | null, text: string, extraEntities: readonly string[] = [], options: FeatureOptions = {}): DocFeatures {
  const { words, entities } = docWords(title, text, extraEntities, options);
  const terms = new Map<string, number>();
  for (const [word, w] of words) {
    const term = termOf(word);
    if (term !== null) bump(terms, term, w);
  }
  return { terms, entities };
}

/**
 * The words and entities of an article. Words are kept unstemmed so that a caller can stem each
 * distinct word once, or look it up in its own word → term cache: the stem cache is a large map,
 * and one look-up per distinct word instead of one per token keeps the cost per article flat as
 * the vocabulary grows.
 */
export function docWords(title: string | null, text: string, extraEntities: readonly string[] = [], options: FeatureOptions = {}): DocWords {
  return readWords(title, text, extraEntities, options);
}

const wordsCache = new WeakMap<object, DocWords>();

/**
 * `docWords` of a document, read once per document object with the default options (documents
 * are read-only): a store ingest feeds the same stored articles to the clusterer batch after batch.
 */
export function docWordsOf(doc: { readonly title: string | null; readonly text: string; readonly entities?: readonly string[] }, options: FeatureOptions = {}): DocWords {
  if (options.titleWeight !== undefined || options.maxWords !== undefined) return readWords(doc.title, doc.text, doc.entities ?? [], options);
  let words = wordsCache.get(doc);
  if (words === undefined) {
    words = readWords(doc.title, doc.text, doc.entities ?? [], {});
    wordsCache.set(doc, words);
  }
  return words;
}

function readWords(title: string | null, text: string, extraEntities: readonly string[], options: FeatureOptions): DocWords {
  const titleWeight = options.titleWeight ?? 3;
  const maxWords = options.maxWords ?? 1500;
  const entities = new Map<string, number>();
  const lower = new Set<string>();
  const words = new Map<string, number>();
  if (title) addWords(words, title, titleWeight, lower, Number.POSITIVE_INFINITY);
  const body = text.slice(0, addWords(words, text, 1, lower, maxWords));
  addEntities(entities, body, 1, lower);
  if (title) {
    // A title-case headline capitalizes everything: keep only the title's names the body confirms.
    const fromTitle = new Map<string, number>();
    addEntities(fromTitle, title, titleWeight, lower);
    for (const [k, w] of fromTitle) if (body.length === 0 || entities.has(k)) bump(entities, k, w);
  }
  for (const e of extraEntities) bump(entities, e.toLowerCase(), 1);
  return { words, entities };
}

function bump(map: Map<string, number>, key: string, w: number): void {
  map.set(key, (map.get(key) ?? 0) + w);
}

/**
 * Count the lower-cased words of `text` (numbers aside) with weight `w`, at most `maxWords` words
 * read; returns where reading stopped (the end of the text, or the start of the first word left out).
 */
function addWords(words: Map<string, number>, text: string, w: number, lower: Set<string>, maxWords: number): number {
  let count = 0;
  for (let start = wordStart(text, 0); start >= 0; ) {
    if (++count > maxWords) return start;
    const end = wordEnd(text, start);
    const raw = text.slice(start, end);
    start = wordStart(text, end);
    const c = raw.charCodeAt(0);
    if (c >= 48 && c <= 57 && /^[\d.,]+$/.test(raw)) continue;
    if (c >= 97 && c <= 122) lower.add(raw);
    bump(words, raw.toLowerCase(), w);
  }
  return text.length;
}

/** The term a lower-cased word counts as (its stem; possessive, apostrophes and dots normalized), or null for stop words and single letters. */
export function termOf(lowered: string): string | null {
  let word = lowered;
  if (word.includes("’")) word = word.replace(/’/g, "'");
  if (word.endsWith("'s")) word = word.slice(0, -2);
  if (word.length < 2 || STOP_WORDS.has(word)) return null;
  return stem(word.includes(".") ? word.replace(/\./g, "") : word);
}

function startsSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\t")) i--;
  return i < 0 || OPENERS.has(text[i] as string);
}

/**
 * Visit each name of `text` (capitalized words, designations) as its entity key, with the offset
 * where the name's match starts and whether it opens a sentence as it stands; `lower` holds the
 * words the text also writes in lower case.
 */
export function eachName(text: string, lower: ReadonlySet<string>, visit: (key: string, at: number, parts: readonly string[], initial: boolean) => void): void {
  for (const m of text.matchAll(NAME)) {
    let name = m[0];
    const initial = startsSentence(text, m.index);
    if (initial) {
      // A capitalized first word that the text also writes in lower case ("The", "Experts") is no name.
      const first = name.split(/[ \t]+/)[0] ?? "";
      const low = first.toLowerCase();
      if (STOP_WORDS.has(low) || lower.has(low)) {
        name = name.slice(first.length).trim();
        if (!name) continue;
      }
    }
    const key = name.toLowerCase().replace(/’/g, "'").replace(/'s$/, "");
    if (key.length < 2 || STOP_WORDS.has(key)) continue;
    // Title-cased common words ("Naval Equipment") are no name: the text writes each of them in lower case.
    const parts = key.split(/[ \t]+/);
    if (parts.every((part) => lower.has(part) || STOP_WORDS.has(part))) continue;
    visit(key, m.index, parts, initial && name === m[0]);
  }
}

/** The lower-case words of `text` (the first `maxWords`): a capitalized word the text also writes this way is no name. */
export function lowerWords(text: string, maxWords: number): Set<string> {
  const lower = new Set<string>();
  let count = 0;
  for (let start = wordStart(text, 0); start >= 0 && ++count <= maxWords; ) {
    const end = wordEnd(text, start);
    const c = text.charCodeAt(start);
    if (c >= 97 && c <= 122) lower.add(text.slice(start, end));
    start = wordStart(text, end);
  }
  return lower;
}

function addEntities(map: Map<string, number>, text: string, w: number, lower: ReadonlySet<string>): void {
  eachName(text, lower, (key, _at, parts) => {
    bump(map, key, w);
    // "Prime Minister Narendra Modi" also counts as "narendra modi".
    if (parts.length >= 3) bump(map, parts.slice(-2).join(" "), w);
  });
  for (const m of text.matchAll(NUMBER_UNIT)) {
    const num = (m[1] ?? "").replace(/[,.]$/, "");
    const unit = m[2] ?? "";
    if (STOP_WORDS.has(unit)) continue;
    bump(map, `#${num} ${stem(unit)}`, w);
  }
}
