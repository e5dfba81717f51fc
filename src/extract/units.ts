/**
 * @module What a quantity counts: formation units (never interchangeable), classes of counted
 * nouns ("jet" ~ "fighter"), materiel and money, and what is done to those counted ("arrested"). The words are the units pack's
 * (packs/lang/en/units.json), validated on first use. Shared by extraction (frames, claims) and
 * the cross-check (values, number roles, consistency).
 */
import { z } from "zod";
import { bundledPack, validatePack } from "./pack-file.ts";
import { escapeRegExp } from "../text/normalize.ts";

const schema = z.object({
  pack: z.literal("lang-en-units"),
  version: z.literal(1),
  description: z.string(),
  formations: z.array(z.string().min(1)).min(1),
  classes: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)),
  materiel: z.array(z.string().min(1)),
  money: z.array(z.string().min(1)).min(1),
  acts: z.array(z.object({ act: z.string().min(1), phrases: z.array(z.string().min(1)).min(1) })),
  measures: z.array(z.string().min(1)).optional(),
  datedActs: z.array(z.object({ act: z.string().min(1), words: z.array(z.string().min(1)).min(1) })).optional(),
});

export interface UnitLexicon {
  /** Formation and counting units; formations are never interchangeable with each other. */
  readonly formations: ReadonlySet<string>;
  /** Noun lemma → the class of what it counts ("jet" → "aircraft"). */
  readonly classOf: ReadonlyMap<string, string>;
  /** Classes that count weapons. */
  readonly materiel: ReadonlySet<string>;
  /** Currency classes. */
  readonly money: ReadonlySet<string>;
  /** What is done to those counted ("arrested"), each with a pattern of the phrases that say it, in the pack's order. */
  readonly acts: readonly (readonly [string, RegExp])[];
  /** Units of measure (lemmas): written in the singular before another noun, the number measures in that unit ("minus-20 degree temperatures"). */
  readonly measures: ReadonlySet<string>;
  /** What a year or month dates when its words stand right before it ("founded in 2007"): each act with a pattern that ends the text before the date. */
  readonly datedActs: readonly (readonly [string, RegExp])[];
}

const escape = (s: string): string => escapeRegExp(s).replace(/\s+/g, "\\s+");

export function parseUnitLexicon(data: unknown, file: string): UnitLexicon {
  const p = validatePack(schema, data, file, "units pack", `{pack: "lang-en-units", version: 1, description, formations: [...], classes: {class: [noun, ...]}, materiel: [class, ...], money: [class, ...], acts: [{act, phrases: [...]}], measures?: [...], datedActs?: [{act, words: [...]}]}`);
  const classOf = new Map<string, string>();
  for (const [cls, words] of Object.entries(p.classes)) for (const w of words) classOf.set(w.toLowerCase(), cls);
  const acts = p.acts.map(({ act, phrases }) => [act, new RegExp(`\\b(?:${phrases.map(escape).join("|")})\\b`, "i")] as const);
  // The act's word, then at most three words ("shut down for good in"), then the date.
  const datedActs = (p.datedActs ?? []).map(({ act, words }) => [act, new RegExp(`\\b(?:${words.map(escape).join("|")})(?:\\s+[\\p{L}'’-]+){0,3}\\s*$`, "iu")] as const);
  return { formations: new Set(p.formations.map((w) => w.toLowerCase())), classOf, materiel: new Set(p.materiel), money: new Set(p.money), acts, measures: new Set((p.measures ?? []).map((w) => w.toLowerCase())), datedActs };
}

/** The bundled units pack, read on first use. */
export const unitLexicon = bundledPack(new URL("../../packs/lang/en/units.json", import.meta.url), "English units pack", parseUnitLexicon);

/** The act a year or month dates, from the text right before it ("SeaMicro was founded in " → "founded"), or null. */
export function datedAct(before: string): string | null {
  for (const [act, re] of unitLexicon().datedActs) if (re.test(before)) return act;
  return null;
}

/** Is this unit a military formation ("division", "squadron")? */
export function isFormation(unit: string | null): boolean {
  return unit !== null && unitLexicon().formations.has(unit);
}

/** Does this unit count weapons or military formations (rather than people, money, nations)? */
export function countsMateriel(unit: string | null): boolean {
  if (unit === null) return false;
  return isFormation(unit) || unitLexicon().materiel.has(unitClass(unit) ?? "");
}

/** Does this unit count money? */
export function isMoney(unit: string | null): boolean {
  return unit !== null && unitLexicon().money.has(unit);
}

/** The class of a unit lemma: formations stand alone, counted nouns collapse ("jet" ~ "fighter"). */
export function unitClass(unit: string | null): string | null {
  if (unit === null) return null;
  const lex = unitLexicon();
  if (lex.formations.has(unit)) return unit;
  return lex.classOf.get(unit) ?? unit;
}
