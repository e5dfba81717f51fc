/**
 * @module Post-rules on found expressions: part-of modifiers that narrow a month or year ("late September" = days
 * 21–end, "mid-2026" = May–August, "earlier this month") and the deadline cue ("by 2026-27").
 */
import { daysInMonth, fmtDay } from "./calendar.ts";
import type { Context, Timex } from "./timex.ts";

type Part = "early" | "mid" | "late" | "earlier" | "later";

const PART_BEFORE =
  /(?:\b(early|mid|middle|late|earlier|later)(?:[- ](?:in[- ])?)|\b(?:the )?(beginning|start|middle|end|close) of (?:the )?)$/i;
const DEADLINE_BEFORE = /\b(?:by|no later than|not later than)\s+(?:the end of\s+)?$/i;

function partOf(word: string): Part {
  const w = word.toLowerCase();
  if (w === "beginning" || w === "start" || w === "early") return "early";
  if (w === "middle" || w === "mid") return "mid";
  if (w === "earlier" || w === "later") return w;
  return "late";
}

/** Narrow [first, last] (days) to a part; months split at the 10th/20th, years in thirds (Jan–Apr, May–Aug, Sep–Dec). */
function narrow(t: Timex, part: Part, ctx: Context): readonly [string, string] | null {
  if (!t.bounds) return null;
  const [from, to] = t.bounds;
  if (part === "earlier" || part === "later") {
    const a = ctx.anchor ? fmtDay(ctx.anchor) : null;
    if (!a || a < from || a > to) return t.bounds;
    return part === "earlier" ? [from, a] : [a, to];
  }
  const y = Number(from.slice(0, 4));
  if (t.granularity === "month") {
    const m = Number(from.slice(5, 7));
    const last = daysInMonth(y, m);
    const [d1, d2] = part === "early" ? [1, 10] : part === "mid" ? [11, 20] : [21, last];
    const p = from.slice(0, 8);
    return [`${p}${String(d1).padStart(2, "0")}`, `${p}${String(d2).padStart(2, "0")}`];
  }
  if (t.granularity === "year" && from.slice(5) === "01-01" && to.slice(0, 4) === from.slice(0, 4)) {
    const p = from.slice(0, 5);
    return part === "early" ? [`${p}01-01`, `${p}04-30`] : part === "mid" ? [`${p}05-01`, `${p}08-31`] : [`${p}09-01`, `${p}12-31`];
  }
  return null;
}

/** Extend part-of modifiers into the span and narrow the bounds; mark deadlines. */
export function applyModifiers(found: readonly Timex[], ctx: Context): Timex[] {
  const out: Timex[] = [];
  for (const t0 of found) {
    let t = t0;
    if ((t.type === "DATE" || t.type === "TIME") && t.granularity !== "unknown" && !t.value.includes("/")) {
      const before = ctx.text.slice(Math.max(0, t.start - 24), t.start);
      const pm = PART_BEFORE.exec(before);
      const prev = out[out.length - 1];
      if (pm && (!prev || prev.end <= t.start - pm[0].length)) {
        const part = partOf(pm[1] ?? pm[2]!);
        const coarse = t.granularity === "month" || t.granularity === "year";
        const bounds = coarse ? narrow(t, part, ctx) : t.bounds;
        const yearless = t.bounds === null;
        if (bounds || yearless) {
          const relative = t.role === "relative";
          const granularity = part === "earlier" || part === "later" || !coarse ? t.granularity : t.granularity === "month" ? "part-of-month" : "season";
          t = { ...t, start: t.start - pm[0].length, bounds, granularity, role: relative ? "relative" : "range" };
        }
      }
    }
    if (t.type === "DATE" && DEADLINE_BEFORE.test(ctx.text.slice(Math.max(0, t.start - 20), t.start)) && t.bounds !== null && !t.value.endsWith("_REF")) {
      t = { ...t, role: "deadline" };
    }
    out.push(t);
  }
  return out;
}
