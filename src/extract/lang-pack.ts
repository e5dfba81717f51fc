/**
 * @module The English language pack (packs/lang/en/): knowledge about words that the extraction
 * rules read, validated with zod on first use and cached. Today: what a bare number counts when
 * a phrase before it says so ("a mother of two": children).
 */
import { z } from "zod";
import { bundledPack, validatePack } from "./pack-file.ts";

const schema = z.object({
  pack: z.literal("lang-en-numbers"),
  version: z.literal(1),
  description: z.string(),
  impliedUnits: z.array(z.object({ unit: z.string().min(1), after: z.array(z.string().min(1)).min(1) })),
});

export interface NumberLexicon {
  /** Lower-cased phrase right before a bare number → the unit it counts ("mother of" → "child"). */
  readonly impliedUnits: ReadonlyMap<string, string>;
  /** Longest phrase, in words. */
  readonly longest: number;
}

export function parseNumberLexicon(data: unknown, file: string): NumberLexicon {
  const parsed = validatePack(schema, data, file, "numbers pack", `{pack: "lang-en-numbers", version: 1, description, impliedUnits: [{unit, after: [...]}]}`);
  const impliedUnits = new Map<string, string>();
  for (const { unit, after } of parsed.impliedUnits) for (const phrase of after) impliedUnits.set(phrase.toLowerCase().replace(/\s+/g, " ").trim(), unit);
  return { impliedUnits, longest: Math.max(0, ...[...impliedUnits.keys()].map((p) => p.split(" ").length)) };
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
