/**
 * @module One string width for a batch's texts. V8 keeps a string at one byte per character when
 * every character fits in Latin-1, else at two, and every string cut or derived from it (sentences,
 * tokens, lower-cased copies) keeps its width. A regular expression is compiled once for each width
 * of the strings it runs on, and compiling patterns is a large part of analyzing a few articles: in
 * a batch that mixes the two (most news text has a curly quote or a dash, some articles have none),
 * every pattern of the pipeline was compiled twice. Widening the narrow texts of a mixed batch to
 * two bytes per character leaves one width; no character changes.
 */
import type { Article } from "../types.ts";

/** A character outside Latin-1: a string holding one is stored at two bytes per character. */
// eslint-disable-next-line no-control-regex
const BEYOND_LATIN1 = /[^\u0000-\u00ff]/u;

/** `s` stored at two bytes per character: the same characters (a slice of a two-byte string keeps its width). */
export function widen(s: string): string {
  return `\u0100${s}`.slice(1);
}

/**
 * The articles with one width for their texts and titles: when one of these holds a character beyond
 * Latin-1, each that holds none is widened; else the articles as given.
 */
export function oneWidth<A extends Pick<Article, "text" | "title">>(articles: readonly A[]): readonly A[] {
  const wide = (s: string | null): boolean => s !== null && BEYOND_LATIN1.test(s);
  if (!articles.some((a) => wide(a.text) || wide(a.title))) return articles;
  const widened = <S extends string | null>(s: S): S => (s === null || wide(s) ? s : (widen(s) as S));
  return articles.map((a) => (wide(a.text) && (a.title === null || wide(a.title)) ? a : { ...a, text: widened(a.text), title: widened(a.title) }));
}
