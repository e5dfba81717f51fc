/**
 * @module Figure facts: one typed slot, one value, across the story. Articles rarely repeat each
 * other's sentences, but they repeat the figures in them: a person's age, a sum, a distance, a
 * magnitude, a calendar date. Each such figure is read as a slot with a value (a person's age; an
 * amount of one unit; a day of the year), and the same slot with the same value from two or more
 * independent origins is a corroborated fact of its own, quoted from every sentence that gives it,
 * however different the sentences around it are. A figure the sentence groups already show as
 * agreed is not repeated. The readings are in figure-readings.ts (figures, relations) and
 * details.ts (details).
 */
import { type Found, mergeRelations, namesShown } from "./figure-relations.ts";
import { describedPerson, type HeadlineOf } from "./owners.ts";
import { pushTo } from "../multimap.ts";
import type { Fact, TraceEntry } from "../report/types.ts";
import { stableId } from "../ids.ts";
import type { Claim, Quantity, Token } from "../types.ts";
import { evidenceOf } from "./facts.ts";
import type { Origins } from "./origins.ts";
import { canonicalOrder } from "./group.ts";
import { wordsKey } from "../text/normalize.ts";
import { DETAIL_RULE, detailReadings, isDetail } from "./details.ts";
import { statementOf } from "./figure-statements.ts";
import { contextOf, FIGURE_RULES, figureReadings, PERSON_TIED, type FigureReading } from "./figure-readings.ts";

export { COMMON_BELOW, FIGURE_RULES, figureReadings, namesSomething, scoreOf, vagueUnit, type FigureReading } from "./figure-readings.ts";

/** Relatedness two sentences giving one figure of a unit need (see FigureContext.related). */
export const FIGURE_CONTEXT = 0.15;
/** Relatedness needed when the figure is a small whole count, which unrelated sentences share by chance. */
export const COMMON_FIGURE_CONTEXT = 0.3;
/** Content words around a small count two sentences must share for it to need only FIGURE_CONTEXT (see closeEnough). */
export const SAME_WORDS_AROUND = 3;
/** Relatedness two sentences naming the same two things need to state one relation between them. */
export const RELATION_CONTEXT = 0.4;
/** Relatedness two sentences telling one detail need (see details.ts). */
export const DETAIL_CONTEXT = 0.4;
export interface FigureContext {
  readonly storyId: string;
  /** The sentence's quantities (all of them) for a claim. */
  readonly quantitiesOf: (c: Claim) => readonly Quantity[];
  /**
   * How much two sentences are about the same thing beyond the figure (content they share, raised
   * when they share a subject), in [0, 1]: an amount or a day joins only sentences related enough
   * (an age is tied to its person already).
   */
  readonly related: (a: Claim, b: Claim) => number;
  /** The year the story is set in, when known: a claim dated in an earlier year is background, never a rival. */
  readonly storyYear?: number | null;
  /** A claim's sentence tokens, for details (figure.detail); without it, no details are read. */
  readonly tokensOf?: (c: Claim) => readonly Token[];
  /** The first article's publication date (see FactContext.storyStart). */
  readonly storyStart?: string | null;
  /** An article's publication date (ISO), when known. */
  readonly publishedOf?: (articleId: string) => string | null;
  /** An article's headline: the person it names is the one its first sentences' descriptions refer to ("the 26-year-old actress"). */
  readonly headlineOf?: HeadlineOf;
  /** Independent origins of a set of claims (see origins.ts). */
  readonly origins: (claims: readonly Claim[]) => Origins;
  /**
   * Origins where only copies of one text collapse: what disputes count. Two articles that credit
   * one source and give it different values disagree (one of them misreports it); a copy cannot.
   * Default `origins`.
   */
  readonly copyOrigins?: (claims: readonly Claim[]) => Origins;
}

/**
 * Corroborated figure facts: readings of one slot and value from two or more independent origins,
 * unless one fact of `facts` that is not single-source already holds every sentence that gives it.
 */
export function figureFacts(claims: readonly Claim[], facts: readonly Fact[], ctx: FigureContext): Fact[] {
  return figureFactsTraced(claims, facts, ctx).facts;
}


/** One reading's sentences across the story (one claim per sentence, in canonical order). */
interface Readings {
  readonly reading: FigureReading;
  readonly claims: Claim[];
  readonly common: boolean;
  readonly spans: Map<string, readonly [number, number]>;
  readonly sentences: Set<string>;
}

/** Every reading of the claims (figures, relations and, with tokens, details), by key. */
function readingsByKey(claims: readonly Claim[], ctx: FigureContext): Map<string, Readings> {
  const referent = describedPerson(claims, ctx.headlineOf);
  const byKey = new Map<string, Readings>();
  for (const c of [...claims].sort(canonicalOrder)) {
    const sentence = `${c.articleId}|${c.sentence}`;
    const tokens = ctx.tokensOf && c.modality !== "denied" && !c.commentary ? ctx.tokensOf(c).filter((t) => t.span[0] >= c.span[0] && t.span[1] <= c.span[1]) : [];
    for (const r of [...figureReadings(c, ctx.quantitiesOf(c), referent), ...(tokens.length > 0 ? detailReadings(c, tokens) : [])]) {
      const g = byKey.get(r.key);
      if (!g) byKey.set(r.key, { reading: r, claims: [c], common: r.common, spans: new Map([[c.id, r.span]]), sentences: new Set([sentence]) });
      else if (!g.sentences.has(sentence)) {
        g.claims.push(c);
        g.spans.set(c.id, r.span);
        g.sentences.add(sentence);
      }
    }
  }
  return byKey;
}

/** Whether one fact of `facts` that is not single-source already quotes every one of a set of claims. */
function shownTest(facts: readonly Fact[]): (cs: readonly Claim[]) => boolean {
  const shown = facts.filter((f) => f.verdict !== "single-source").map((f) => new Set(f.variants.flatMap((v) => v.evidence.map((e) => `${e.articleId}:${e.span[0]}`))));
  const shownBy = new Map<string, number[]>();
  shown.forEach((set, k) => {
    for (const e of set) {
      pushTo(shownBy, e, k);
    }
  });
  const quoteKey = new Map<Claim, string>();
  const keyOf = (c: Claim): string => {
    let k = quoteKey.get(c);
    if (k === undefined) quoteKey.set(c, (k = `${c.articleId}:${c.span[0]}`));
    return k;
  };
  return (cs) => {
    const first = cs[0];
    if (!first || shownBy.size === 0) return false;
    return (shownBy.get(keyOf(first)) ?? []).some((k) => cs.every((c) => shown[k]?.has(keyOf(c))));
  };
}

/** figureFacts() with, per fact, the trace of the rule that merged its sentences (for `--explain`). */
export function figureFactsTraced(claims: readonly Claim[], facts: readonly Fact[], ctx: FigureContext): { facts: Fact[]; trace: TraceEntry[] } {
  const byKey = readingsByKey(claims, ctx);
  // Facts already agreed or disputed, by the sentences they quote: a figure they all hold is not told again.
  const alreadyShown = shownTest(facts);
  // Figures first, then relations between names, then details: a set of sentences is told by its most specific reading.
  const order = (k: string): number => (k.startsWith("names|") ? 1 : k.startsWith("detail|") ? 2 : 0);
  const storyArticles = new Set(claims.map((c) => c.articleId)).size;
  const kept: Found[] = [];
  const signatures = new Map<string, (readonly Claim[])[]>();
  for (const [key, found] of [...byKey].sort((x, y) => order(x[0]) - order(y[0]))) {
    if (!twoArticles(found.claims)) continue;
    const detail = found.reading.rule === DETAIL_RULE;
    if (detail && !isDetail(found.claims.length, new Set(found.claims.map((c) => c.articleId)).size, storyArticles)) continue;
    const need = detail ? DETAIL_CONTEXT : found.reading.rule === FIGURE_RULES.names ? RELATION_CONTEXT : found.common ? COMMON_FIGURE_CONTEXT : FIGURE_CONTEXT;
    const close = closeEnough(found, need, ctx);
    const claimsKept = PERSON_TIED.has(found.reading.rule) ? found.claims : found.claims.filter((c) => partners(found.claims, c).some((d) => close(c, d)));
    if (!twoArticles(claimsKept) || alreadyShown(claimsKept)) continue;
    // One set of sentences is one fact: the names of a sentence pair up several ways, a figure and a name often share their sentences.
    // (Claims are in canonical order, so equal sets are equal lists.)
    const signature = `${claimsKept.length}|${claimsKept[0]?.id}|${claimsKept[claimsKept.length - 1]?.id}`;
    const same = signatures.get(signature);
    if (same?.some((other) => other.length === claimsKept.length && other.every((c, i) => c === claimsKept[i]))) continue;
    signatures.set(signature, [...(same ?? []), claimsKept]);
    kept.push({ key, reading: found.reading, claims: claimsKept, spans: found.spans, names: found.reading.rule === FIGURE_RULES.names ? key.split("|").slice(1) : [], mergeable: detail || found.reading.rule === FIGURE_RULES.names });
  }
  const trace: TraceEntry[] = [];
  const out: Fact[] = [];
  const namedBy = articlesNaming(claims);
  for (const g of mergeRelations(kept, sentencesOf)) {
    const origins = ctx.origins(g.claims);
    if (origins.count < 2) continue;
    const { fact, entry } = figureFact(g, origins, ctx.storyId, namedBy);
    out.push(fact);
    trace.push(entry);
  }
  return { facts: out, trace };
}

/**
 * Whether two sentences giving one reading are about the same thing: related enough for the
 * reading's kind, or, for a small count or a year, related as a rarer figure's sentences are when
 * the words around it say the same ("seven seasons as an assistant coach", "through the 2009-10 season").
 */
function closeEnough(found: Readings, need: number, ctx: FigureContext): (c: Claim, d: Claim) => boolean {
  if (!found.common || (found.reading.rule !== FIGURE_RULES.amount && found.reading.rule !== FIGURE_RULES.year)) return (c, d) => ctx.related(c, d) >= need;
  const near = new Map<Claim, ReadonlySet<string>>();
  const around = (c: Claim): ReadonlySet<string> => {
    let words = near.get(c);
    const span = found.spans.get(c.id);
    if (!words) near.set(c, (words = span ? contextOf(c, { span, text: c.text.slice(span[0] - c.span[0], span[1] - c.span[0]) }) : new Set()));
    return words;
  };
  return (c, d) => {
    const r = ctx.related(c, d);
    if (r >= need) return true;
    if (r < FIGURE_CONTEXT) return false;
    let shared = 0;
    const b = around(d);
    for (const w of around(c)) if (b.has(w)) shared++;
    return shared >= SAME_WORDS_AROUND;
  };
}

/** The corroborated fact of one kept reading, and the trace entry of its rule. */
function figureFact(g: Found, origins: Origins, storyId: string, namedBy: ReadonlyMap<string, number>): { fact: Fact; entry: TraceEntry } {
  const first = g.claims[0] as Claim;
  const rule = g.reading.rule;
  const shownNames = g.names.length > 0 ? namesShown(g) : null;
  const value = shownNames ? shownNames.join(" · ") : g.reading.value;
  const entry: TraceEntry = {
    rule: rule.id,
    doc: rule.doc,
    action: "merged",
    articleId: first.articleId,
    span: [g.reading.span[0], g.reading.span[1]],
    quote: first.text.slice(g.reading.span[0] - first.span[0], g.reading.span[1] - first.span[0]),
    context: first.text,
    message: `${value}: given by ${new Set(g.claims.map((c) => c.articleId)).size} articles in ${g.claims.length} sentences (${origins.count} independent origins), one corroborated fact: ${rule.doc}`,
  };
  const fact: Fact = {
    id: stableId("f", storyId, `figure|${g.key}`),
    storyId,
    statement: statementOf(g.reading, g.claims, g.spans, namedBy),
    subject: [...new Set([...(shownNames ?? []), ...g.claims.flatMap((c) => c.subjects)])].slice(0, 6),
    verdict: "corroborated",
    articles: new Set(g.claims.map((c) => c.articleId)).size,
    independentOrigins: origins.count,
    variants: [{ value, evidence: evidenceOf(g.claims) }],
    differs: null,
    difference: null,
    conservative: null,
    origins: origins.chains,
    modality: "asserted",
    frame: null,
  };
  return { fact, entry };
}

/** How many articles name each person (by the canonical form of a mention). */
function articlesNaming(claims: readonly Claim[]): Map<string, number> {
  const seen = new Map<string, Set<string>>();
  for (const c of claims) for (const m of c.mentions) if (m.type === "person") seen.set(m.canonical, (seen.get(m.canonical) ?? new Set()).add(c.articleId));
  return new Map([...seen].map(([name, ids]) => [name, ids.size]));
}

/** The sentences claims are read from, by their words: a copy's sentence is the same sentence, so a copy changes no merge. */
function sentencesOf(claims: readonly Claim[]): Set<string> {
  return new Set(claims.map((c) => wordsKey(c.text)));
}

/**
 * Sentences of other articles a sentence is compared with, at most PARTNERS of them (the first in
 * canonical order): a figure a large story repeats thousands of times costs linear time, not square.
 */
export const PARTNERS = 32;

function partners(claims: readonly Claim[], c: Claim): Claim[] {
  const out: Claim[] = [];
  for (const d of claims) {
    if (d.articleId === c.articleId) continue;
    out.push(d);
    if (out.length >= PARTNERS) break;
  }
  return out;
}

/** Whether the claims come from at least two articles. */
function twoArticles(claims: readonly Claim[]): boolean {
  const first = claims[0]?.articleId;
  return claims.some((c) => c.articleId !== first);
}
