/**
 * @module Story features of one article: stemmed content words (title words weighted up) and
 * entity keys — capitalized names ("vladimir putin"), designations ("s-400") and numbers with
 * their unit ("#140 fighter") — as term-frequency maps. Plain regexes, no NLP model: this runs
 * on every article of a day's news.
 */
import { stem, STOP_WORDS } from "./stem.ts";

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

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
/** A name: capitalized words (or designations with digits), optionally joined by a lower-case particle. */
const NAME = /(?:\p{Lu}[\p{L}\p{N}'’-]*|\p{Lu}{1,4}-?\p{N}+[\p{L}\p{N}-]*)(?:[ \t]+(?:(?:of|de|al|bin|von|van|la|le|del|da)[ \t]+)?(?:\p{Lu}[\p{L}\p{N}'’-]*))*/gu;
const NUMBER_UNIT = /(?<![\p{L}\p{N}.,-])(\d[\d,.]*)[ \t]+(?:[\p{L}\p{N}-]+[ \t]+)?([\p{Ll}][\p{Ll}-]{2,})/gu;
/** Characters after which a capitalized word starts a sentence, heading, list item or table cell. */
const OPENERS = new Set([".", "!", "?", ":", ";", '"', "“", "”", "|", "-", "*", "•", "(", "\n", "—", "–"]);

export function docFeatures(title: string | null, text: string, extraEntities: readonly string[] = [], options: FeatureOptions = {}): DocFeatures {
  const titleWeight = options.titleWeight ?? 3;
  const maxWords = options.maxWords ?? 1500;
  const terms = new Map<string, number>();
  const entities = new Map<string, number>();
  const body = clip(text, maxWords);
  const lower = new Set<string>();
  if (title) addTerms(terms, title, titleWeight, lower);
  addTerms(terms, body, 1, lower);
  addEntities(entities, body, 1, lower);
  if (title) {
    // A title-case headline capitalizes everything: keep only the title's names the body confirms.
    const fromTitle = new Map<string, number>();
    addEntities(fromTitle, title, titleWeight, lower);
    for (const [k, w] of fromTitle) if (body.length === 0 || entities.has(k)) bump(entities, k, w);
  }
  for (const e of extraEntities) bump(entities, e.toLowerCase(), 1);
  return { terms, entities };
}

function clip(text: string, maxWords: number): string {
  let count = 0;
  WORD.lastIndex = 0;
  for (const m of text.matchAll(WORD)) {
    if (++count > maxWords) return text.slice(0, m.index);
  }
  return text;
}

function bump(map: Map<string, number>, key: string, w: number): void {
  map.set(key, (map.get(key) ?? 0) + w);
}

function addTerms(map: Map<string, number>, text: string, w: number, lower: Set<string>): void {
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const c = raw.charCodeAt(0);
    if (c >= 48 && c <= 57 && /^[\d.,]+$/.test(raw)) continue;
    if (c >= 97 && c <= 122) lower.add(raw);
    let word = raw.toLowerCase();
    if (word.includes("’")) word = word.replace(/’/g, "'");
    if (word.endsWith("'s")) word = word.slice(0, -2);
    if (word.length < 2 || STOP_WORDS.has(word)) continue;
    bump(map, stem(word.includes(".") ? word.replace(/\./g, "") : word), w);
  }
}

function startsSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\t")) i--;
  return i < 0 || OPENERS.has(text[i] as string);
}

function addEntities(map: Map<string, number>, text: string, w: number, lower: ReadonlySet<string>): void {
  for (const m of text.matchAll(NAME)) {
    let name = m[0];
    if (startsSentence(text, m.index)) {
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
    bump(map, key, w);
    // "Prime Minister Narendra Modi" also counts as "narendra modi".
    if (parts.length >= 3) bump(map, parts.slice(-2).join(" "), w);
  }
  for (const m of text.matchAll(NUMBER_UNIT)) {
    const num = (m[1] ?? "").replace(/[,.]$/, "");
    const unit = m[2] ?? "";
    if (STOP_WORDS.has(unit)) continue;
    bump(map, `#${num} ${stem(unit)}`, w);
  }
}
