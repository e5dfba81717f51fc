/**
 * @module Counts of the dead and injured: whether a count of people is a casualty count ("30 people
 * died", "the death toll rose to 41"), the place or side it is confined to ("nine died in
 * Catanduanes", "on the Kyrgyz side"), and the groups counted apart ("41 police officers").
 */
import type { Mention, Sentence } from "../types.ts";
import { frameLexicon } from "./frame-lexicon.ts";
import { alternatives, lazyPattern, wordListPack } from "./word-lists.ts";

/** The casualties pack (packs/lang/en/casualties.json), read on first use. */
export const casualtyWords = wordListPack("casualties", ["nobody", "zeroCasualtyNouns", "clauseWords", "tollNouns", "tollVerbs", "casualtyNouns", "scopeWords", "scopePrepositions", "clauseConjunctions", "sideOwners", "groupNouns", "tiedBefore", "yearAfter", "irregularPlurals"], ["irregularPlurals"]);
const alt = (list: keyof ReturnType<typeof casualtyWords>, sep = "\\s+"): string => alternatives(casualtyWords()[list], sep);

let stopScan: ReadonlySet<string> | undefined;
/** Words that end a clause for the scans around a count. */
export const clauseEnd = (word: string): boolean => (stopScan ??= new Set([",", ";", ":", ...casualtyWords().clauseWords])).has(word);

/** Classes of units that count people: a count of them can be a count of the dead or injured. */
export const COUNTS_PEOPLE: ReadonlySet<string> = new Set(["people", "troops", "civilians", "soldier", "child", "children", "passenger", "resident", "worker", "migrant", "student", "villager", "police", "officer", "militant", "fighter"]);
/** "The death toll ... rose to 41", "the toll stood at 41". */
const TOLL_BEFORE = lazyPattern(() => `\\b(?:${alt("tollNouns")})\\b[^.,;]{0,80}\\b(?:${alt("tollVerbs")})\\s*$`, "i");

/**
 * "30 people died", "killing at least 30", "200 were injured", "the death toll rose to 41": the
 * count of people is a count of the dead ("killed") or the injured ("injured"); null otherwise.
 * The words right after the count decide first, then those before it, up to a clause boundary.
 */
export function casualtyUnit(sentence: Sentence, toks: Sentence["tokens"], start: number, end: number): "killed" | "injured" | null {
  const lex = frameLexicon();
  const cue = (t: Sentence["tokens"][number] | undefined): "killed" | "injured" | null => {
    if (!t) return null;
    if (lex.injured.test(t.text)) return "injured";
    if (lex.killed.test(t.text) && t.norm !== "toll") return "killed";
    return null;
  };
  for (let k = end; k < Math.min(toks.length, end + 4); k++) {
    const t = toks[k];
    if (!t || clauseEnd(t.norm) || t.pos === "ADP" || t.pos === "NUM") break;
    const c = cue(t);
    if (c) return c;
  }
  if (TOLL_BEFORE().test(sentence.text.slice(0, (toks[start]?.span[0] ?? 0) - sentence.span[0]))) return "killed";
  for (let k = start - 1; k >= Math.max(0, start - 6); k--) {
    const t = toks[k];
    if (!t || clauseEnd(t.norm) || t.pos === "NUM") break;
    const c = cue(t);
    if (c) return c;
  }
  return null;
}

/** People counted apart from the rest when killed or injured: another account's toll of "people" is not theirs. */
let groups: ReadonlySet<string> | undefined;
export const isGroupNoun = (noun: string): boolean => (groups ??= new Set(casualtyWords().groupNouns)).has(noun);
let irregular: ReadonlyMap<string, string> | undefined;
/** The casualties pack's irregular plurals ("man men"), singular → plural. */
const irregularPlural = (noun: string): string | undefined => (irregular ??= new Map(casualtyWords().irregularPlurals.map((pair) => pair.split(" ") as [string, string]))).get(noun);

/** The plural of an English noun lemma ("officer" → "officers", "gunman" → "gunmen", "battery" → "batteries"). */
export function pluralNoun(noun: string): string {
  const plural = irregularPlural(noun);
  if (plural) return plural;
  if (/man$/.test(noun) && noun.length > 4) return `${noun.slice(0, -3)}men`;
  if (/(s|x|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/** Words between a count and a locative that keep the locative the count's own: "9 people died in", "five deaths from". */
const SCOPE_VERB = lazyPattern(() => `^(?:${alt("scopeWords")})$`, "i");
const CASUALTY_NOUN = lazyPattern(() => `^(?:${alt("casualtyNouns")})$`, "i");
const SCOPE_PREPOSITION = lazyPattern(() => `^(?:${alt("scopePrepositions")})$`, "i");
const CLAUSE_BOUNDARY = lazyPattern(() => `;|,\\s*(?:${alt("clauseConjunctions")})\\b`, "g");
const SIDE = lazyPattern(() => `\\bon (?:the )?(\\p{Lu}[\\p{L}-]*|${alt("sideOwners", " ")}) side\\b`, "u");

/**
 * The place a casualty count is confined to: a capitalized name right after the count's own verb
 * phrase and "in"/"from" ("Nine people died in Catanduanes", "five deaths from Catanduanes"), or
 * opening the sentence ("In Albay, 12 people died"), or one party's side ("on the Kyrgyz side") in
 * the count's own clause. A country is no confinement: its toll is the whole toll.
 */
export function casualtyScope(sentence: Sentence, toks: Sentence["tokens"], start: number, next: number, mentions: readonly Mention[]): string | null {
  const country = (from: number, to: number): boolean => {
    const a = toks[from]?.span[0] ?? 0;
    const b = toks[to - 1]?.span[1] ?? 0;
    return mentions.some((m) => m.type === "country" && m.span[0] < b && a < m.span[1]);
  };
  const words = (from: number, to: number): string => sentence.text.slice((toks[from]?.span[0] ?? 0) - sentence.span[0], (toks[to - 1]?.span[1] ?? 0) - sentence.span[0]);
  const nameAt = (k: number): number => {
    let e = k;
    while (e < toks.length && e < k + 4 && /^\p{Lu}\p{Ll}/u.test(toks[e]?.text ?? "")) e++;
    return e;
  };
  let k = next;
  while (k < toks.length && k < next + 5 && SCOPE_VERB().test(toks[k]?.text ?? "")) k++;
  if (k > next || CASUALTY_NOUN().test(toks[next - 1]?.text ?? "")) {
    if (SCOPE_PREPOSITION().test(toks[k]?.text ?? "")) {
      const e = nameAt(k + 1);
      if (e > k + 1 && !country(k + 1, e)) return `in ${words(k + 1, e)}`;
    }
  }
  // "In Albay, 12 people died and 30 were injured": a locative opening the sentence covers its counts.
  // Also with a word or two before or after the name: "In neighbouring Central Aceh district, 10 people were killed".
  if (/^in$/i.test(toks[0]?.text ?? "")) {
    for (let b = 1; b <= 3; b++) {
      if (b > 1 && !/^\p{Ll}+$/u.test(toks[b - 1]?.text ?? "")) break;
      const e = nameAt(b);
      if (e === b) continue;
      const comma = toks[e]?.text === "," ? e : /^\p{Ll}+$/u.test(toks[e]?.text ?? "") && toks[e + 1]?.text === "," ? e + 1 : -1;
      if (comma > 0 && comma < start && !country(b, e)) return `in ${words(b, e)}`;
      break;
    }
  }
  // "the death toll on the Kyrgyz side", "19 had died on its side": one party's toll.
  // Only within the count's own clause: "19 died on its side, while Tajik officials reported 12".
  const at = (toks[start]?.span[0] ?? 0) - sentence.span[0];
  const to = (toks[next - 1]?.span[1] ?? 0) - sentence.span[0];
  let from = 0;
  let until = sentence.text.length;
  for (const m of sentence.text.matchAll(CLAUSE_BOUNDARY())) {
    if (m.index < at) from = m.index;
    else if (m.index >= to) {
      until = m.index;
      break;
    }
  }
  const side = SIDE().exec(sentence.text.slice(from, until));
  if (side) return /^\p{Lu}/u.test(side[1] ?? "") ? `on the ${side[1]} side` : "on one side";
  return null;
}
