/**
 * @module Context cues: words near a name that say what kind of thing it is ("fighter",
 * "air defence", "submarine"), and which weapon categories each cue fits.
 */
import { normalizeWords } from "./fold.ts";
import { z } from "zod";
import { WEAPON_CATEGORIES, type WeaponCategory } from "./schema.ts";
import { bundledPack, validatePack } from "../extract/pack-file.ts";
import { alternatives } from "../extract/word-lists.ts";
import { wordTokens } from "./tokens.ts";

const schema = z.object({
  pack: z.literal("lang-en-materiel"),
  version: z.literal(1),
  description: z.string().min(1),
  cues: z.array(z.object({ what: z.string().min(1), fits: z.array(z.enum(WEAPON_CATEGORIES)).min(1), words: z.array(z.string().min(1)).min(1), prefixes: z.array(z.string().min(1)).optional() })).min(1),
});

/** One group of cues: a global pattern (on lower-cased, American-spelled text) and the categories it fits. */
interface CueGroup {
  readonly re: RegExp;
  readonly fits: readonly WeaponCategory[];
}

/** The materiel pack's cue groups: whole words in the order written, then word starts ("dogfight"). */
export function parseContextCues(data: unknown, file: string): readonly CueGroup[] {
  const parsed = validatePack(schema, data, file, "materiel pack", `{pack: "lang-en-materiel", version: 1, description, cues: [{what, fits: [weapon categories], words: [...], prefixes?: [...]}]}`);
  return parsed.cues.map(({ fits, words, prefixes }) => ({ re: new RegExp(`\\b(?:${alternatives(words, " ")})\\b${prefixes ? `|\\b(?:${alternatives(prefixes, " ")})` : ""}`, "g"), fits }));
}

/** The bundled context cues (packs/lang/en/materiel.json), read on first use. */
const contextCueGroups = bundledPack(new URL("../../packs/lang/en/materiel.json", import.meta.url), "English materiel pack", parseContextCues);

export interface ContextCue {
  /** The cue as written in the text ("fighter aircraft"). */
  readonly text: string;
  readonly fits: ReadonlySet<WeaponCategory>;
}

/** The text of up to `words` words either side of `span` (the span itself excluded). */
export function contextWindow(text: string, span: readonly [number, number], words = 8): { before: string; after: string } {
  const before = wordTokens(text.slice(Math.max(0, span[0] - 400), span[0]));
  const after = wordTokens(text.slice(span[1], span[1] + 400));
  const b0 = before[Math.max(0, before.length - words)];
  const a1 = after[Math.min(after.length, words) - 1];
  return {
    before: b0 ? text.slice(Math.max(0, span[0] - 400) + b0.span[0], span[0]) : "",
    after: a1 ? text.slice(span[1], span[1] + a1.span[1]) : "",
  };
}

/** Cues found near `span`, nearest first. */
export function contextCues(text: string, span: readonly [number, number], words = 8): ContextCue[] {
  const { before, after } = contextWindow(text, span, words);
  const found: { cue: ContextCue; distance: number }[] = [];
  const scan = (part: string, isBefore: boolean): void => {
    const norm = normalizeWords(part);
    // normalizeWords keeps length except for spelling changes; search cue by cue on the normalized text.
    for (const c of contextCueGroups()) {
      for (const m of norm.matchAll(c.re)) {
        const distance = isBefore ? norm.length - (m.index + m[0].length) : m.index;
        found.push({ cue: { text: m[0], fits: new Set(c.fits) }, distance });
      }
    }
  };
  scan(before, true);
  scan(after, false);
  return found.sort((a, b) => a.distance - b.distance).map((f) => f.cue);
}

/** The nearest cue that fits `category`, or null. */
export function fittingCue(cues: readonly ContextCue[], category: WeaponCategory | undefined): ContextCue | null {
  if (!category) return null;
  return cues.find((c) => c.fits.has(category)) ?? null;
}
