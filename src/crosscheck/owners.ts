/**
 * @module Whose a figure is (the subject of a count): "Artino scored 14 points", "14 points from
 * Will Artino", "He finished with 269 yards". Figures of two different people are never rivals, in
 * figure disputes (figure-disputes.ts) and in the facts of a claim group (facts.ts). Clause openers
 * and pronouns are the pronouns pack's.
 */
import { pushTo } from "../multimap.ts";
import { personPronouns } from "../extract/lang-pack.ts";
import type { Claim, Mention, Quantity } from "../types.ts";
import { ownerKey } from "./people.ts";
import { escapeRegExp } from "../text/normalize.ts";

/** An article's headline, by article id (null or absent: none). */
export type HeadlineOf = (articleId: string) => string | null | undefined;

/** Where a claim's clauses start (offsets in its text): after , ; : and before a clause opener of the pronouns pack. */
function clauseStarts(text: string, openers: ReadonlySet<string>): number[] {
  const out = [0];
  for (const m of text.matchAll(/[,;:]\s*|\s(\p{L}+)/gu)) {
    if (m[1] === undefined) out.push(m.index + m[0].length);
    else if (openers.has(m[1].toLowerCase())) out.push(m.index + 1);
  }
  return out;
}

export interface StoryPeople {
  /** The person its article names last before a claim's sentence (null when none). */
  namedBefore(c: Claim): Mention | null;
  /** Whether a person (by ownerKey) is named in two or more articles: a name read once ("Brooklyn Mother") owns nothing. */
  known(key: string): boolean;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SURROGATE_EDGE = /^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/;

/** Whether the code point that ends just before `at` (surrogate pairs read whole) is a letter or a digit. */
function letterOrDigitBefore(text: string, at: number): boolean {
  if (at <= 0) return false;
  const low = text.charCodeAt(at - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && at >= 2 && text.charCodeAt(at - 2) >= 0xd800 && text.charCodeAt(at - 2) <= 0xdbff;
  return LETTER_OR_DIGIT.test(text.slice(pair ? at - 2 : at - 1, at));
}

/**
 * Where `form` first stands in `text` as a whole word, neither letter nor digit on either side: what
 * /(?<![\p{L}\p{N}])form(?![\p{L}\p{N}])/u finds, without compiling a pattern for each form.
 */
export function wholeWordIndex(text: string, form: string): number {
  if (form === "" || SURROGATE_EDGE.test(form)) return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, "u").exec(text)?.index ?? -1;
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    const after = text.codePointAt(at + form.length);
    if (!letterOrDigitBefore(text, at) && (after === undefined || !LETTER_OR_DIGIT.test(String.fromCodePoint(after)))) return at;
  }
  return -1;
}

/**
 * The person a headline names first (its subject, as a rule: "Lindsay Lohan checks into rehab at
 * Betty Ford Center"), of the people the story's sentences name, by any form they are named in
 * ("Lindsay Lohan" or "Lohan"): the lede's "the 26-year-old actress" is the headline's person, as a
 * later sentence's description is the person named before it.
 */
function headlinePerson(headline: string, forms: ReadonlyMap<string, Mention>): Mention | null {
  let best: { m: Mention; start: number; end: number } | null = null;
  for (const [form, m] of forms) {
    const start = wholeWordIndex(headline, form);
    if (start < 0) continue;
    const end = start + form.length;
    if (!best || start < best.start || (start === best.start && end > best.end)) best = { m, start, end };
  }
  return best?.m ?? null;
}

/** Who a story's claims name, in article order (see StoryPeople); an article's headline names the person before its first sentence. */
export function storyPeople(claims: readonly Claim[], headlineOf?: HeadlineOf): StoryPeople {
  const byArticle = new Map<string, Claim[]>();
  for (const c of claims) pushTo(byArticle, c.articleId, c);
  const before = new Map<Claim, Mention | null>();
  // Every form a person is named in (two or more letters, capitalized), with one of its mentions.
  const forms = new Map<string, Mention>();
  if (headlineOf)
    for (const c of claims) for (const m of c.mentions) if (m.type === "person") for (const f of [m.text, m.canonical]) if (/^\p{Lu}\p{L}/u.test(f) && !forms.has(f)) forms.set(f, m);
  for (const [articleId, list] of byArticle) {
    const headline = headlineOf?.(articleId);
    let last: Mention | null = headline ? headlinePerson(headline, forms) : null;
    for (const c of [...list].sort((x, y) => x.sentence - y.sentence || x.span[0] - y.span[0])) {
      before.set(c, last);
      const named = c.mentions.filter((m) => m.type === "person").sort((x, y) => x.span[0] - y.span[0]);
      last = named[named.length - 1] ?? last;
    }
  }
  const articlesOf = new Map<string, Set<string>>();
  for (const c of claims) for (const m of c.mentions) if (m.type === "person") articlesOf.set(ownerKey(m.canonical), (articlesOf.get(ownerKey(m.canonical)) ?? new Set()).add(c.articleId));
  return { namedBefore: (c) => before.get(c) ?? null, known: (key) => (articlesOf.get(key)?.size ?? 0) >= 2 };
}

/**
 * Whose a figure is: the last person its own clause names before it ("a team that had signed
 * Elton Brand to an $82 million deal"); or, when its clause opens with a pronoun that stands for a
 * person ("He finished with 269 yards"), the person named last before it, in its sentence or
 * earlier in its article; or the person named after it in its clause ("14 points from Will
 * Artino"); or the person its sentence opens with ("Artino, whose role has grown, had 14 points");
 * else nobody known.
 */
export function figureOwners(claims: readonly Claim[], headlineOf?: HeadlineOf): (c: Claim, q: Quantity) => string | null {
  const { person: pronouns, clauseOpeners } = personPronouns();
  const people = storyPeople(claims, headlineOf);
  const before = (c: Claim): string | null => {
    const m = people.namedBefore(c);
    return m ? ownerKey(m.canonical) : null;
  };
  const known = (key: string | null): string | null => (key !== null && people.known(key) ? key : null);
  const starts = new Map<Claim, number[]>();
  return (c, q) => known(ownerIn(c, q));
  function ownerIn(c: Claim, q: Quantity): string | null {
    const at = q.span[0] - c.span[0];
    let list = starts.get(c);
    if (!list) starts.set(c, (list = clauseStarts(c.text, clauseOpeners)));
    const from = Math.max(...list.filter((s) => s <= at));
    const people = c.mentions.filter((m) => m.type === "person" && m.span[1] - c.span[0] <= at).sort((x, y) => x.span[0] - y.span[0]);
    const inClause = people.filter((m) => m.span[0] - c.span[0] >= from);
    const own = inClause[inClause.length - 1];
    if (own) return ownerKey(own.canonical);
    const opener = /^\W*(\p{L}+)/u.exec(c.text.slice(from))?.[1]?.toLowerCase() ?? "";
    if (!pronouns.has(opener)) {
      // "14 points from backup center Will Artino": the person after the figure in its clause.
      const to = Math.min(c.text.length, ...list.filter((s) => s > at));
      const after = c.mentions.filter((m) => m.type === "person" && m.span[0] - c.span[0] >= at && m.span[1] - c.span[0] <= to).sort((x, y) => x.span[0] - y.span[0])[0];
      if (after) return ownerKey(after.canonical);
      // "Artino, whose role has grown, had a career-high 14 points": the person the sentence opens with.
      const subject = people[0];
      return subject && /^\W*$/u.test(c.text.slice(0, subject.span[0] - c.span[0])) ? ownerKey(subject.canonical) : null;
    }
    const earlier = people[people.length - 1];
    return earlier ? ownerKey(earlier.canonical) : before(c);
  }
}

/** The owner of every figure of the claims, by the figure (a merged value keeps its figures' objects). */
export function quantityOwners(claims: readonly Claim[], headlineOf?: HeadlineOf): (q: Quantity) => string | null {
  const ownerOf = figureOwners(claims, headlineOf);
  const owners = new Map<Quantity, string | null>();
  for (const c of claims) for (const q of c.quantities) if (!owners.has(q)) owners.set(q, ownerOf(c, q));
  return (q) => owners.get(q) ?? null;
}

/** The person a description refers to: named last before it, in its sentence, earlier in its article or in its headline, and named by two or more articles. */
export function describedPerson(claims: readonly Claim[], headlineOf?: HeadlineOf): (c: Claim, q: Quantity) => string | null {
  const people = storyPeople(claims, headlineOf);
  return (c, q) => {
    const inSentence = c.mentions.filter((m) => m.type === "person" && m.span[1] <= q.span[0]).sort((a, b) => b.span[1] - a.span[1])[0];
    const m = inSentence ?? people.namedBefore(c);
    return m && people.known(ownerKey(m.canonical)) ? m.canonical : null;
  };
}
