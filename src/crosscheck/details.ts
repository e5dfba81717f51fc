/**
 * @module Detail readings (rule figure.detail): two content words said together ("a fire alarm",
 * "at the entrance of the church", "a nearby school") are a detail of the story when few of its
 * sentences say them. Articles reword the sentence around a detail but keep its words, so the
 * same detail in related sentences of independent articles is one corroborated fact, like a
 * figure (see figures.ts), whatever else each sentence says.
 */
import type { Claim, Token } from "../types.ts";
import type { Rule } from "../rules.ts";
import { isStopWord, stem } from "./similarity/features.ts";
import { wordValue } from "../extract/numbers.ts";
import type { FigureReading } from "./figures.ts";

export const DETAIL_RULE: Rule = {
  id: "figure.detail",
  doc: "Two content words said together ('a fire alarm', 'the entrance of the church') that few sentences of the story say are a detail: the same detail in related sentences of independent articles is one corroborated fact, quoting each.",
};

/** Function words that may stand between the two words of a detail ("entrance of the church"). */
const MAX_GAP = 2;
/** Shortest content word a detail is read from. */
const MIN_LETTERS = 3;

/** Parts of speech a detail's first word may be, and its last word must be: a detail is a thing, however described. */
const MODIFIER: ReadonlySet<string> = new Set(["NOUN", "ADJ"]);
const HEAD: ReadonlySet<string> = new Set(["NOUN"]);
/** Parts of speech that may stand between a detail's two words ("the entrance of the church"). */
const BETWEEN: ReadonlySet<string> = new Set(["DET", "ADP", "CCONJ", "PART"]);

/**
 * The details of a sentence: a noun or adjective and the noun that follows it, with at most MAX_GAP
 * articles or prepositions between ("fire alarm", "nearby school", "entrance of the church"),
 * keyed by their stems. A word of a name (a proper noun, a capitalized word inside the sentence,
 * or a word a name the extractor found covers) belongs to a relation (figure.names), and a number
 * or number word to a figure (figure.amount): neither is part of a detail.
 */
export function detailReadings(c: Claim, tokens: readonly Token[]): FigureReading[] {
  const out: FigureReading[] = [];
  const seen = new Set<string>();
  let prev: { stem: string; start: number } | null = null;
  let gap = 0;
  tokens.forEach((t, i) => {
    const lower = t.text.toLowerCase();
    if (BETWEEN.has(t.pos) && prev && ++gap <= MAX_GAP) return;
    const name = t.pos === "PROPN" || (i > 0 && /^\p{Lu}/u.test(t.text)) || c.mentions.some((m) => m.span[0] <= t.span[0] && t.span[0] < m.span[1]);
    const content = (MODIFIER.has(t.pos) || HEAD.has(t.pos)) && !name && t.text.length >= MIN_LETTERS && /^\p{L}/u.test(t.text) && !isStopWord(lower) && wordValue(lower) === null;
    if (!content) {
      prev = null;
      gap = 0;
      return;
    }
    const here = { stem: stem((t.lemma || lower).toLowerCase()), start: t.span[0] };
    if (prev && HEAD.has(t.pos) && prev.stem !== here.stem) {
      const key = `detail|${prev.stem} ${here.stem}`;
      if (!seen.has(key)) {
        seen.add(key);
        // Shown whole: "second-degree murder", not "degree murder".
        const from = prev.start - c.span[0];
        const whole = from - (/[\p{L}\p{N}]+-$/u.exec(c.text.slice(Math.max(0, from - 24), from))?.[0].length ?? 0);
        out.push({ key, rule: DETAIL_RULE, value: c.text.slice(whole, t.span[1] - c.span[0]), person: null, span: [prev.start, t.span[1]], common: true });
      }
    }
    prev = MODIFIER.has(t.pos) ? here : null;
    gap = 0;
  });
  return out;
}

/** Share of a story's articles a detail may be told by: a pair most of them say is the story's topic, not a detail of it. */
export const DETAIL_MAX_SHARE = 0.5;
/** Articles a detail may always be told by, however small the story. */
export const DETAIL_MIN_ARTICLES = 3;
/** Sentences per article a detail may be told in, on average: a pair each article says again and again is a title or a name ("fire chief"). */
export const DETAIL_MAX_PER_ARTICLE = 1.5;

/** Whether a pair told in `sentences` sentences of `articles` articles of a story of `storyArticles` is a detail. */
export function isDetail(sentences: number, articles: number, storyArticles: number): boolean {
  return articles <= Math.max(DETAIL_MIN_ARTICLES, storyArticles * DETAIL_MAX_SHARE) && sentences <= articles * DETAIL_MAX_PER_ARTICLE;
}
