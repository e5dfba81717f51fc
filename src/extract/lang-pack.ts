/**
 * @module The English language pack (packs/lang/en/): knowledge about words that the extraction
 * rules read, validated with zod on first use and cached. Today: what a bare number counts when
 * a phrase before it says so ("a mother of two": children).
 */
import { z } from "zod";
import { PackError } from "../errors.ts";
import { readPackFile } from "./pack-file.ts";

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
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PackError(`${file}: invalid numbers pack at $.${issue?.path.join(".") ?? ""}: ${issue?.message ?? "unknown problem"}. Expected {pack: "lang-en-numbers", version: 1, description, impliedUnits: [{unit, after: [...]}]}.`);
  }
  const impliedUnits = new Map<string, string>();
  for (const { unit, after } of parsed.data.impliedUnits) for (const phrase of after) impliedUnits.set(phrase.toLowerCase().replace(/\s+/g, " ").trim(), unit);
  return { impliedUnits, longest: Math.max(0, ...[...impliedUnits.keys()].map((p) => p.split(" ").length)) };
}

let cached: NumberLexicon | null = null;

/** The bundled numbers lexicon, read on first use. */
export function numberLexicon(): NumberLexicon {
  if (cached) return cached;
  const url = new URL("../../packs/lang/en/numbers.json", import.meta.url);
  cached = parseNumberLexicon(readPackFile(url, "English numbers pack"), url.pathname);
  return cached;
}
