/** @module Background: what a claim dated before the story's year tells is context, never a rival of the story's own figures. */
import type { TraceEntry } from "../report/types.ts";
import type { Rule } from "../rules.ts";
import type { Claim, DateValue } from "../types.ts";

export const BACKGROUND_RULE: Rule = {
  id: "fact.background",
  doc: "A sentence dated in a year before the story's, written out ('In 2004, a magnitude 9.1 quake ...') or counted back from the article's date ('Last year, a 6.4-magnitude quake ...', 'two years ago'), or on a calendar day a month or more before the first article ('On April 20, a 6.4-magnitude earthquake jolted ...' in a July story), is background: its figures are context, never an account of this story's figures or a rival of them.",
};

/**
 * Is a claim background to a story set in `storyYear`: it writes out a year before the story's
 * ("In 2004, a magnitude 9.1 quake ..."), or names a whole year counted back from the article's
 * date ("last year", "two years ago", "the previous year"). A year the date resolver supplied
 * to a day or month ("from the summer", "on April 20") is no evidence either way, and "the past
 * year" runs up to the present.
 */
export function isBackground(c: Claim, { storyYear, storyStart }: StoryTime): boolean {
  if (storyYear === null || storyYear === undefined) return false;
  return c.dates.some((d) => (/^\d{4}/.test(d.value) && Number(d.value.slice(0, 4)) < storyYear && (/\b\d{4}\b/.test(d.text) || pastYear(d))) || longBefore(d, storyStart));
}

/** When the story is set: its year, and the first article's publication date (FactContext and FigureContext carry both). */
export interface StoryTime {
  readonly storyYear?: number | null;
  readonly storyStart?: string | null;
}

/** Days before the first article a calendar day must end to date another, earlier event. */
const BACKGROUND_DAYS = 30;

/** A calendar day the text names ("On April 20", not a weekday the publication date resolves) that ends BACKGROUND_DAYS or more before `storyStart`. */
function longBefore(d: DateValue, storyStart: string | null | undefined): boolean {
  if (!storyStart || d.role === "relative" || d.granularity !== "day" || !d.end || !/^\d{4}-\d{2}-\d{2}/.test(d.end)) return false;
  return Date.parse(storyStart.slice(0, 10)) - Date.parse(d.end.slice(0, 10)) >= BACKGROUND_DAYS * 86_400_000;
}

/** A whole year counted back from the article's date: "last year", "two years ago", not "the past year". */
function pastYear(d: DateValue): boolean {
  return d.role === "relative" && d.granularity === "year" && !/\bpast\b/i.test(d.text);
}

/** A trace entry for each background claim that gives figures: what the rule read as context. */
export function backgroundTrace(claims: readonly Claim[], time: StoryTime): TraceEntry[] {
  return claims
    .filter((c) => c.quantities.length > 0 && isBackground(c, time))
    .map((c) => ({
      rule: BACKGROUND_RULE.id,
      doc: BACKGROUND_RULE.doc,
      action: "reclassified" as const,
      articleId: c.articleId,
      span: [c.span[0], c.span[1]] as const,
      quote: c.text,
      context: c.text,
      message: `read as background to a story set in ${String(time.storyYear)}: its figures (${c.quantities.map((q) => q.text).join(", ")}) are not compared`,
    }));
}
