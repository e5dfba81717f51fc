/**
 * @module Rules for calendar expressions: month-day dates and day ranges ("December 4 to 5", "4-5 December"),
 * months, years, year ranges and fiscal years ("2026-27", "FY2026"), quarters, seasons, decades, centuries.
 */
import { fmtDay, fmtYear, isValidDay, monthBounds } from "./calendar.ts";
import { MONTH_ANY, MONTH_FULL, SEASON, SEASON_MONTHS, monthOf, ordinalOf, seasonOf } from "./lexicon.ts";
import type { SeasonCode } from "./lexicon.ts";
import { dayBody, monthBody, quarterBody, yearBody, yearFor, yearlessDay } from "./resolve.ts";
import { directionAt } from "./tense.ts";
import type { Context, Rule, TimexBody } from "./timex.ts";

const D = "(\\d{1,2})(?:st|nd|rd|th)?";
const Y = "(\\d{4})";
const TO = "\\s*(?:-|–|—|\\bto\\b|\\bthrough\\b|\\buntil\\b|\\btill\\b)\\s*";
const NOT_AMOUNT = "(?!\\s*(?:%|percent|per\\b|[.,]\\d))";

function year(s: string | undefined): number | null {
  if (s === undefined) return null;
  const y = Number(s);
  return y >= 1000 && y <= 2199 ? y : null;
}

/** A day (possibly year-less) as a body; null when the day does not exist. */
function day(ctx: Context, at: readonly [number, number], y: number | null, m: number, d: number, role: TimexBody["role"]): TimexBody | null {
  const yy = y ?? yearFor(ctx, at[0], at[1], m, d);
  if (yy === null) return isValidDay(2000, m, d) ? yearlessDay(m, d, role) : null;
  return isValidDay(yy, m, d) ? dayBody({ y: yy, m, d }, role) : null;
}

/** Two days as one range; the second month defaults to the first, the year to both. */
function dayRange(ctx: Context, m: RegExpExecArray, parts: { m1: string; d1: string; m2: string | undefined; d2: string; y: string | undefined }): TimexBody | null {
  const mo1 = monthOf(parts.m1);
  const mo2 = parts.m2 === undefined ? mo1 : monthOf(parts.m2);
  const d1 = Number(parts.d1);
  const d2 = Number(parts.d2);
  if (mo1 === null || mo2 === null) return null;
  if (mo1 === mo2 && d2 <= d1) return null;
  const at = [m.index, m.index + m[0].length] as const;
  const y = year(parts.y);
  const a = day(ctx, at, y, mo1, d1, "range");
  if (!a) return null;
  const yEnd = a.bounds ? Number(a.value.slice(0, 4)) + (mo2 < mo1 ? 1 : 0) : null;
  const b = yEnd === null ? (isValidDay(2000, mo2, d2) ? yearlessDay(mo2, d2, "range") : null) : isValidDay(yEnd, mo2, d2) ? dayBody({ y: yEnd, m: mo2, d: d2 }, "range") : null;
  if (!b) return null;
  return {
    type: "DATE",
    value: `${a.value}/${b.value}`,
    bounds: a.bounds && b.bounds ? [a.bounds[0], b.bounds[1]] : null,
    granularity: "day",
    role: "range",
  };
}

/** Bare month names need care: "May" is also a modal verb, "March" a verb, abbreviations are names. */
const MAY_CONTEXT = new RegExp(
  `(?:\\b(?:in|on|since|until|till|by|of|from|through|during|before|after|between|early|late|mid|last|next|this|each|every)|\\b(?:${MONTH_FULL}),? (?:and|or|to|through))[\\s-]*$`,
  "i",
);

function seasonInstance(code: SeasonCode, y: number): { value: string; bounds: readonly [string, string] } {
  const [m1, m2] = SEASON_MONTHS[code];
  const endY = m2 < m1 ? y + 1 : y;
  return { value: `${fmtYear(y)}-${code}`, bounds: [monthBounds(y, m1)[0], monthBounds(endY, m2)[1]] };
}

function seasonBody(ctx: Context, mm: RegExpExecArray, mod: string | undefined, code: SeasonCode, y: number | null): TimexBody {
  const role = y !== null ? "range" : "relative";
  let yy = y;
  const a = ctx.anchor;
  if (yy === null && a) {
    const today = fmtDay(a);
    // candidate instances around the anchor, oldest first
    const inst = [a.y - 2, a.y - 1, a.y, a.y + 1].map((v) => ({ y: v, ...seasonInstance(code, v) }));
    const current = inst.filter((i) => i.bounds[0] <= today).pop();
    const lastDone = inst.filter((i) => i.bounds[1] < today).pop();
    const nextUp = inst.find((i) => i.bounds[0] > today);
    const m = (mod ?? "").toLowerCase();
    if (m === "last" || m === "past") yy = lastDone?.y ?? null;
    else if (m === "next" || m === "coming") yy = nextUp?.y ?? null;
    else if (m === "this") yy = code === "WI" ? (current && current.bounds[1] >= today ? current.y : a.y) : a.y;
    else yy = yearFor(ctx, mm.index, mm.index + mm[0].length, SEASON_MONTHS[code][0], null);
  }
  if (yy === null) return { type: "DATE", value: `XXXX-${code}`, bounds: null, granularity: "season", role };
  const s = seasonInstance(code, yy);
  return { type: "DATE", value: s.value, bounds: s.bounds, granularity: "season", role };
}

/** Fiscal year "FY2026": its bounds span the common conventions (April–March to October–September years ending in 2026). */
function fiscalYear(y: number): TimexBody {
  return { type: "DATE", value: `FY${fmtYear(y)}`, bounds: [`${fmtYear(y - 1)}-04-01`, `${fmtYear(y)}-09-30`], granularity: "fiscal-year", role: "range" };
}

/** Split fiscal year "2026-27": April 1 2026 to March 31 2027. */
function splitFiscalYear(y: number): TimexBody {
  const y2 = String((y + 1) % 100).padStart(2, "0");
  return { type: "DATE", value: `FY${fmtYear(y)}-${y2}`, bounds: [`${fmtYear(y)}-04-01`, `${fmtYear(y + 1)}-03-31`], granularity: "fiscal-year", role: "range" };
}

function decadeBody(dec: number): TimexBody {
  return { type: "DATE", value: String(dec), bounds: [`${dec}0-01-01`, `${dec}9-12-31`], granularity: "year", role: "range" };
}

const COUNTED_AFTER_YEAR = /^\s+(?!(?:was|is|has|as|his|its|this|plus|versus|has|us)\b)[a-z]+s\b/;
const LABEL_BEFORE_YEAR = /\b(?:No\.|number|nos?\.|section|page|pages|room|flight|route|model|article|rule|paragraph|chapter|version|code|Resolution|Act|item|#)\s*$/i;

export const absoluteRules: readonly Rule[] = [
  {
    name: "month-day-range",
    re: new RegExp(`\\b(${MONTH_ANY}) ${D}${TO}(?:(${MONTH_ANY}) )?${D}\\b(?:,? ${Y}\\b)?${NOT_AMOUNT}`, "g"),
    make: (m, ctx) => dayRange(ctx, m, { m1: m[1]!, d1: m[2]!, m2: m[3], d2: m[4]!, y: m[5] }),
  },
  {
    name: "day-range-month",
    re: new RegExp(`\\b${D}${TO}${D} (?:of )?(${MONTH_ANY})(?:,? ${Y}\\b)?(?![\\w-])`, "g"),
    make: (m, ctx) => dayRange(ctx, m, { m1: m[3]!, d1: m[1]!, m2: undefined, d2: m[2]!, y: m[4] }),
  },
  {
    name: "month-day",
    re: new RegExp(`\\b(${MONTH_ANY}) ${D}\\b(?:,? ${Y}\\b)?(?![:.,]?\\d)${NOT_AMOUNT}`, "g"),
    make: (m, ctx) => {
      const mo = monthOf(m[1]!);
      return mo === null ? null : day(ctx, [m.index, m.index + m[0].length], year(m[3]), mo, Number(m[2]), "point");
    },
  },
  {
    name: "day-month",
    re: new RegExp(`\\b${D} (?:of )?(${MONTH_ANY})(?:,? ${Y}\\b)?(?![\\w-])`, "g"),
    make: (m, ctx) => {
      const mo = monthOf(m[2]!);
      return mo === null ? null : day(ctx, [m.index, m.index + m[0].length], year(m[3]), mo, Number(m[1]), "point");
    },
  },
  {
    name: "month-year",
    re: new RegExp(`\\b(${MONTH_ANY}),? (?:of )?${Y}\\b(?![-–/]\\d)`, "g"),
    make: (m) => {
      const mo = monthOf(m[1]!);
      const y = year(m[2]);
      return mo === null || y === null ? null : monthBody(y, mo, "point");
    },
  },
  {
    name: "month",
    re: new RegExp(`(?:\\b(last|next|this|coming|past) )?\\b(${MONTH_FULL})\\b(?!-)`, "g"),
    make: (m, ctx) => {
      const mo = monthOf(m[2]!)!;
      const before = ctx.text.slice(Math.max(0, m.index - 20), m.index);
      const mod = m[1]?.toLowerCase();
      if (mo === 5 && !mod && !MAY_CONTEXT.test(before)) return null;
      if (!mod && /\b(?:the|a)\s+$/i.test(before)) return null; // "the March rally", "a May Day"
      const a = ctx.anchor;
      if (!a) return monthBody(null, mo, mod ? "relative" : "point");
      let y: number | null;
      if (mod === "last" || mod === "past") y = mo < a.m ? a.y : a.y - 1;
      else if (mod === "next" || mod === "coming") y = mo > a.m ? a.y : a.y + 1;
      else if (mod === "this") y = a.y;
      else y = yearFor(ctx, m.index, m.index + m[0].length, mo, null);
      return monthBody(y, mo, mod ? "relative" : "point");
    },
  },
  {
    name: "fiscal-split",
    re: /(?<![\w$£€#./,-])(?:(?:FY|fiscal(?: year)?)\s?)?(\d{4})\s?[-–/]\s?(\d{2})(?![\w%-]|[.,]\d)/gi,
    make: (m) => {
      const y = year(m[1]);
      return y !== null && Number(m[2]) === (y + 1) % 100 ? splitFiscalYear(y) : null;
    },
  },
  {
    name: "year-range",
    re: /(?<![\w$£€#./,-])(\d{4})\s?(?:[-–]|\bto\b|\bthrough\b)\s?(\d{4})(?![\w%-]|[.,]\d)/g,
    make: (m) => {
      const a = year(m[1]);
      const b = year(m[2]);
      if (a === null || b === null || b <= a || b - a > 100) return null;
      return { type: "DATE", value: `${fmtYear(a)}/${fmtYear(b)}`, bounds: [`${fmtYear(a)}-01-01`, `${fmtYear(b)}-12-31`], granularity: "year", role: "range" };
    },
  },
  {
    name: "fiscal-year",
    re: /\b(?:FY\s?'?(\d{4}|\d{2})|fiscal(?: year)? (\d{4}))\b(?![-–/]\d)/gi,
    make: (m) => {
      const raw = m[1] ?? m[2]!;
      const y = raw.length === 2 ? 2000 + Number(raw) : year(raw);
      return y === null ? null : fiscalYear(y);
    },
  },
  {
    name: "year",
    re: /(?<![\w$£€#./,'’]|(?<!\bmid)-)(\d{4})(?![\w%'’-]|[.,]\d|\s?(?:bn|m|million|billion)\b)/g,
    make: (m, ctx) => {
      const y = year(m[1]);
      if (y === null || y < 1200) return null;
      const before = ctx.text.slice(Math.max(0, m.index - 20), m.index);
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 20);
      if (LABEL_BEFORE_YEAR.test(before)) return null;
      if (COUNTED_AFTER_YEAR.test(after) && !/\b(?:in|since|by|of|until|from|year|during|before|after|through)\s+$/i.test(before)) return null;
      return yearBody(y, "point");
    },
  },
  {
    name: "quarter",
    re: /\b(?:(?:the )?(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter|Q([1-4]))(?:(?:,| of| in)? (?:fiscal )?(\d{4}))?\b/gi,
    make: (m, ctx) => {
      const q = m[2] ? Number(m[2]) : ordinalOf(m[1]!);
      if (q === null) return null;
      let y = year(m[3]);
      const a = ctx.anchor;
      if (y === null && a) {
        // quarters are reported after they end: a year-less quarter not yet begun is last year's, unless the clause looks ahead
        const ahead = directionAt(ctx.text, m.index, m.index + m[0].length) === "future";
        y = ahead ? yearFor(ctx, m.index, m.index + m[0].length, (q - 1) * 3 + 2, null) : (q - 1) * 3 + 1 <= a.m ? a.y : a.y - 1;
      }
      return quarterBody(y, q, m[3] ? "range" : "relative");
    },
  },
  {
    name: "season",
    re: new RegExp(`(?:\\b(last|next|this|coming|past) )?\\b(${SEASON})(?:,? (?:of )?${Y})?\\b`, "gi"),
    make: (m, ctx) => {
      const code = seasonOf(m[2]!);
      if (!code) return null;
      const y = year(m[3]);
      const before = ctx.text.slice(Math.max(0, m.index - 16), m.index);
      const framed = /\b(?:in|during|the|this|over|through|until|since|by|early|late|mid)[\s-]+$/i.test(before);
      if (!m[1] && y === null && (!framed || code === "FA" && !/\bthe\s+$/i.test(before))) return null;
      if (m[2] !== m[2]!.toLowerCase() && !m[1] && y === null && /[a-z]\s+$/.test(before) && !framed) return null;
      return seasonBody(ctx, m, m[1], code, y);
    },
  },
  {
    name: "decade",
    re: /\b(?:the )?(?:(\d{3})0s|'(\d)0s)\b/g,
    make: (m, ctx) => {
      if (m[1]) return decadeBody(Number(m[1]));
      const d = Number(m[2]);
      const ref = ctx.anchor?.y ?? 1999;
      return decadeBody(2000 + d * 10 <= ref ? 200 + d : 190 + d);
    },
  },
  {
    name: "century",
    re: /\b(?:the )?(\d{1,2})(?:st|nd|rd|th)[- ][Cc]entury\b/g,
    make: (m) => {
      const c = Number(m[1]) - 1;
      if (c < 0) return null;
      const v = String(c).padStart(2, "0");
      return { type: "DATE", value: v, bounds: [`${v}00-01-01`, `${v}99-12-31`], granularity: "year", role: "range" };
    },
  },
];
