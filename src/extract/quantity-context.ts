/**
 * @module What the words around a count say about it: an approximation before it ("about 30"), a
 * figure the sentence has left behind ("up from four"), the size of a named body ("the nine members
 * of the Committee"), a part of a larger count ("includes 81", "of which 12").
 */
import type { Approximation, Sentence } from "../types.ts";
import { STOP_SCAN } from "./casualties.ts";
import { wordValue } from "./numbers.ts";

export const APPROX_BEFORE: ReadonlyArray<[RegExp, Approximation]> = [
  [/^(about|around|approximately|roughly|nearly|almost|some|circa|approx\.?|an estimated|estimated)$/i, "about"],
  [/^(more than|over|upwards of|in excess of)$/i, "more-than"],
  [/^(at least|a minimum of|no fewer than|no less than)$/i, "at-least"],
  [/^(fewer than|less than|under|below)$/i, "less-than"],
  [/^(up to|as many as|a maximum of|at most|no more than|not more than|no fewer than)$/i, "up-to"],
];
/** Words before a count that make it a part of a larger one: "includes 81", "of which 81", "among them 12". */
const PART_BEFORE = /^(?:includ(?:es|ing|ed|e)|incl\.?|comprising|of which|among them|among which|of these|of those)$/i;
/** Words after a count that do: "81 of them", "12 of the 180", "40 of which". */
const PART_AFTER = /^of (?:them|these|those|which|the \d[\d,.]*)$/i;

/**
 * Is the count a figure the sentence has left behind: "up from four", "down from 15", "rather than
 * 15", "instead of 62", "from 15 working days to five" (the first of a from…to pair)? Then it is
 * not the figure the claim gives, and no other account's figure contradicts it.
 */
export function isPrevious(toks: Sentence["tokens"], start: number, next: number): boolean {
  const before = (n: number): string => toks.slice(Math.max(0, start - n), start).map((t) => t.norm).join(" ");
  const lead = APPROX_BEFORE.some(([re]) => re.test(toks[start - 1]?.text ?? "")) ? 1 : 0;
  const cue = (n: number): string => toks.slice(Math.max(0, start - lead - n), start - lead).map((t) => t.norm).join(" ");
  if (/^(?:up from|down from|rather than|instead of|compared with|compared to|revised from|raised from|lowered from|cut from|increased from|reduced from)$/.test(cue(2))) return true;
  // "rose to 1,200 from 1,000": a figure just before "from" is the new one.
  if (before(1) === "from" || cue(1) === "from") {
    for (let k = start - lead - 2; k >= Math.max(0, start - lead - 6); k--) {
      const w = toks[k];
      if (!w || STOP_SCAN.has(w.norm)) break;
      if (/\d/.test(w.text) || wordValue(w.text) !== null) return true;
    }
  }
  // "from 15 (working days) to five": a from…to pair whose second figure follows.
  if (before(1) === "from" || cue(1) === "from") {
    for (let k = next; k < Math.min(toks.length, next + 4); k++) {
      if (toks[k]?.norm === "to" && wordValue(toks[k + 1]?.text ?? "") !== null) return true;
      if (STOP_SCAN.has(toks[k]?.norm ?? "")) break;
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
  const lead = APPROX_BEFORE.some(([re]) => re.test(toks[start - 1]?.text ?? "")) ? 1 : 0;
  const cue = (n: number): string => toks.slice(Math.max(0, start - lead - n), start - lead).map((t) => t.norm).join(" ");
  if (PART_BEFORE.test(cue(1)) || PART_BEFORE.test(cue(2)) || PART_BEFORE.test(before(1))) return true;
  const after = toks.slice(next, next + 3).map((t) => t.norm);
  return PART_AFTER.test(after.slice(0, 2).join(" ")) || PART_AFTER.test(after.join(" "));
}
