/**
 * @module chrono-node adapter: numeric and written dates and clock times the rules do not cover
 * ("2025-12-04", "12/04/2025", "8 PM", "15:00 GMT Saturday"). Only components chrono read from the text
 * (`isCertain`) are used; a year chrono merely implied from its reference date is re-decided here, so
 * no year is ever invented when there is no anchor.
 */
import * as chrono from "chrono-node";
import type { ParsedComponents } from "chrono-node";
import { fmtDay, isValidDay } from "./calendar.ts";
import { MONTH_ANY, WEEKDAY, weekdayOf } from "./lexicon.ts";
import { dayBody, monthBody, weekdayDay, yearFor, yearlessDay } from "./resolve.ts";
import type { Context, Timex, TimexBody } from "./timex.ts";

/** Reference used when there is no anchor; any value chrono derives from it is discarded. */
const SENTINEL = new Date(Date.UTC(2400, 5, 15, 12));
/** chrono also reads fractions ("7/8"), prices ("2.50 a share") and spans ("within 18 months") as dates: require a real date or clock form. */
const DATE_FORM = new RegExp(
  `\\b(?:${MONTH_ANY}|${WEEKDAY})\\b|\\b\\d{4}-\\d{1,2}-\\d{1,2}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b|\\b\\d{1,2}:\\d{2}\\b|\\b\\d{1,2}\\s?(?:[ap]\\.m\\.|[AaPp][Mm]\\b)`,
);

/**
 * DATE_FORM with its word boundaries dropped and its month names cut to their first three letters:
 * whatever DATE_FORM matches in a result's text this matches too, and a result's text is part of
 * the text parsed. A text this does not match can give no result, and chrono is not run on it.
 */
const DATE_CUE = new RegExp(`Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|${WEEKDAY}|\\d[-/:]\\d|\\d\\s?(?:[ap]\\.m\\.|[AaPp][Mm])`);

function get(c: ParsedComponents, k: "year" | "month" | "day" | "weekday" | "hour" | "minute"): number | null {
  return c.isCertain(k) ? (c.get(k) ?? null) : null;
}

function dateOf(c: ParsedComponents, ctx: Context, at: readonly [number, number], text: string): TimexBody | null {
  const y = get(c, "year");
  const mo = get(c, "month");
  const d = get(c, "day");
  if (mo !== null && d !== null) {
    const yy = y ?? yearFor(ctx, at[0], at[1], mo, d);
    if (yy === null) return isValidDay(2000, mo, d) ? yearlessDay(mo, d, "point") : null;
    return isValidDay(yy, mo, d) ? dayBody({ y: yy, m: mo, d }, "point") : null;
  }
  if (mo !== null && y !== null) return monthBody(y, mo, "point");
  const wdWord = new RegExp(`\\b(${WEEKDAY})\\b`).exec(text);
  const wd = get(c, "weekday") ?? (wdWord ? weekdayOf(wdWord[1]!) : null);
  if (wd !== null) {
    const v = weekdayDay(ctx, at[0], at[1], wd, null);
    return v ? dayBody(v, "relative") : { type: "DATE", value: `XXXX-WXX-${wd === 0 ? 7 : wd}`, bounds: null, granularity: "day", role: "relative" };
  }
  return null;
}

const LEADING_PREPOSITION = /^(?:on|at|in|from|by|since|until|till|of|during)\s+/i;

function toTimex(r: chrono.ParsedResult, ctx: Context): Timex | null {
  if (!DATE_FORM.test(r.text)) return null;
  const lead = LEADING_PREPOSITION.exec(r.text)?.[0].length ?? 0;
  const at = [r.index + lead, r.index + r.text.trimEnd().length] as const;
  const hour = get(r.start, "hour");
  let body = dateOf(r.start, ctx, at, r.text);
  if (hour !== null) {
    const minute = get(r.start, "minute") ?? 0;
    const base =
      body ??
      (ctx.anchor ? dayBody(ctx.anchor, "relative") : { type: "DATE" as const, value: "XXXX-XX-XX", bounds: null, granularity: "day" as const, role: "relative" as const });
    const hhmm = `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
    body = { ...base, type: "TIME", value: `${base.value}T${hhmm}` };
  }
  if (!body) return null;
  if (r.end && body.bounds && body.type === "DATE") {
    const e = dateOf(r.end, ctx, at, r.text);
    if (e?.bounds && e.bounds[1] > body.bounds[0]) {
      body = { ...body, value: `${body.value}/${e.value}`, bounds: [body.bounds[0], e.bounds[1]], role: "range" };
    }
  }
  return { ...body, start: at[0], end: at[1] };
}

/** Parse with chrono's strict English parser against the anchor (or a sentinel when there is none). */
export function chronoTimexes(ctx: Context): Timex[] {
  if (!DATE_CUE.test(ctx.text)) return [];
  const ref = ctx.anchor ? new Date(`${fmtDay(ctx.anchor)}T12:00:00Z`) : SENTINEL;
  const results = chrono.strict.parse(ctx.text, { instant: ref, timezone: 0 }, { forwardDate: false });
  const out: Timex[] = [];
  for (const r of results) {
    const t = toTimex(r, ctx);
    if (t) out.push(t);
  }
  return out;
}
