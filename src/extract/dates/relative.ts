/**
 * @module Rules for expressions anchored on the publication date: today/yesterday, "last week", "this year",
 * "two years ago", weekdays ("on Tuesday"), parts of a day, and PRESENT_REF / PAST_REF / FUTURE_REF.
 */
import { addDays, fmtDay, weekBounds, weekday } from "./calendar.ts";
import type { Ymd } from "./calendar.ts";
import { UNIT, WEEKDAY, countOf, unitOf, weekdayOf } from "./lexicon.ts";
import { dayBody, shifted, unknownBody, weekdayDay } from "./resolve.ts";
import type { Rule, TimexBody } from "./timex.ts";

const PART: Readonly<Record<string, string>> = { morning: "MO", afternoon: "AF", evening: "EV", night: "NI", tonight: "NI" };

function timeOfDay(v: Ymd | null, part: string | undefined, xValue: string): TimexBody {
  const code = part ? PART[part.toLowerCase()] : undefined;
  if (!v) {
    return { type: code ? "TIME" : "DATE", value: code ? `${xValue}T${code}` : xValue, bounds: null, granularity: "day", role: "relative" };
  }
  const s = fmtDay(v);
  return { type: code ? "TIME" : "DATE", value: code ? `${s}T${code}` : s, bounds: [s, s], granularity: "day", role: "relative" };
}

function ref(value: "PRESENT_REF" | "PAST_REF" | "FUTURE_REF"): TimexBody {
  return { type: "DATE", value, bounds: null, granularity: "unknown", role: "relative" };
}

const SHIFT: Readonly<Record<string, number>> = { this: 0, current: 0, last: -1, past: -1, previous: -1, next: 1, coming: 1 };

function weekendBody(anchor: Ymd | null, n: number): TimexBody {
  if (!anchor) return { type: "DATE", value: "XXXX-WXX-WE", bounds: null, granularity: "week", role: "relative" };
  const [mon] = weekBounds(addDays(anchor, 7 * n));
  const sat = addDays(mon, 5);
  const week = shifted(anchor, "week", n).value;
  return { type: "DATE", value: `${week}-WE`, bounds: [fmtDay(sat), fmtDay(addDays(sat, 1))], granularity: "week", role: "relative" };
}

export const relativeRules: readonly Rule[] = [
  {
    name: "today",
    re: /\b(today|tonight|yesterday|tomorrow)(?:(?:'s)? (morning|afternoon|evening|night))?\b/gi,
    make: (m, ctx) => {
      const w = m[1]!.toLowerCase();
      const shift = w === "yesterday" ? -1 : w === "tomorrow" ? 1 : 0;
      const part = w === "tonight" ? "tonight" : m[2];
      return timeOfDay(ctx.anchor ? addDays(ctx.anchor, shift) : null, part, "XXXX-XX-XX");
    },
  },
  {
    name: "this-part-of-day",
    re: /\b(this|last) (morning|afternoon|evening|night)\b/gi,
    make: (m, ctx) => {
      const last = m[1]!.toLowerCase() === "last";
      const shift = last && m[2]!.toLowerCase() === "night" ? -1 : last ? -1 : 0;
      return timeOfDay(ctx.anchor ? addDays(ctx.anchor, shift) : null, m[2], "XXXX-XX-XX");
    },
  },
  {
    name: "weekday",
    re: new RegExp(`(?:\\b(last|next|this|coming|past) )?\\b(${WEEKDAY})(?:,? (morning|afternoon|evening|night))?\\b(?!s\\b)`, "g"),
    make: (m, ctx) => {
      const wd = weekdayOf(m[2]!)!;
      const modRaw = m[1]?.toLowerCase();
      const mod = modRaw === "last" || modRaw === "past" ? "last" : modRaw === "next" || modRaw === "coming" ? "next" : modRaw === "this" ? "this" : null;
      const v = weekdayDay(ctx, m.index, m.index + m[0].length, wd, mod);
      return timeOfDay(v, m[3], `XXXX-WXX-${wd === 0 ? 7 : wd}`);
    },
  },
  {
    name: "unit-this-last-next",
    re: /\b(?:the )?(this|last|next|past|previous|coming|current) (week|month|year|quarter|decade|century|weekend)\b/gi,
    make: (m, ctx) => {
      const n = SHIFT[m[1]!.toLowerCase()] ?? 0;
      const w = m[2]!.toLowerCase();
      if (w === "weekend") return weekendBody(ctx.anchor, n);
      const unit = unitOf(w)!;
      return ctx.anchor ? shifted(ctx.anchor, unit, n) : unknownBody(unit);
    },
  },
  {
    name: "the-quarter",
    re: /\b(?:the )(?:latest |most recent |recent |just-ended |just-completed )?quarter\b(?![- ](?:century|mile|point|final))/gi,
    make: (_m, ctx) => (ctx.anchor ? shifted(ctx.anchor, "quarter", -1) : unknownBody("quarter")),
  },
  {
    name: "the-weekend",
    re: /\b(?:the|this) weekend\b/gi,
    make: (_m, ctx) => weekendBody(ctx.anchor, ctx.anchor && weekday(ctx.anchor) >= 1 && weekday(ctx.anchor) <= 3 ? -1 : 0),
  },
  {
    name: "ago",
    re: new RegExp(`\\b(?:(?:about|nearly|almost|some|more than|over|just|only|roughly|around) )?((?:\\d+|a|an|a few|a couple of|several|many|some|few|[a-z]+(?:-[a-z]+)?) )?(${UNIT}) (ago|from now)\\b`, "gi"),
    make: (m, ctx) => {
      const unit = unitOf(m[2]!);
      if (!unit) return null;
      const n = m[1] ? countOf(m[1]) : null;
      if (n === null || !ctx.anchor) {
        if (m[1] && n === null && !/^(?:a few|a couple of|several|many|some|few) $/i.test(m[1])) return null;
        return n === null ? ref("PAST_REF") : unknownBody(unit);
      }
      if (unit === "hour" || unit === "minute" || unit === "second") return dayBody(ctx.anchor, "relative");
      const sign = /^from now$/i.test(m[3]!) ? 1 : -1;
      return shifted(ctx.anchor, unit, sign * Math.round(n));
    },
  },
  {
    name: "present-ref",
    re: /\b(?:right now|now|currently|at present|presently|nowadays|these days|the present)\b(?! that\b)/gi,
    make: (m, ctx) => {
      const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
      if (/\b(?:until|till|up to|by|from)\s+$/i.test(before)) return null; // "until now" is a span, not the present
      return ref("PRESENT_REF");
    },
  },
  { name: "past-ref", re: /\b(?:recently|the past|lately|formerly)\b(?! (?:\w+ )?(?:few|several|many|\d+|two|three|four|five|six|seven|eight|nine|ten|week|month|year|decade|day)\b)/gi, make: () => ref("PAST_REF") },
  { name: "future-ref", re: /\bthe future\b/gi, make: () => ref("FUTURE_REF") },
];
