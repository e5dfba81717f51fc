/** @module All time expressions of a text (DATE, TIME, DURATION, SET): rules first, chrono for the rest, then modifiers. */
import { OptionError } from "../../errors.ts";
import { absoluteRules } from "./absolute.ts";
import { parseAnchor } from "./calendar.ts";
import { chronoTimexes } from "./chrono.ts";
import { durationRules } from "./durations.ts";
import { applyModifiers } from "./modifiers.ts";
import { relativeRules } from "./relative.ts";
import { resolveOverlaps, runRules } from "./timex.ts";
import type { Context, Timex, TimexType } from "./timex.ts";

export interface TimexOptions {
  /** Publication date (ISO 8601 date or date-time) to resolve relative and year-less expressions; null if unknown. */
  readonly anchor: string | null;
  /** Which TimeML types to return (default: all four). */
  readonly types?: readonly TimexType[];
}

const ALL: readonly TimexType[] = ["DATE", "TIME", "DURATION", "SET"];

/**
 * What each rule set cannot match without (each rule's own words, cut to a part they share, with
 * no word boundaries and any case): a text with none of them gives the set no match, and the set
 * is not run on it. Absolute rules need a digit, a month, a season or "quarter"; relative ones a
 * day word, a part of a day, a unit of time or a word of present, past or future; durations and
 * sets a unit of time, a part of a day, "season" or "annual".
 */
const ABSOLUTE_CUE = /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|fall|winter|quarter/i;
const RELATIVE_CUE = /day|night|tomorrow|morning|afternoon|evening|second|minute|hour|week|month|year|quarter|decade|centur|now|current|present|recent|past|lately|formerly|future/i;
const DURATION_CUE = /second|minute|hour|day|week|month|quarter|year|decade|centur|morning|evening|night|season|annual/i;

/** Find every time expression in `text`; offsets index into `text`. */
export function extractTimexes(text: string, options: TimexOptions): readonly Timex[] {
  if (typeof text !== "string") throw new OptionError(`extractTimexes expects text as a string, got ${typeof text}`);
  const ctx: Context = { text, anchor: parseAnchor(options.anchor) };
  const candidates = [
    ...(ABSOLUTE_CUE.test(text) ? runRules(absoluteRules, ctx) : []),
    ...(RELATIVE_CUE.test(text) ? runRules(relativeRules, ctx) : []),
    ...(DURATION_CUE.test(text) ? runRules(durationRules, ctx) : []),
    ...chronoTimexes(ctx),
  ];
  if (candidates.length === 0) return [];
  const found = applyModifiers(resolveOverlaps(candidates), ctx);
  const types = options.types ?? ALL;
  return found.filter((t) => types.includes(t.type));
}
