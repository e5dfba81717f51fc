/**
 * @module The English language pack (packs/lang/en/): knowledge about words that the extraction
 * rules read, validated with zod on first use and cached. Today: what a bare number counts when
 * a phrase before it says so ("a mother of two": children).
 */
import { pushTo } from "../multimap.ts";
import { z } from "zod";
import { bundledPack, validatePack } from "./pack-file.ts";

const schema = z.object({
  pack: z.literal("lang-en-numbers"),
  version: z.literal(1),
  description: z.string(),
  impliedUnits: z.array(z.object({ unit: z.string().min(1), after: z.array(z.string().min(1)).min(1) })),
  gluedUnits: z.array(z.string().min(1)).min(1),
  figureVagueUnits: z.array(z.string().min(1)),
  figureVagueMultiples: z.array(z.string().min(1)),
  timeOffset: z.object({ units: z.array(z.string().min(1)).min(1), after: z.array(z.string().min(1)).min(1) }).optional(),
  ratePer: z.array(z.string().min(1)).optional(),
  signs: z.object({ negativeBefore: z.array(z.string().min(1)), negativeAfter: z.array(z.string().min(1)) }).optional(),
  titleCounts: z.array(z.string().min(1)).optional(),
});

export interface NumberLexicon {
  /** Lower-cased phrase right before a bare number → the unit it counts ("mother of" → "child"). */
  readonly impliedUnits: ReadonlyMap<string, string>;
  /** Longest phrase, in words. */
  readonly longest: number;
  /** Lower-cased letters that may be glued to a number in a measure ("km", "bn", "s"). */
  readonly gluedUnits: ReadonlySet<string>;
  /** Units whose figures say too little to match articles on ("three times", "five people", "10 servers"): see crosscheck/figures.ts. */
  readonly figureVagueUnits: ReadonlySet<string>;
  /** Words of a vague multiple ("hundreds of", "dozens"), no figure to match on. */
  readonly figureVagueMultiples: ReadonlySet<string>;
  /** Time units, and the words after such a span that make it an offset in time ("nine days before"), not a duration. */
  readonly timeOffset: { readonly units: ReadonlySet<string>; readonly after: ReadonlySet<string> };
  /** Words after a figure that make it a rate ("a carry", "per hour"). */
  readonly ratePer: ReadonlySet<string>;
  /** Lower-cased words right before a number that make it negative ("minus"), and phrases (as words) right after its unit that do ("below zero"). */
  readonly signs: { readonly negativeBefore: ReadonlySet<string>; readonly negativeAfter: readonly (readonly string[])[] };
  /** Lower-cased words hyphened to a number that make it a count of the title after them ("a four-time All-Star"). */
  readonly titleCounts: ReadonlySet<string>;
}

export function parseNumberLexicon(data: unknown, file: string): NumberLexicon {
  const parsed = validatePack(schema, data, file, "numbers pack", `{pack: "lang-en-numbers", version: 1, description, impliedUnits: [{unit, after: [...]}], gluedUnits: [...], figureVagueUnits: [...], figureVagueMultiples: [...], timeOffset?: {units: [...], after: [...]}, ratePer?: [...], signs?: {negativeBefore: [...], negativeAfter: [...]}, titleCounts?: [...]}`);
  const impliedUnits = new Map<string, string>();
  for (const { unit, after } of parsed.impliedUnits) for (const phrase of after) impliedUnits.set(phrase.toLowerCase().replace(/\s+/g, " ").trim(), unit);
  return { impliedUnits, longest: Math.max(0, ...[...impliedUnits.keys()].map((p) => p.split(" ").length)), gluedUnits: new Set(parsed.gluedUnits.map((u) => u.toLowerCase())), figureVagueUnits: new Set(parsed.figureVagueUnits.map((u) => u.toLowerCase())), figureVagueMultiples: new Set(parsed.figureVagueMultiples.map((u) => u.toLowerCase())), timeOffset: { units: new Set((parsed.timeOffset?.units ?? []).map((u) => u.toLowerCase())), after: new Set((parsed.timeOffset?.after ?? []).map((u) => u.toLowerCase())) }, ratePer: new Set((parsed.ratePer ?? []).map((u) => u.toLowerCase())), signs: { negativeBefore: new Set((parsed.signs?.negativeBefore ?? []).map((w) => w.toLowerCase())), negativeAfter: (parsed.signs?.negativeAfter ?? []).map((p) => p.toLowerCase().split(/\s+/).filter(Boolean)) }, titleCounts: new Set((parsed.titleCounts ?? []).map((w) => w.toLowerCase())) };
}

/** The bundled numbers lexicon, read on first use. */
export const numberLexicon = bundledPack(new URL("../../packs/lang/en/numbers.json", import.meta.url), "English numbers pack", parseNumberLexicon);

/** The unit a phrase right before a bare number gives it ("mother of" → "child"), from the words before the number, or null. */
export function impliedUnit(wordsBefore: readonly string[]): string | null {
  const lex = numberLexicon();
  for (let n = Math.min(lex.longest, wordsBefore.length); n >= 1; n--) {
    const unit = lex.impliedUnits.get(wordsBefore.slice(wordsBefore.length - n).join(" ").toLowerCase());
    if (unit) return unit;
  }
  return null;
}

const contrastSchema = z.object({
  pack: z.literal("lang-en-contrast"),
  version: z.literal(1),
  description: z.string(),
  sets: z.array(z.object({ kind: z.string().min(1), words: z.array(z.string().min(1)).min(2) })).min(1),
});

/** Lower-cased word → the kinds of contrast sets it belongs to. */
export function parseContrastLexicon(data: unknown, file: string): ReadonlyMap<string, readonly string[]> {
  const parsed = validatePack(contrastSchema, data, file, "contrast pack", `{pack: "lang-en-contrast", version: 1, description, sets: [{kind, words: [...]}]}`);
  const out = new Map<string, string[]>();
  for (const { kind, words } of parsed.sets) for (const w of words) pushTo(out, w.toLowerCase(), kind);
  return out;
}

/** The bundled contrast sets (packs/lang/en/contrast.json), read on first use. */
export const contrastLexicon = bundledPack(new URL("../../packs/lang/en/contrast.json", import.meta.url), "English contrast pack", parseContrastLexicon);

/** Whether a word names one value of a kind (a weekday, a direction, a colour, one of two opposites): it never matches another word by vector similarity. */
export function isContrastWord(word: string): boolean {
  return contrastLexicon().has(word.toLowerCase());
}

const verbsSchema = z.object({
  pack: z.literal("lang-en-verbs"),
  version: z.literal(1),
  description: z.string(),
  reporting: z.array(z.string().min(1)).min(1),
  light: z.array(z.string().min(1)).min(1),
});

/** Verb lemmas that are no predicate: reporting and light verbs. */
export function parseVerbLexicon(data: unknown, file: string): ReadonlySet<string> {
  const parsed = validatePack(verbsSchema, data, file, "verbs pack", `{pack: "lang-en-verbs", version: 1, description, reporting: [...], light: [...]}`);
  return new Set([...parsed.reporting, ...parsed.light].map((w) => w.toLowerCase()));
}

/** The bundled verbs pack (packs/lang/en/verbs.json), read on first use. */
export const nonPredicateVerbs = bundledPack(new URL("../../packs/lang/en/verbs.json", import.meta.url), "English verbs pack", parseVerbLexicon);

const categoriesSchema = z.object({
  pack: z.literal("lang-en-categories"),
  version: z.literal(1),
  description: z.string(),
  categories: z
    .array(z.object({ kind: z.string().min(1), describes: z.enum(["next-noun", "of-name"]), values: z.array(z.object({ words: z.array(z.string().min(1)).min(1), near: z.array(z.string().min(1)).optional() })).min(2) }))
    .min(1),
});

/** One value of a category a word gives: the category, the value (its first word), and the values that overlap it. */
export interface CategoryValue {
  readonly kind: string;
  /** What a word of the category gives its value to: the noun it modifies, or the name after "of". */
  readonly describes: "next-noun" | "of-name";
  readonly value: string;
  readonly near: ReadonlySet<string>;
}

/** Lower-cased word → the category value it gives. */
export function parseCategoryLexicon(data: unknown, file: string): ReadonlyMap<string, CategoryValue> {
  const parsed = validatePack(categoriesSchema, data, file, "categories pack", `{pack: "lang-en-categories", version: 1, description, categories: [{kind, describes: next-noun|of-name, values: [{words: [...], near?: [...]}]}]}`);
  const out = new Map<string, CategoryValue>();
  for (const { kind, describes, values } of parsed.categories)
    for (const { words, near } of values) {
      const value = (words[0] as string).toLowerCase();
      const entry = { kind, describes, value, near: new Set((near ?? []).map((w) => w.toLowerCase())) };
      for (const w of words) out.set(w.toLowerCase(), entry);
    }
  // "near" names values by any of their words: read them as values.
  return new Map([...out].map(([w, e]) => [w, { ...e, near: new Set([...e.near].map((n) => out.get(n)?.value ?? n)) }]));
}

/** The bundled categories pack (packs/lang/en/categories.json), read on first use. */
export const categoryLexicon = bundledPack(new URL("../../packs/lang/en/categories.json", import.meta.url), "English categories pack", parseCategoryLexicon);

const pronounsSchema = z.object({
  pack: z.literal("lang-en-pronouns"),
  version: z.literal(1),
  description: z.string(),
  person: z.array(z.string().min(1)).min(1),
  clauseOpeners: z.array(z.string().min(1)).min(1),
  personNouns: z.array(z.string().min(1)).optional(),
});

export interface PronounLexicon {
  /** Lower-cased pronouns that stand for one person already named. */
  readonly person: ReadonlySet<string>;
  /** Lower-cased words that open a clause of their own. */
  readonly clauseOpeners: ReadonlySet<string>;
  /** Lower-cased nouns that describe a person already named ("the actress"). */
  readonly personNouns: ReadonlySet<string>;
}

export function parsePronounLexicon(data: unknown, file: string): PronounLexicon {
  const parsed = validatePack(pronounsSchema, data, file, "pronouns pack", `{pack: "lang-en-pronouns", version: 1, description, person: [...], clauseOpeners: [...], personNouns?: [...]}`);
  return { person: new Set(parsed.person.map((w) => w.toLowerCase())), clauseOpeners: new Set(parsed.clauseOpeners.map((w) => w.toLowerCase())), personNouns: new Set((parsed.personNouns ?? []).map((w) => w.toLowerCase())) };
}

/** The bundled pronouns pack (packs/lang/en/pronouns.json), read on first use. */
export const personPronouns = bundledPack(new URL("../../packs/lang/en/pronouns.json", import.meta.url), "English pronouns pack", parsePronounLexicon);
