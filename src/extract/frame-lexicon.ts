/**
 * @module The cue phrases of event frames and deal statuses, loaded from the pack
 * packs/frames/events.json (validated on load) and compiled to regular expressions once.
 */
import { z } from "zod";
import { bundledPack, validatePack } from "./pack-file.ts";
import type { DealStatus } from "../types.ts";
import { escapeRegExp } from "../text/normalize.ts";

const STATUSES = ["considering", "negotiating", "approved", "ordered", "delivering", "delivered", "cancelled"] as const;
const phrases = z.array(z.string().min(1)).min(1);
const schema = z.object({
  pack: z.literal("frames"),
  version: z.literal(1),
  note: z.string().optional(),
  frames: z.object({
    procurement: phrases,
    delivery: phrases,
    visit: phrases,
    sanction: phrases,
    sanctionAction: phrases,
    incidents: z.record(z.string().min(1), phrases),
    incidentIdioms: phrases,
    incidentParts: phrases.optional(),
    killed: phrases,
    injured: phrases,
  }),
  statuses: z.array(z.object({ status: z.enum(STATUSES), cues: phrases })).min(1),
});

export interface FrameLexicon {
  readonly procurement: RegExp;
  readonly delivery: RegExp;
  readonly visit: RegExp;
  readonly sanction: RegExp;
  readonly sanctionAction: RegExp;
  /** Incident types ("earthquake", "attack") with the cues that name each, in pack order. */
  readonly incidents: readonly (readonly [string, RegExp])[];
  /** Figurative uses of incident words ("heart attack", "attacked the blaze", "crash course"): no incident. */
  readonly incidentIdioms: RegExp;
  /** Lesser events within an incident ("aftershock"): a figure of one (its magnitude) is not the incident's; null when the pack lists none. */
  readonly incidentParts: RegExp | null;
  /** Cues that make a count of people a count of the dead, or of the injured. */
  readonly killed: RegExp;
  readonly injured: RegExp;
  /** In order of precedence: the first status whose cues match wins. */
  readonly statuses: readonly (readonly [DealStatus, RegExp])[];
}

const globals = new WeakMap<RegExp, RegExp>();

/** A global ("g") copy of a compiled phrase list, made once, for `matchAll`. */
export function globalOf(re: RegExp): RegExp {
  let g = globals.get(re);
  if (!g) {
    g = new RegExp(re.source, `${re.flags.replace("g", "")}g`);
    globals.set(re, g);
  }
  return g;
}

/** "arriv* in" → /\barriv\w*\s+in\b/ : words on boundaries, a trailing * for any ending. */
export function compilePhrases(list: readonly string[]): RegExp {
  const alternatives = list.map((p) =>
    p
      .trim()
      .split(/\s+/)
      .map((w) => (w.endsWith("*") ? `${escape(w.slice(0, -1))}\\w*` : escape(w)))
      .join("\\s+"),
  );
  return new RegExp(`\\b(?:${alternatives.join("|")})\\b`, "i");
}

const escape = escapeRegExp;

export function parseFrameLexicon(data: unknown, file: string): FrameLexicon {
  const parsed = validatePack(schema, data, file, "frames pack", `{pack: "frames", version: 1, frames: {...}, statuses: [...]}`);
  const f = parsed.frames;
  return {
    procurement: compilePhrases(f.procurement),
    delivery: compilePhrases(f.delivery),
    visit: compilePhrases(f.visit),
    sanction: compilePhrases(f.sanction),
    sanctionAction: compilePhrases(f.sanctionAction),
    incidents: Object.entries(f.incidents).map(([type, cues]) => [type, compilePhrases(cues)] as const),
    incidentIdioms: compilePhrases(f.incidentIdioms),
    incidentParts: f.incidentParts ? compilePhrases(f.incidentParts) : null,
    killed: compilePhrases(f.killed),
    injured: compilePhrases(f.injured),
    statuses: parsed.statuses.map((s) => [s.status, compilePhrases(s.cues)] as const),
  };
}

/** The bundled frames pack, read and compiled on first use. */
export const frameLexicon = bundledPack(new URL("../../packs/frames/events.json", import.meta.url), "frames pack", parseFrameLexicon);
