/** @module The internal time-expression record (TIMEX3-like, all four TimeML types) and the context rules resolve against. */
import type { DateGranularity, DateValue } from "../../types.ts";
import type { Ymd } from "./calendar.ts";

export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";

/** One time expression found in a text; offsets index into the text given to the extractor. */
export interface Timex {
  readonly type: TimexType;
  readonly start: number;
  readonly end: number;
  /** TIMEX3 value: "2025-12-04", "2025-W48", "2025-Q3", "FY2026-27", "PRESENT_REF", "P5Y", "XXXX-12-04" … */
  readonly value: string;
  /** Inclusive day bounds when resolvable; null for durations, sets and unknown years. */
  readonly bounds: readonly [string, string] | null;
  readonly granularity: DateGranularity;
  readonly role: DateValue["role"];
}

/** What a rule sees: the whole text and the resolved anchor (publication date) or null. */
export interface Context {
  readonly text: string;
  readonly anchor: Ymd | null;
}

/** The fields a rule decides; the span comes from its match. */
export type TimexBody = Omit<Timex, "start" | "end">;

/** A rule: a global regex whose whole match is the span, and a maker that turns a match into a value (or rejects it). */
export interface Rule {
  readonly name: string;
  readonly re: RegExp;
  readonly make: (m: RegExpExecArray, ctx: Context) => TimexBody | null;
}

/** Run rules over a text, collecting every accepted match (overlaps resolved later). */
export function runRules(rules: readonly Rule[], ctx: Context): Timex[] {
  const out: Timex[] = [];
  for (const rule of rules) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(ctx.text); m !== null; m = rule.re.exec(ctx.text)) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      const body = rule.make(m, ctx);
      if (body) out.push({ ...body, start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}

/** Keep the longest of overlapping expressions (earlier list position wins ties). */
export function resolveOverlaps(candidates: readonly Timex[]): Timex[] {
  const ranked = candidates
    .map((t, i) => ({ t, i }))
    .sort((a, b) => b.t.end - b.t.start - (a.t.end - a.t.start) || a.i - b.i);
  // Kept spans are disjoint and sorted by start: a candidate overlaps one of them only if it
  // overlaps its neighbours there (binary search), so this is O(n log n) plus array inserts.
  const kept: Timex[] = [];
  for (const { t } of ranked) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((kept[mid] as Timex).start < t.start) lo = mid + 1;
      else hi = mid;
    }
    const before = kept[lo - 1];
    const after = kept[lo];
    if ((before && before.end > t.start) || (after && after.start < t.end)) continue;
    kept.splice(lo, 0, t);
  }
  return kept;
}
