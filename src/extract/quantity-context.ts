/**
 * @module What the words around a count say about it: an approximation before it ("about 30"), a
 * figure the sentence has left behind ("up from four"), the size of a named body ("the nine members
 * of the Committee"), a part of a larger count ("includes 81", "of which 12"). The words are the
 * quantities pack's (packs/lang/en/quantities.json), read as patterns built once, on first use.
 */
import type { Approximation, Sentence } from "../types.ts";
import { clauseEnd } from "./casualties.ts";
import { wordValue } from "./numbers.ts";
import { alternatives, lazyPattern, wordListPack } from "./word-lists.ts";

/** The quantities pack (packs/lang/en/quantities.json), read on first use. */
export const quantityWords = wordListPack("quantities", ["approxAbout", "approxMoreThan", "approxAtLeast", "approxLessThan", "approxUpTo", "gluedAbout", "gluedMoreThan", "partBefore", "partAfterOf", "previous", "unitNumberWords", "notCountAfterOne", "yearNamers", "dailyPrepositions", "dailyRecent", "dailyPeriods", "perFormation", "total", "partsOfTotal", "entersIts", "ordinals", "ordinalSuffixes", "clockSuffixes", "clockWords"]);
/** A whole phrase of a list of the quantities pack, words one space apart. */
const wholeWords = (list: keyof ReturnType<typeof quantityWords>, flags: string): (() => RegExp) => lazyPattern(() => `^(?:${alternatives(quantityWords()[list], " ")})$`, flags);

let approxBefore: ReadonlyArray<readonly [RegExp, Approximation]> | undefined;
/** Approximation words before a count ("about", "more than"), each list as one pattern, with what it makes the count. */
function approxLists(): ReadonlyArray<readonly [RegExp, Approximation]> {
  const lists = [["approxAbout", "about"], ["approxMoreThan", "more-than"], ["approxAtLeast", "at-least"], ["approxLessThan", "less-than"], ["approxUpTo", "up-to"]] as const;
  return (approxBefore ??= lists.map(([list, kind]) => [wholeWords(list, "i")(), kind] as const));
}
export const APPROX_BEFORE: Iterable<readonly [RegExp, Approximation]> = { [Symbol.iterator]: () => approxLists()[Symbol.iterator]() };
/** Words before a count that make it a part of a larger one: "includes 81", "of which 81", "among them 12". */
const PART_BEFORE = wholeWords("partBefore", "i");
/** Words after a count that do: "81 of them", "12 of the 180", "40 of which". */
const PART_AFTER = lazyPattern(() => `^of (?:${alternatives(quantityWords().partAfterOf, " ")}|the \\d[\\d,.]*)$`, "i");
const PREVIOUS = wholeWords("previous", "");
/** Patterns of quantities.ts: a number word after a tens word and a hyphen, a word after "one" that makes it no count, a word before a year that makes it a name, an approximation before a glued sign, a day's span of time. */
export const UNIT_WORD = wholeWords("unitNumberWords", "i");
export const NOT_COUNT_AFTER_ONE = wholeWords("notCountAfterOne", "i");
export const YEAR_NAMER = wholeWords("yearNamers", "i");
export const GLUED_ABOUT = wholeWords("gluedAbout", "i");
export const GLUED_MORE_THAN = wholeWords("gluedMoreThan", "i");
/** An ordinal in digits ("21st"); a time of day ("9pm", "11.02 a.m."), and a word after a number that makes it one ("GMT"). */
export const ORDINAL = lazyPattern(() => `^\\d+(?:${alternatives(quantityWords().ordinalSuffixes, " ")})$`, "i");
export const CLOCK = lazyPattern(() => `^\\d{1,2}(?:[.:]\\d{2})?\\s?(?:${alternatives(quantityWords().clockSuffixes, " ")})$`, "i");
export const CLOCK_AFTER = lazyPattern(() => `^(?:${alternatives([...quantityWords().clockSuffixes, ...quantityWords().clockWords], " ")})$`, "i");
export const DAILY = lazyPattern(() => {
  const w = quantityWords();
  return `^[^.;]{0,40}?\\b(?:${alternatives(w.dailyPrepositions, " ")}) the (?:${alternatives(w.dailyRecent, " ")}) (?:${alternatives(w.dailyPeriods, " ")})\\b`;
}, "i");

/**
 * Is the count a figure the sentence has left behind: "up from four", "down from 15", "rather than
 * 15", "instead of 62", "from 15 working days to five" (the first of a from…to pair)? Then it is
 * not the figure the claim gives, and no other account's figure contradicts it.
 */
export function isPrevious(toks: Sentence["tokens"], start: number, next: number): boolean {
  const before = (n: number): string => toks.slice(Math.max(0, start - n), start).map((t) => t.norm).join(" ");
  const lead = approxLists().some(([re]) => re.test(toks[start - 1]?.text ?? "")) ? 1 : 0;
  const cue = (n: number): string => toks.slice(Math.max(0, start - lead - n), start - lead).map((t) => t.norm).join(" ");
  if (PREVIOUS().test(cue(2))) return true;
  // "rose to 1,200 from 1,000": a figure just before "from" is the new one.
  if (before(1) === "from" || cue(1) === "from") {
    for (let k = start - lead - 2; k >= Math.max(0, start - lead - 6); k--) {
      const w = toks[k];
      if (!w || clauseEnd(w.norm)) break;
      if (/\d/.test(w.text) || wordValue(w.text) !== null) return true;
    }
  }
  // "from 15 (working days) to five": a from…to pair whose second figure follows.
  if (before(1) === "from" || cue(1) === "from") {
    for (let k = next; k < Math.min(toks.length, next + 4); k++) {
      if (toks[k]?.norm === "to" && wordValue(toks[k + 1]?.text ?? "") !== null) return true;
      if (clauseEnd(toks[k]?.norm ?? "")) break;
    }
  }
  return false;
}

/**
 * "The nine members of the Monetary Policy Committee", "the 27 member states of the European
 * Union": the size of a named body, not a count of those who did something ("three members voted").
 */
export function wholeBody(toks: Sentence["tokens"], start: number, next: number): boolean {
  if (toks[start - 1]?.norm !== "the" || toks[next]?.norm !== "of") return false;
  const after = toks[next + 1]?.norm === "the" ? toks[next + 2] : toks[next + 1];
  return after !== undefined && /^\p{Lu}/u.test(after.text);
}

/** Is the count starting at token `start` (number words end before `next`) a part of a larger count? */
export function isPart(toks: Sentence["tokens"], start: number, next: number): boolean {
  const before = (n: number): string => toks.slice(Math.max(0, start - n), start).map((t) => t.norm).join(" ");
  // Skip an approximation word between the cue and the number ("includes about 80").
  const lead = approxLists().some(([re]) => re.test(toks[start - 1]?.text ?? "")) ? 1 : 0;
  const cue = (n: number): string => toks.slice(Math.max(0, start - lead - n), start - lead).map((t) => t.norm).join(" ");
  const part = PART_BEFORE();
  if (part.test(cue(1)) || part.test(cue(2)) || part.test(before(1))) return true;
  const after = toks.slice(next, next + 3).map((t) => t.norm);
  const partAfter = PART_AFTER();
  return partAfter.test(after.slice(0, 2).join(" ")) || partAfter.test(after.join(" "));
}
