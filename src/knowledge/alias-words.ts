/**
 * @module The English words the alias matcher reads around a name it finds (packs/lang/en/aliases.json,
 * validated on first use): military words that make a NATO reporting name a weapon, calendar and
 * sentence-opening words that do not continue a name, place prepositions before a surname, and
 * short forms of titles.
 */
import { z } from "zod";
import { bundledPack, validatePack } from "../extract/pack-file.ts";
import { escapeRegExp } from "../text/normalize.ts";

const schema = z.object({
  pack: z.literal("lang-en-aliases"),
  version: z.literal(1),
  description: z.string(),
  militaryContext: z.array(z.string().min(1)).min(1),
  calendarWords: z.array(z.string().min(1)),
  openingWords: z.array(z.string().min(1)),
  placePrepositions: z.array(z.string().min(1)),
  honorifics: z.array(z.string().min(1)).default([]),
  titleAbbreviations: z.record(z.string().min(1), z.string().min(1)),
});

export interface AliasWords {
  /** Any of the military words or phrases, as whole words, in any case. */
  readonly militaryContext: RegExp;
  readonly calendarWords: ReadonlySet<string>;
  readonly openingWords: ReadonlySet<string>;
  readonly placePrepositions: ReadonlySet<string>;
  /** Forms of address that are no office ("mr", "dr"), lower case without a dot. */
  readonly honorifics: ReadonlySet<string>;
  /** Folded short form → the title it stands for ("pm" → "prime minister"). */
  readonly titleAbbreviations: ReadonlyMap<string, string>;
}

const escape = escapeRegExp;

export function parseAliasWords(data: unknown, file: string): AliasWords {
  const p = validatePack(schema, data, file, "aliases pack", `{pack: "lang-en-aliases", version: 1, description, militaryContext: [...], calendarWords: [...], openingWords: [...], placePrepositions: [...], honorifics: [...], titleAbbreviations: {short: title}}`);
  const lower = (xs: readonly string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase()));
  return {
    militaryContext: new RegExp(`\\b(?:${p.militaryContext.map(escape).join("|")})\\b`, "i"),
    calendarWords: lower(p.calendarWords),
    openingWords: lower(p.openingWords),
    placePrepositions: lower(p.placePrepositions),
    honorifics: new Set(p.honorifics.map((x) => x.toLowerCase().replace(/\.$/, ""))),
    titleAbbreviations: new Map(Object.entries(p.titleAbbreviations).map(([k, v]) => [k.toLowerCase(), v])),
  };
}

export const aliasWords = bundledPack(new URL("../../packs/lang/en/aliases.json", import.meta.url), "English aliases pack", parseAliasWords);
