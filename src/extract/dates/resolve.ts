/** @module Placing under-specified dates (no year, bare weekday, relative unit) against the anchor, and building their values. */
import {
  addDays, addMonths, daysInMonth, diffDays, fmtDay, fmtMonth, fmtWeek, fmtYear, monthBounds, weekBounds, weekday, yearBounds,
} from "./calendar.ts";
import type { Ymd } from "./calendar.ts";
import type { Unit } from "./lexicon.ts";
import { directionAt } from "./tense.ts";
import type { Context, TimexBody } from "./timex.ts";

/**
 * The year of a year-less month (and day) mentioned at [start, end): the candidate nearest the
 * anchor, unless the clause clearly points to the past or the future. Null when there is no anchor.
 */
export function yearFor(ctx: Context, start: number, end: number, month: number, day: number | null): number | null {
  const a = ctx.anchor;
  if (!a) return null;
  const dir = directionAt(ctx.text, start, end);
  const cands = [a.y - 1, a.y, a.y + 1].map((y) => {
    const d = day === null ? 0 : Math.min(day, daysInMonth(y, month));
    // signed distance in days (month-only: 0 inside the anchor month)
    const dist =
      day === null
        ? (y * 12 + month - (a.y * 12 + a.m)) * 30
        : diffDays(a, { y, m: month, d });
    return { y, dist };
  });
  if (dir === "past") {
    const past = cands.filter((c) => c.dist <= 0);
    const best = past[past.length - 1];
    if (best && -best.dist <= 366) return best.y;
  } else if (dir === "future") {
    const fut = cands.find((c) => c.dist >= 0);
    if (fut && fut.dist <= 183) return fut.y;
  }
  let best = cands[0]!;
  for (const c of cands) if (Math.abs(c.dist) < Math.abs(best.dist)) best = c;
  return best.y;
}

/** A calendar day. */
export function dayBody(v: Ymd, role: TimexBody["role"]): TimexBody {
  const s = fmtDay(v);
  return { type: "DATE", value: s, bounds: [s, s], granularity: "day", role };
}

/** A day whose year is unknown: "XXXX-12-04", no bounds. */
export function yearlessDay(m: number, d: number, role: TimexBody["role"]): TimexBody {
  return { type: "DATE", value: `XXXX-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`, bounds: null, granularity: "day", role };
}

export function monthBody(y: number | null, m: number, role: TimexBody["role"]): TimexBody {
  if (y === null) return { type: "DATE", value: `XXXX-${String(m).padStart(2, "0")}`, bounds: null, granularity: "month", role };
  return { type: "DATE", value: fmtMonth(y, m), bounds: monthBounds(y, m), granularity: "month", role };
}

export function yearBody(y: number, role: TimexBody["role"]): TimexBody {
  return { type: "DATE", value: fmtYear(y), bounds: yearBounds(y), granularity: "year", role };
}

export function weekBody(v: Ymd, role: TimexBody["role"]): TimexBody {
  const [mon, sun] = weekBounds(v);
  return { type: "DATE", value: fmtWeek(v), bounds: [fmtDay(mon), fmtDay(sun)], granularity: "week", role };
}

/** Unresolvable relative expression: X-filled value at its granularity. */
export function unknownBody(unit: Unit): TimexBody {
  const value =
    unit === "week" ? "XXXX-WXX" : unit === "month" ? "XXXX-XX" : unit === "quarter" ? "XXXX-QX" : unit === "day" ? "XXXX-XX-XX" : "XXXX";
  const granularity = unit === "week" ? "week" : unit === "month" ? "month" : unit === "day" ? "day" : unit === "quarter" ? "season" : "year";
  return { type: "DATE", value, bounds: null, granularity, role: "relative" };
}

export function quarterBody(y: number | null, q: number, role: TimexBody["role"]): TimexBody {
  if (y === null) return { type: "DATE", value: `XXXX-Q${q}`, bounds: null, granularity: "season", role };
  const m1 = (q - 1) * 3 + 1;
  return { type: "DATE", value: `${fmtYear(y)}-Q${q}`, bounds: [monthBounds(y, m1)[0], monthBounds(y, m1 + 2)[1]], granularity: "season", role };
}

/** The anchor shifted by n units (n < 0: back), expressed at that unit's granularity. */
export function shifted(anchor: Ymd, unit: Unit, n: number): TimexBody {
  switch (unit) {
    case "day":
      return dayBody(addDays(anchor, n), "relative");
    case "week":
      return weekBody(addDays(anchor, 7 * n), "relative");
    case "month": {
      const v = addMonths(anchor, n);
      return monthBody(v.y, v.m, "relative");
    }
    case "quarter": {
      const v = addMonths(anchor, 3 * n);
      return quarterBody(v.y, Math.floor((v.m - 1) / 3) + 1, "relative");
    }
    case "year":
      return yearBody(anchor.y + n, "relative");
    case "decade": {
      const dec = Math.floor((anchor.y + 10 * n) / 10);
      return { type: "DATE", value: String(dec), bounds: [`${dec}0-01-01`, `${dec}9-12-31`], granularity: "year", role: "relative" };
    }
    case "century": {
      const c = Math.floor((anchor.y + 100 * n) / 100);
      return { type: "DATE", value: String(c), bounds: [`${c}00-01-01`, `${c}99-12-31`], granularity: "year", role: "relative" };
    }
    case "hour": case "minute": case "second":
      return dayBody(anchor, "relative");
  }
}

/**
 * The day a bare weekday refers to: the anchor itself when it matches, else the nearest such day
 * before it (news reports the past) unless the clause points forward.
 */
export function weekdayDay(ctx: Context, start: number, end: number, wd: number, mod: "last" | "next" | "this" | null): Ymd | null {
  const a = ctx.anchor;
  if (!a) return null;
  const back = (weekday(a) - wd + 7) % 7;
  const fwd = (wd - weekday(a) + 7) % 7;
  if (mod === "last") return addDays(a, -(back === 0 ? 7 : back));
  if (mod === "next") return addDays(a, fwd === 0 ? 7 : fwd);
  if (back === 0) return a;
  const dir = mod === "this" ? null : directionAt(ctx.text, start, end);
  if (dir === "future") return addDays(a, fwd);
  if (mod === "this") return fwd <= 3 ? addDays(a, fwd) : addDays(a, -back);
  return addDays(a, -back);
}
