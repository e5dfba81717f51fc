/**
 * @module Quantities with units and what they count: "five divisions of S-400 surface-to-air
 * missile systems" → 5 division (S-400); "140 Su-57 fighter jets" → 140 jet (Su-57); "five more
 * S-400 squadrons" → 5 squadron, incremental; "about 30", "more than 2,000", "10 to 12", "dozens".
 */
import { QUANTITY_RULES, type QuantityRule } from "./quantity-rules.ts";
import { impliedUnit, numberLexicon } from "./lang-pack.ts";
import type { Mention, Quantity, Sentence, Span } from "../types.ts";
import { casualtyScope, casualtyUnit, COUNTS_PEOPLE, isGroupNoun, pluralNoun } from "./casualties.ts";
import { MONTH_ANY, WEEKDAY } from "./dates/lexicon.ts";
import { parseNumberWords, scaleValue, VAGUE_COUNTS, wordValue } from "./numbers.ts";
import { CLOCK, CLOCK_AFTER, DAILY, isPart, isPrevious, NOT_COUNT_AFTER_ONE, ORDINAL, UNIT_WORD, wholeBody, YEAR_NAMER } from "./quantity-context.ts";
import { unitClass } from "./units.ts";
import { CURRENCY_SIGNS, leadOf, partOf, sentenceSlice, signAfter, signBefore, signedToken, STOP_POS, unitAfter } from "./quantity-phrase.ts";
import { gluedMoney } from "./glued-money.ts";

const CALENDAR = new RegExp(`^(?:${MONTH_ANY}|${WEEKDAY})$`);

export interface QuantityOptions {
  readonly mentions: readonly Mention[];
  /** Spans already taken by dates: numbers inside them are not quantities. */
  readonly dateSpans: readonly Span[];
  /** Told of each number a named rule leaves out (for `--explain`). */
  readonly onDrop?: (rule: QuantityRule, span: Span, text: string) => void;
}

const overlaps = (a: Span, b: Span): boolean => a[0] < b[1] && b[0] < a[1];

/** The sentence being scanned, and how a left-out number is reported. */
interface Scan {
  readonly sentence: Sentence;
  readonly toks: Sentence["tokens"];
  readonly options: QuantityOptions;
  readonly drop: (rule: QuantityRule, from: number, to: number) => void;
}

/** A number read at a token: its value, its range's upper bound, where its words end, whether it is a vague word ("dozens"). */
interface NumberRead {
  readonly value: number;
  readonly upper: number | null;
  readonly j: number;
  readonly isVague: boolean;
}

/** A number left out by a rule: the rule, the tokens it covers and where scanning resumes. */
interface LeftOut {
  readonly rule: QuantityRule;
  readonly from: number;
  readonly to: number;
  readonly next: number;
}

/** All quantities in one sentence. */
export function extractQuantities(sentence: Sentence, options: QuantityOptions): readonly Quantity[] {
  const toks = sentence.tokens;
  const out: Quantity[] = [];
  const drop = (rule: QuantityRule, from: number, to: number): void => {
    const a = toks[from];
    const b = toks[Math.max(from, Math.min(to, toks.length) - 1)];
    if (options.onDrop && a && b) options.onDrop(rule, [a.span[0], b.span[1]], sentenceSlice(sentence, a.span[0], b.span[1]));
  };
  const s: Scan = { sentence, toks, options, drop };
  let i = 0;
  while (i < toks.length) {
    const glued = gluedMoney(sentence, toks, i);
    if (glued) {
      out.push(glued.quantity);
      i = glued.next;
      continue;
    }
    const read = readNumber(s, i);
    if (typeof read === "number") {
      i = read;
      continue;
    }
    const left = leftOut(s, i, read) ?? rangeOf(s, i, read);
    if ("rule" in left) {
      drop(left.rule, left.from, left.to);
      i = left.next;
      continue;
    }
    const made = quantityAt(s, i, left);
    if (typeof made === "number") {
      i = made;
      continue;
    }
    out.push(made.quantity);
    i = made.next;
  }
  return out;
}

/** The number that starts at token i, or the index to resume at when none does (a score such as "6-3" is reported and skipped). */
function readNumber(s: Scan, i: number): NumberRead | number {
  const { toks } = s;
  const t = toks[i] as Sentence["tokens"][number];
  const isVague = t.norm in VAGUE_COUNTS;
  const negative = signedToken(t.text);
  if (negative !== null && !s.options.dateSpans.some((d) => overlaps(d, t.span))) return { value: negative, upper: null, j: i + 1, isVague: false };
  const startsNumber = (t.pos === "NUM" || wordValue(t.text) !== null) && !ORDINAL().test(t.text);
  if ((!startsNumber && !isVague) || s.options.dateSpans.some((d) => overlaps(d, t.span))) return i + 1;
  let j = i;
  const words: string[] = [];
  let value: number | null;
  let upper: number | null = null;
  if (isVague) {
    value = VAGUE_COUNTS[t.norm] ?? null;
    j = i + 1;
    if (toks[j]?.norm === "of") j++;
  } else {
    const range = /^(\d[\d,.]*)[-–](\d[\d,.]*)$/.exec(t.text);
    if (range && range[1] && range[2]) {
      value = wordValue(range[1]);
      upper = wordValue(range[2]);
      j = i + 1;
      // "6-3", "2-1": a score or a vote tally (the second figure below the first), not a range.
      if (value !== null && upper !== null && upper < value) {
        s.drop(QUANTITY_RULES.score, i, j);
        return j;
      }
    } else {
      while (j < toks.length) {
        const w = toks[j];
        if (!w) break;
        if (wordValue(w.text) !== null || (words.length > 0 && (scaleValue(w.text) !== null || (w.norm === "and" && scaleValue(words[words.length - 1] ?? "") !== null && wordValue(toks[j + 1]?.text ?? "") !== null)))) {
          words.push(w.text);
          j++;
        } else if (words.length > 0 && w.text === "-" && /^[a-z]+$/i.test(words[words.length - 1] ?? "") && UNIT_WORD().test(toks[j + 1]?.text ?? "") && toks[j - 1]?.span[1] === w.span[0] && w.span[1] === toks[j + 1]?.span[0]) {
          // "Forty-one": a tens word and a units word joined by a hyphen.
          words.push(toks[j + 1]?.text ?? "");
          j += 2;
        } else break;
      }
      value = parseNumberWords(words);
    }
  }
  return value === null ? Math.max(j, i + 1) : { value, upper, j, isVague };
}

/** The rule that leaves out the number read at token i as no count: a clock time, a name, "no one", a model's number, "one of". */
function leftOut(s: Scan, i: number, { value, j }: NumberRead): LeftOut | null {
  const { toks } = s;
  const t = toks[i] as Sentence["tokens"][number];
  // A clock time ("8 a.m.", "11.02am", "10 pm") is not a count.
  if (CLOCK().test(t.text) || (CLOCK_AFTER().test(toks[j]?.text ?? "") && (toks[j]?.span[0] ?? 0) - (toks[j - 1]?.span[1] ?? 0) <= 1)) return { rule: QUANTITY_RULES.clock, from: i, to: j + 1, next: j + 1 };
  // "76ers", "4G": letters glued to the number that are no unit make a name.
  const after = toks[j];
  const oneToken = /^\d+(\p{L}+)$/u.exec(t.text)?.[1];
  if (oneToken !== undefined && !numberLexicon().gluedUnits.has(oneToken.toLowerCase())) return { rule: QUANTITY_RULES.gluedName, from: i, to: i + 1, next: Math.max(j, i + 1) };
  if (/^\d+$/.test(t.text) && j === i + 1 && after && after.span[0] === t.span[1] && /^\p{L}+$/u.test(after.text) && !numberLexicon().gluedUnits.has(after.text.toLowerCase())) return { rule: QUANTITY_RULES.gluedName, from: i, to: j + 1, next: j + 1 };
  // "No one was injured": none.
  if (value === 1 && /^one$/i.test(t.text) && /^no$/i.test(toks[i - 1]?.text ?? "")) return { rule: QUANTITY_RULES.noOne, from: i - 1, to: j, next: j };
  // "an ATR 72 turboprop", "a Boeing 737", "Falcon 9": a model's number, not a count.
  const named = toks[i - 1];
  if (named && /^\d+$/.test(t.text) && /^\p{Lu}[\p{L}]*$/u.test(named.text) && (named.pos === "PROPN" || /^\p{Lu}{2,}$/u.test(named.text)) && !CALENDAR.test(named.text) && !CURRENCY_SIGNS.has(named.text) && !(i - 1 === 0)) return { rule: QUANTITY_RULES.model, from: i - 1, to: j, next: j };
  // "one of the", "one another": not a count.
  if (value === 1 && /^(one)$/i.test(t.text) && NOT_COUNT_AFTER_ONE().test(toks[j]?.norm ?? "")) return { rule: QUANTITY_RULES.oneOf, from: i, to: j + 1, next: j };
  return null;
}

/** "10 to 12", "between 10 and 12": the number with its range's upper bound; "split six to three" is a tally, left out. */
function rangeOf(s: Scan, i: number, read: NumberRead): NumberRead | LeftOut {
  const { toks } = s;
  const { value, upper, j } = read;
  const conj = toks[j]?.norm ?? "";
  if (upper !== null || !(conj === "to" || (conj === "and" && toks[i - 1]?.norm === "between")) || !toks[j + 1] || wordValue(toks[j + 1]?.text ?? "") === null) return read;
  const second = wordValue(toks[j + 1]?.text ?? "");
  if (second !== null && second < value) {
    // "from four to three": a change, the first figure left behind (isPrevious); "split six to
    // three": a vote tally, no count at all.
    return toks[i - 1]?.norm !== "from" ? { rule: QUANTITY_RULES.score, from: i, to: j + 2, next: j + 2 } : read;
  }
  return { ...read, upper: second, j: j + 2 };
}

/** The quantity of the number read at token i, with where scanning resumes; or, for a year, the index to resume at. */
function quantityAt(s: Scan, i: number, read: NumberRead): { quantity: Quantity; next: number } | number {
  const { sentence, toks, options } = s;
  const t = toks[i] as Sentence["tokens"][number];
  const { value, upper, j, isVague } = read;
  const lex = numberLexicon();
  const led = leadOf(toks, i, read);
  const { approx, currency, incremental: before } = led;
  // "minus 17 degrees": a sign word right before the number belongs to it.
  const minus = !currency && read.value > 0 && signBefore(toks, led.lead);
  const lead = minus ? led.lead - 1 : led.lead;
  const qStart = minus ? (toks[lead]?.span[0] ?? led.qStart) : led.qStart;
  const phrase = unitAfter(toks, j);
  const { head, descriptive } = phrase;
  let { unit, end } = phrase;
  // A bare year ("in 2013") is a date, whatever the words around it count.
  if (!unit && !currency && year(value) && upper === null && /^\d{4}$/.test(t.text)) {
    s.drop(QUANTITY_RULES.year, i, j);
    return j;
  }
  // "a mother of two": the phrase before a bare number says what it counts (the English numbers pack).
  // A proper name right after the number is whom the phrase is about, not what the number counts ("a mother of 13 Zurana Horton").
  const nameFollows = toks[j]?.pos === "PROPN" && /^\p{Lu}/u.test(toks[j]?.text ?? "");
  const implied = (unit === null || nameFollows) && !currency ? impliedUnit(toks.slice(Math.max(0, lead - lex.longest), lead).map((w) => w.text)) : null;
  if (implied && nameFollows) end = j;
  if (currency) unit = currency;
  else if (implied) unit = implied;
  else if (toks[lead - 1]?.norm === "magnitude" || /^-?magnitude$/.test(toks[j]?.norm ?? "") || (toks[j]?.text === "-" && toks[j + 1]?.norm === "magnitude")) unit = "magnitude";
  else if (unit === null || COUNTS_PEOPLE.has(unitClass(unit) ?? "")) unit = casualtyUnit(sentence, toks, lead, end) ?? unit;
  // "2026", and "the 2023 earthquakes" (a year naming an event, not a count of them).
  const namesYear = year(value) && /^\d{4}$/.test(t.text) && YEAR_NAMER().test(toks[lead - 1]?.norm ?? "");
  if ((year(value) && (upper === null || year(upper)) && !unit) || namesYear) {
    s.drop(QUANTITY_RULES.year, i, j);
    return j;
  }
  // "of S-400 ..." after the unit names the item.
  let itemEnd = toks[end - 1]?.span[1] ?? t.span[1];
  if (toks[end]?.norm === "of") {
    let m = end + 1;
    while (m < toks.length && m < end + 8 && !STOP_POS.has(toks[m]?.pos ?? "") && toks[m]?.pos !== "ADP" && toks[m]?.text !== ",") m++;
    itemEnd = toks[m - 1]?.span[1] ?? itemEnd;
  }
  const npSpan: Span = [qStart, itemEnd];
  const item = options.mentions.find((mn) => mn.type === "weapon" && overlaps(mn.span, npSpan)) ?? null;
  const below = signAfter(toks, Math.max(end, j));
  const spanEnd = toks[Math.max(end, j) - 1 + (below?.length ?? 0)]?.span[1] ?? t.span[1];
  const negative = minus || (below !== undefined && value > 0);
  const casualty = unitClass(unit) === "deaths" || unitClass(unit) === "injuries";
  // "41 police officers were injured" and "66 protesters were injured" count different people.
  const group = casualty && head !== null && isGroupNoun(head) ? pluralNoun(head) : null;
  const place = casualty ? casualtyScope(sentence, toks, lead, Math.max(end, j), options.mentions) : null;
  const scope = [group ? `among ${group}` : null, place].filter(Boolean).join(" ") || null;
  // "four deaths in the previous 24 hours": a day's new figure, not the running toll.
  const daily = DAILY().test(sentence.text.slice((toks[Math.max(end, j) - 1]?.span[1] ?? 0) - sentence.span[0]));
  const quantity: Quantity = {
    kind: "quantity",
    span: [qStart, spanEnd],
    sentence: sentence.index,
    text: sentenceSlice(sentence, qStart, spanEnd),
    value: negative ? -(upper ?? value) : value,
    upper: negative ? -value : (upper ?? value),
    approx,
    unit,
    item: item?.canonical ?? null,
    incremental: before || phrase.incremental,
    ...partOf(descriptive ? "descriptive" : daily ? "recent" : isPart(toks, lead, j) ? "subset" : isPrevious(toks, lead, Math.max(end, j)) ? "previous" : wholeBody(toks, lead, Math.max(end, j)) ? "whole-body" : null),
    ...(scope ? { scope } : {}),
    ...(isVague ? { vague: t.norm } : {}),
  };
  return { quantity, next: Math.max(end, j, i + 1) + (below?.length ?? 0) };
}

function year(v: number): boolean {
  return Number.isInteger(v) && v >= 1900 && v <= 2100;
}
