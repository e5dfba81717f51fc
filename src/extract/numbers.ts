/** @module Number words and numerals → values ("five", "twenty-one", "2,000", "1.5 million", "a dozen"). */

const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, mn: 1e6, bn: 1e9, m: 1e6, k: 1e3,
  // South Asian scales: a lakh is 100,000, a crore ten million.
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
};

/** Vague counts read conservatively (ACLED's convention: "dozens" = 24, "several" = 3). */
export const VAGUE_COUNTS: Readonly<Record<string, number>> = {
  dozen: 12, dozens: 24, hundreds: 200, thousands: 2000, several: 3, few: 2, couple: 2, "a couple": 2,
  scores: 40, tens: 20,
};

/** The most a vague count can mean: "dozens" are fewer than a hundred, "hundreds" fewer than a thousand. */
export const VAGUE_UPPER: Readonly<Record<string, number>> = {
  dozen: 12, dozens: 99, hundreds: 999, thousands: 9999, several: 9, few: 5, couple: 3, "a couple": 3,
  scores: 99, tens: 99,
};

/** Values of the words asked about (the same few thousand words come back in every sentence). */
const values = new Map<string, number | null>();
const VALUES_KEPT = 50_000;

/**
 * ASCII code units a word with a value can start with: a digit, the first letter of a number word
 * (zero … ninety), or of a property every object has (the `in` checks below see those too).
 */
const MAY_START = new Uint8Array(128);
for (const c of "0123456789ztfsenocvhip_ZTFSENOCVHIP") MAY_START[c.charCodeAt(0)] = 1;

/** Value of one word or numeral, or null. */
export function wordValue(word: string): number | null {
  const first = word.charCodeAt(0);
  if (first < 128 && MAY_START[first] === 0) return null;
  const known = values.get(word);
  if (known !== undefined) return known;
  const value = valueOf(word);
  if (values.size >= VALUES_KEPT) values.clear();
  values.set(word, value);
  return value;
}

function valueOf(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(w)) return Number(w.replace(/,/g, ""));
  if (/^\d+(\.\d+)?$/.test(w)) return Number(w);
  if (w in UNITS) return UNITS[w] ?? null;
  if (w in TENS) return TENS[w] ?? null;
  const hy = /^([a-z]+)-([a-z]+)$/.exec(w);
  if (hy && hy[1] && hy[2] && hy[1] in TENS && hy[2] in UNITS) return (TENS[hy[1]] ?? 0) + (UNITS[hy[2]] ?? 0);
  return null;
}

export function scaleValue(word: string): number | null {
  // "m." ends a sentence after "€6.8m".
  return SCALES[word.toLowerCase().replace(/\.$/, "")] ?? null;
}

/** Parse a sequence of number words ("two hundred and forty", "1.5 million"); null if not a number. */
export function parseNumberWords(words: readonly string[]): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const raw of words) {
    const w = raw.toLowerCase();
    if (w === "and" && seen) continue;
    const v = wordValue(w);
    if (v !== null) {
      current += v;
      seen = true;
      continue;
    }
    const s = scaleValue(w);
    if (s !== null && seen) {
      if (s === 100) current *= 100;
      else {
        total += current * s;
        current = 0;
      }
      continue;
    }
    return null;
  }
  return seen ? total + current : null;
}
