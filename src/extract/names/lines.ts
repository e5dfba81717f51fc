/**
 * @module What a whole line of a text says about the case of its words: a dateline ("LONDON
 * 1996-08-30"), a section label naming a sport ("SOCCER -"), a headline in title case ("India and
 * Russia Edge Closer to a Deal"). casing.ts reads a token's case against them.
 */
import type { Token } from "../../types.ts";
import type { NameLexicon } from "./lexicon.ts";
import { isVocabularyWord } from "./vocab.ts";

const HAS_LOWER = /\p{Ll}/u;
const NON_LETTERS = /[^\p{L}]/gu;
const HAS_LETTER = /\p{L}/u;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;


function isAllCaps(text: string): boolean {
  return HAS_LETTER.test(text) && !HAS_LOWER.test(text) && text.replace(NON_LETTERS, "").length >= 2;
}

/** Sentences such as "LONDON 1996-08-30" or "NICE , France 1996-08-30": a place then an ISO date. */
export function findDatelines(tokens: readonly Token[], sentenceOf: readonly number[]): Set<number> {
  const out = new Set<number>();
  const bySentence = new Map<number, Token[]>();
  tokens.forEach((t, i) => {
    const k = sentenceOf[i] ?? 0;
    const list = bySentence.get(k) ?? [];
    list.push(t);
    bySentence.set(k, list);
  });
  for (const [k, list] of bySentence) {
    const following = bySentence.get(k + 1);
    const dateNext = following?.length === 1 && ISO_DATE.test(following[0]?.text ?? "");
    const last = dateNext ? following?.[0] : list[list.length - 1];
    const body = dateNext ? [...list, ...(following ?? [])] : list;
    const first = list[0];
    if (!last || !first || body.length > 8 || !ISO_DATE.test(last.text)) continue;
    if (!isAllCaps(first.text)) continue;
    if (body.slice(0, -1).every((t) => /^[\p{Lu}]/u.test(t.text) || /^[,.'-]$/.test(t.text))) out.add(k);
  }
  return out;
}

/** Token indices of a leading section label naming a sport ("SOCCER -", "MOTOR RACING -"). */
export function findSportLabel(tokens: readonly Token[], lex: NameLexicon): Set<number> {
  const out = new Set<number>();
  const words: string[] = [];
  for (let i = 0; i < tokens.length && i < 4; i++) {
    const t = tokens[i];
    if (!t) break;
    if (t.text === "-" || t.text === ":") {
      const k = words.join(" ").toLowerCase();
      if (lex.teamSports.has(k) || lex.individualSports.has(k)) for (let j = 0; j < i; j++) out.add(j);
      break;
    }
    words.push(t.text);
  }
  return out;
}

const TITLE_SMALL = new Set([
  "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "vs", "vs.", "v", "via", "into", "over", "amid",
]);

/** A token no headline-style title holds: a digit or a clause mark. */
const NOT_IN_TITLE = /\d|^[,;:(]$/;

/** Headline-style sentences: every content word capitalized ("India and Russia Edge Closer to a Deal"). */
export function titleCaseSentences(
  tokens: readonly Token[],
  sentenceOf: readonly number[],
  lex: NameLexicon,
  cased: { readonly letter: readonly boolean[]; readonly upperStart: readonly boolean[] },
): number[] {
  const stats = new Map<number, { content: number; lower: number; vocab: number; small: number; blocked: boolean }>();
  tokens.forEach((t, i) => {
    const k = sentenceOf[i] ?? 0;
    let s = stats.get(k);
    if (!s) {
      s = { content: 0, lower: 0, vocab: 0, small: 0, blocked: false };
      stats.set(k, s);
    }
    if (NOT_IN_TITLE.test(t.text)) s.blocked = true;
    if (!cased.letter[i]) return;
    if (TITLE_SMALL.has(t.norm)) {
      s.small++;
      return;
    }
    s.content++;
    if (!cased.upperStart[i]) s.lower++;
    else if (isVocabularyWord(t.norm) && !lex.common.has(t.norm)) s.vocab++;
  });
  const out: number[] = [];
  for (const [k, s] of stats) if (!s.blocked && s.small > 0 && s.content >= 4 && s.lower === 0 && s.vocab >= 2) out.push(k);
  return out;
}
