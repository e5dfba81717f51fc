/**
 * @module The words around a number that make it a quantity: before it, a currency sign, words of
 * approximation ("about", "more than") and "more"; after it, the noun phrase that says what it
 * counts or measures (a formation, a head noun, a hyphened measure, "years old"). See quantities.ts.
 */
import type { Approximation, PartReason, Sentence } from "../types.ts";
import { wordValue } from "./numbers.ts";
import { numberLexicon } from "./lang-pack.ts";
import { APPROX_BEFORE } from "./quantity-context.ts";
import { isFormation, unitLexicon } from "./units.ts";

const INCREMENT = /^(more|additional|further|another|extra|new)$/i;
/** Currency signs written before an amount → the unit of the amount (a Map: no token reaches an object's prototype). */
export const CURRENCY_SIGNS: ReadonlyMap<string, string> = new Map(Object.entries({
  $: "usd", US$: "usd", "€": "eur", "£": "gbp", "₹": "inr", Rs: "inr", "Rs.": "inr", INR: "inr", "₦": "ngn", "¥": "jpy",
  NZ$: "nzd", A$: "aud", AU$: "aud", C$: "cad", CA$: "cad", HK$: "hkd", S$: "sgd", SFr: "chf", CHF: "chf", R$: "brl", KSh: "kes",
}));
/** Currency codes written before "$" as a separate token ("NZ" "$" 86m). */
const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map(Object.entries({ NZ: "nzd", A: "aud", AU: "aud", C: "cad", CA: "cad", HK: "hkd", S: "sgd", US: "usd", R: "brl" }));
export const STOP_POS = new Set(["VERB", "AUX", "CCONJ", "SCONJ", "PRON", "DET", "PART"]);

/** What stands before a number: a currency sign, words of approximation ("about", "more than"), "more". */
export function leadOf(toks: Sentence["tokens"], start: number, read: { readonly upper: number | null; readonly isVague: boolean }): { approx: Approximation; currency: string | null; lead: number; qStart: number; incremental: boolean } {
  const t = toks[start] as Sentence["tokens"][number];
  let approx: Approximation = read.upper !== null ? "range" : read.isVague ? "at-least" : "exact";
  // A currency sign before the number belongs to the quantity ("about $6.5 billion").
  const sign = toks[start - 1]?.text ?? "";
  const currency = (sign === "$" ? DOLLAR_PREFIXES.get(toks[start - 2]?.text ?? "") : undefined) ?? CURRENCY_SIGNS.get(sign) ?? null;
  const lead = currency ? start - 1 : start;
  let qStart = currency ? (toks[lead]?.span[0] ?? t.span[0]) : t.span[0];
  for (const [re, kind] of APPROX_BEFORE) {
    for (const n of [3, 2, 1]) {
      const prev = toks.slice(Math.max(0, lead - n), lead);
      if (prev.length === n && re.test(prev.map((p) => p.text).join(" "))) {
        approx = kind;
        qStart = prev[0]?.span[0] ?? qStart;
      }
    }
  }
  const incremental = INCREMENT.test(toks[start - 1]?.text ?? "") && toks[start - 1]?.norm !== "new";
  return { approx, currency, lead, qStart, incremental };
}

/** The noun phrase after a number: its unit (a formation, or the head noun), where it ends, and whether the number only describes it. */
export function unitAfter(toks: Sentence["tokens"], j: number): { unit: string | null; end: number; head: string | null; descriptive: boolean; incremental: boolean } {
  let unit: string | null = null;
  let end = j;
  let k = j;
  let head: string | null = null;
  let incremental = false;
  // "a nine-member committee", "a 10-minute average": the number describes the noun after it
  // and is no count to set against others ("three members voted").
  let descriptive = false;
  const hyphen = toks[j];
  const measure = toks[j + 1];
  if (hyphen?.text === "-" && measure && hyphen.span[0] === toks[j - 1]?.span[1] && measure.span[0] === hyphen.span[1] && /^\p{L}+$/u.test(measure.text) && wordValue(measure.text) === null) {
    // "a 10-minute average", "a five-year deal": the number measures the hyphened word, not the noun after it.
    unit = measure.pos === "NOUN" || measure.pos === "ADJ" || measure.pos === "PROPN" ? measure.lemma : measure.norm;
    end = j + 2;
    k = toks.length;
    descriptive = true;
  }
  // "a 22 year-old resident", "45 years old": an age, written apart, like "a 22-year-old resident".
  const oldAt = toks[j]?.lemma === "year" ? (toks[j + 1]?.norm === "old" ? j + 1 : toks[j + 1]?.text === "-" && toks[j + 2]?.norm === "old" ? j + 2 : -1) : -1;
  if (!descriptive && oldAt > 0) {
    unit = "year";
    end = oldAt + 1;
    k = toks.length;
    descriptive = true;
  }
  while (k < toks.length && k < j + 7) {
    const w = toks[k];
    if (!w) break;
    if (INCREMENT.test(w.text) && k === j) {
      incremental = w.norm !== "new";
      k++;
      continue;
    }
    if (w.text === "%") {
      unit = "percent";
      end = k + 1;
      break;
    }
    if (STOP_POS.has(w.pos) || w.pos === "ADP" || (w.pos === "PUNCT" && w.text !== "-")) break;
    const lemma = w.lemma;
    if (isFormation(lemma)) {
      unit = lemma;
      end = k + 1;
    } else if (w.pos === "NOUN" || w.pos === "PROPN" || w.pos === "ADJ" || w.pos === "NUM" || w.pos === "X" || w.pos === "SYM") {
      // "minus-20 degree temperatures", "a 10 mile stretch": a unit of measure in the singular before another noun is what the number measures.
      if (k === j && !unit && w.pos === "NOUN" && w.norm === lemma && unitLexicon().measures.has(lemma) && toks[k + 1]?.pos === "NOUN") {
        unit = lemma;
        end = k + 2;
        break;
      }
      if (w.pos === "NOUN" && !unit) head = lemma;
      end = k + 1;
    }
    k++;
  }
  return { unit: unit || head, end, head, descriptive, incremental };
}

/** A sign and a number in one token: "-5", "−5", "minus-20" (the word must be one of the numbers pack's signs). */
const SIGNED = /^([-−]|\p{L}+-)(\d[\d,]*(?:\.\d+)?)$/u;

/** The value of a number written with its sign in one token ("-5", "minus-20"), or null. */
export function signedToken(text: string): number | null {
  const m = SIGNED.exec(text);
  if (!m?.[1] || !m[2]) return null;
  if (m[1] !== "-" && m[1] !== "−" && !numberLexicon().signs.negativeBefore.has(m[1].slice(0, -1).toLowerCase())) return null;
  const v = wordValue(m[2]);
  return v === null ? null : -v;
}

/** Whether a sign word of the numbers pack ("minus") stands right before token `lead`. */
export function signBefore(toks: Sentence["tokens"], lead: number): boolean {
  return numberLexicon().signs.negativeBefore.has(toks[lead - 1]?.norm ?? "");
}

/** The words of a sign phrase of the numbers pack ("below zero") that start at token `at`, or undefined. */
export function signAfter(toks: Sentence["tokens"], at: number): readonly string[] | undefined {
  return numberLexicon().signs.negativeAfter.find((words) => words.every((w, k) => toks[at + k]?.norm === w));
}

/** The text of a sentence between two offsets of its article. */
export function sentenceSlice(s: Sentence, start: number, end: number): string {
  return s.text.slice(start - s.span[0], end - s.span[0]);
}

/** The `part` flag of a quantity and, when set, why (see Quantity.partOf). */
export function partOf(reason: PartReason | null): { part: boolean; partOf?: PartReason } {
  return reason ? { part: true, partOf: reason } : { part: false };
}
