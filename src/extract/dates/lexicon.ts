/** @module Words of time in English news: month, weekday and season names, number words, units, and the regex fragments built from them. */

const MONTHS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Month number of a (capitalized or not) name or abbreviation, with or without a final dot. */
export function monthOf(word: string): number | null {
  return MONTHS[word.toLowerCase().replace(/\.$/, "")] ?? null;
}

/** Full month names (capitalized: a lower-case "may" or "march" is a verb). */
export const MONTH_FULL = "January|February|March|April|May|June|July|August|September|October|November|December";
/** Month name or abbreviation (abbreviations need a day or year next to them; see rules). */
export const MONTH_ANY = `${MONTH_FULL}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?`;

const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

export const WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(word: string): number | null {
  return WEEKDAYS[word.toLowerCase()] ?? null;
}

export type SeasonCode = "SP" | "SU" | "FA" | "WI";

const SEASONS: Readonly<Record<string, SeasonCode>> = {
  spring: "SP", summer: "SU", autumn: "FA", fall: "FA", winter: "WI",
};

export const SEASON = "spring|summer|autumn|fall|winter";

export function seasonOf(word: string): SeasonCode | null {
  return SEASONS[word.toLowerCase()] ?? null;
}

/** Meteorological (northern-hemisphere) months of a season: [first month, last month]; winter spills into the next year. */
export const SEASON_MONTHS: Readonly<Record<SeasonCode, readonly [number, number]>> = {
  SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 2],
};

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12, half: 0.5,
};

export const NUMBER_WORD = Object.keys(NUMBER_WORDS).filter((w) => w !== "a" && w !== "an" && w !== "half").join("|");

/** A count written in digits or words ("18", "eighteen", "twenty-five", "a"); null when it is not one. */
export function countOf(word: string): number | null {
  const w = word.toLowerCase().trim();
  if (/^\d+(?:\.\d+)?$/.test(w)) return Number(w);
  const parts = w.split(/[-\s]+/);
  let total = 0;
  for (const p of parts) {
    const n = NUMBER_WORDS[p];
    if (n === undefined) return null;
    total += n;
  }
  return total;
}

const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
};

export function ordinalOf(word: string): number | null {
  return ORDINALS[word.toLowerCase()] ?? null;
}

export type Unit = "second" | "minute" | "hour" | "day" | "week" | "month" | "quarter" | "year" | "decade" | "century";

export const UNIT = "seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?|centuries|century";

export function unitOf(word: string): Unit | null {
  const w = word.toLowerCase();
  if (w === "centuries" || w === "century") return "century";
  const s = w.replace(/s$/, "");
  switch (s) {
    case "second": case "minute": case "hour": case "day": case "week": case "month": case "quarter": case "year": case "decade":
      return s;
    default:
      return null;
  }
}
