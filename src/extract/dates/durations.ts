/**
 * @module Rules for durations ("five years", "18 months", "the past two weeks", "three-month") and sets
 * ("every morning", "annually"). They are TIMEX3 DURATION/SET values, not dates: `extractTimexes` returns
 * them, `extractDates` does not.
 */
import { NUMBER_WORD, UNIT, countOf, unitOf } from "./lexicon.ts";
import type { Unit } from "./lexicon.ts";
import type { Rule, TimexBody } from "./timex.ts";

const CODE: Readonly<Record<Unit, string>> = {
  second: "TS", minute: "TM", hour: "TH", day: "D", week: "W", month: "M", quarter: "Q", year: "Y", decade: "Y", century: "Y",
};

/** ISO 8601 duration; null n means an unspecified count ("several days" → PXD). */
export function durationValue(n: number | null, unit: Unit): string {
  const code = CODE[unit];
  const scaled = n === null ? null : unit === "decade" ? n * 10 : unit === "century" ? n * 100 : n;
  const num = scaled === null ? "X" : Number.isInteger(scaled) ? String(scaled) : String(scaled).replace(".", ",");
  return code.startsWith("T") ? `PT${num}${code.slice(1)}` : `P${num}${code}`;
}

function duration(n: number | null, unit: Unit): TimexBody {
  return { type: "DURATION", value: durationValue(n, unit), bounds: null, granularity: "unknown", role: "range" };
}

function set(value: string): TimexBody {
  return { type: "SET", value, bounds: null, granularity: "unknown", role: "relative" };
}

const COUNT = `\\d+(?:\\.\\d+)?|(?:${NUMBER_WORD})(?:-(?:${NUMBER_WORD}))?|a|an|a few|a couple of|several|many|some|few`;
const HEDGE = "(?:almost|about|nearly|more than|over|at least|some|roughly|around|approximately|just|only|up to|less than|a mere|mere|barely|fully|a full)";
const LEAD = "(?:the |a |an )?(?:(?:past|last|next|first|previous|coming|following|recent|full|whole|further|additional|final|remaining|same)\\s)?";
const VAGUE = /^(?:a few|a couple of|several|many|some|few)$/i;

function count(raw: string): number | null | undefined {
  const w = raw.trim();
  if (VAGUE.test(w)) return w.toLowerCase() === "a couple of" ? 2 : null;
  const n = countOf(w);
  return n === null ? undefined : n;
}

export const durationRules: readonly Rule[] = [
  {
    name: "duration",
    re: new RegExp(`\\b${LEAD}(?:${HEDGE} )?(${COUNT}) (${UNIT})\\b(?!-old| old| ago| from now|-?long\\b(?! time))`, "gi"),
    make: (m) => {
      const unit = unitOf(m[2]!);
      const n = count(m[1]!);
      return !unit || n === undefined ? null : duration(n, unit);
    },
  },
  {
    // adjectival "three-month", "16-hour": the span is the compound alone ("a three-month review")
    name: "duration-compound",
    re: new RegExp(`\\b(\\d+|${NUMBER_WORD})-(second|minute|hour|day|week|month|quarter|year|decade|century)\\b(?!-old)`, "gi"),
    make: (m) => {
      const unit = unitOf(m[2]!);
      const n = countOf(m[1]!);
      return !unit || n === null ? null : duration(n, unit);
    },
  },
  {
    name: "vague-duration",
    re: /\b(?:(?:the )?(?:past|next|coming|last|recent|previous) (?:few |several |many )?|(?:in )?recent |(?<=\bfor ))(seconds|minutes|hours|days|weeks|months|years|decades|centuries)\b(?! ago\b)/gi,
    make: (m) => {
      const unit = unitOf(m[1]!);
      return unit ? duration(null, unit) : null;
    },
  },
  {
    name: "set-every",
    re: /\b(?:every|each|per) (day|week|month|year|morning|evening|night|season|quarter)\b/gi,
    make: (m) => {
      const w = m[1]!.toLowerCase();
      if (w === "morning") return set("XXXX-XX-XXTMO");
      if (w === "evening") return set("XXXX-XX-XXTEV");
      if (w === "night") return set("XXXX-XX-XXTNI");
      if (w === "season") return set("XXXX-XX");
      const unit = unitOf(w);
      return unit ? set(durationValue(1, unit)) : null;
    },
  },
  {
    name: "set-adverb",
    re: /\b(annually|yearly|every year|quarterly|monthly|weekly|nightly)\b(?! (?:[a-z]+ )?(?:report|magazine|newspaper|paper|publication|meeting|show|basis|average)s?\b)/gi,
    make: (m) => {
      const w = m[1]!.toLowerCase();
      const v = w === "annually" || w === "yearly" || w === "every year" ? "P1Y" : w === "quarterly" ? "P1Q" : w === "monthly" ? "P1M" : w === "weekly" ? "P1W" : "XXXX-XX-XXTNI";
      return set(v);
    },
  },
];
