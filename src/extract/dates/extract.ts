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

/** Find every time expression in `text`; offsets index into `text`. */
export function extractTimexes(text: string, options: TimexOptions): readonly Timex[] {
  if (typeof text !== "string") throw new OptionError(`extractTimexes expects text as a string, got ${typeof text}`);
  const ctx: Context = { text, anchor: parseAnchor(options.anchor) };
  const candidates = [...runRules(absoluteRules, ctx), ...runRules(relativeRules, ctx), ...runRules(durationRules, ctx), ...chronoTimexes(ctx)];
  const found = applyModifiers(resolveOverlaps(candidates), ctx);
  const types = options.types ?? ALL;
  return found.filter((t) => types.includes(t.type));
}
