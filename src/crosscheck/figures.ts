/**
 * @module Figure facts: one typed slot, one value, across the story. Articles rarely repeat each
 * other's sentences, but they repeat the figures in them: a person's age, a sum, a distance, a
 * magnitude, a calendar date. Each such figure is read as a slot with a value (a person's age; an
 * amount of one unit; a day of the year), and the same slot with the same value from two or more
 * independent origins is a corroborated fact of its own, quoted from every sentence that gives it,
 * however different the sentences around it are. A figure the sentence groups already show as
 * agreed is not repeated.
 */
import { type Found, mergeRelations, namesShown } from "./figure-relations.ts";
import { ageOf, describedAge, isAgeOld, personKey, residences } from "./people.ts";
import { describedPerson } from "./owners.ts";
import { pushTo } from "../multimap.ts";
import type { Fact, TraceEntry } from "../report/types.ts";
import type { Rule } from "../rules.ts";
import { stableId } from "../ids.ts";
import { foldName } from "../knowledge/fold.ts";
import type { Claim, Mention, Quantity, Token } from "../types.ts";
import { isMoney, unitClass } from "../extract/units.ts";
import { numberLexicon } from "../extract/lang-pack.ts";
import { describeQuantity, isReportDate } from "./values.ts";
import { rateOf } from "./number-roles.ts";
import { periodOf } from "./periods.ts";
import { evidenceOf } from "./facts.ts";
import type { Origins } from "./origins.ts";
import { canonicalOrder } from "./group.ts";
import { wordsKey } from "../text/normalize.ts";
import { DETAIL_RULE, detailReadings, isDetail } from "./details.ts";
import { statementOf } from "./figure-statements.ts";

export const FIGURE_RULES = {
  age: { id: "figure.age", doc: "A number right after a person's name ('Reid, 33,') or an 'N-year-old' right before it is that person's age: the same age of the same person in independent articles is one corroborated fact." },
  amount: { id: "figure.amount", doc: "A number with a unit ('$334 million', '10 kilometres', 'magnitude 6.1') is a figure of that unit: the same figure in related sentences of independent articles is one corroborated fact, however differently the rest of each sentence is worded." },
  names: { id: "figure.names", doc: "Two named things in one sentence (a person and a clinic, a buyer and a company) are a relation: the same two names in related sentences of independent articles are one corroborated fact, quoting each; relations told mostly in the same sentences are one fact among all their names, never relations the same articles tell in other sentences." },
  residence: { id: "figure.residence", doc: "A place right after a person's name and age ('LaSalle, 36, of Bloomington,') is where that person lives ('Name, who lived in Place' too): the same place for the same person in independent articles is one corroborated fact (different places are set against each other by residence.dispute)." },
  year: { id: "figure.year", doc: "A year written out ('in 1999', or with its month: 'in December 2007') is a figure of related sentences: the same year (and month) in independent articles about the same thing is one corroborated fact." },
  score: { id: "figure.score", doc: "A pair of counts written N-M with no unit ('a 9-14 record', 'won 65-53') is a score or a record: the same pair in related sentences of independent articles is one corroborated fact (year spans such as '1999-2003' are not scores)." },
  day: { id: "figure.day", doc: "A calendar day ('May 29', 'July 2, 2013', or a weekday the publication date resolves) is a figure too: the same day in independent articles about the same thing is one corroborated fact." },
} as const satisfies Record<string, Rule>;

/** One figure a claim gives: its slot and value as a key, how to show it, and where it is. */
export interface FigureReading {
  readonly key: string;
  readonly rule: Rule;
  /** The value as the report shows it ("age 33", "$334 million", "XXXX-05-29": dates normalized, as every variant's, for the renderers to print). */
  readonly value: string;
  /** The person a figure is about, for ages. */
  readonly person: string | null;
  readonly span: readonly [number, number];
  /** A small whole count ("4 switches", "23 games"), which two unrelated sentences easily share by chance. */
  readonly common: boolean;
}

/** Relatedness two sentences giving one figure of a unit need (see FigureContext.related). */
export const FIGURE_CONTEXT = 0.15;
/** Relatedness needed when the figure is a small whole count, which unrelated sentences share by chance. */
export const COMMON_FIGURE_CONTEXT = 0.3;
/** Relatedness two sentences naming the same two things need to state one relation between them. */
export const RELATION_CONTEXT = 0.4;
/** Relatedness two sentences telling one detail need (see details.ts). */
export const DETAIL_CONTEXT = 0.4;
/** Whole counts below this are common (see FigureReading.common). */
export const COMMON_BELOW = 100;

/** Names of one sentence relations are read between (its first ones). */
const MAX_NAMES = 6;
/** Kinds of names a relation is read between (not outlets: a source is no party to what it reports). */
const RELATION_TYPES: ReadonlySet<string> = new Set(["person", "organization", "country", "place", "weapon", "law", "event", "other"]);

/** Smallest count a figure of a unit must reach: "one" and "two" of something are too common to match on. */
const MIN_COUNT = 3;

/** "-year-old", " year-old", " years old" right after the number. */

/** A unit too vague to match figures on ("three times", "five people"; the numbers pack). */
export function vagueUnit(q: Quantity): boolean {
  const lex = numberLexicon();
  return q.unit !== null && (lex.figureVagueUnits.has(q.unit) || lex.figureVagueUnits.has(unitClass(q.unit) ?? q.unit));
}

/** "8 Block", "Route 66": a number and a capitalized word inside a sentence make a name, not a figure. */
export function namesSomething(q: Quantity, c: Claim): boolean {
  return /^\S*\d\S*\s+\p{Lu}/u.test(q.text) && q.span[0] > c.span[0];
}



const SCORE = /^(\d{1,3})-(\d{1,3})$/;
/** Scores whose both counts are below this are common ("3-1"): unrelated games share them by chance. */
const COMMON_SCORE_BELOW = 10;

/** A score or a record ("9-14", "65-53") a unitless quantity is written as, or null (see FIGURE_RULES.score). */
export function scoreOf(q: Quantity): { text: string; common: boolean } | null {
  const m = q.unit === null ? SCORE.exec(q.text.trim()) : null;
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return { text: `${a}-${b}`, common: a < COMMON_SCORE_BELOW && b < COMMON_SCORE_BELOW };
}

/** The figures a claim's sentence gives (`quantities` are all of the sentence's, not only the claim's frame figures). */
export function figureReadings(c: Claim, quantities: readonly Quantity[], referent?: (c: Claim, q: Quantity) => string | null): FigureReading[] {
  if (c.modality === "denied") return [];
  const out: FigureReading[] = [];
  for (const q of quantities) {
    // "the troubled actress, 26,": the age of the person named last before the description.
    const person = ageOf(q, c.text, c.span[0], c.mentions) ?? (referent && describedAge(q, c) ? referent(c, q) : null);
    if (person) {
      out.push({ key: `age|${personKey(person)}|${q.value}`, rule: FIGURE_RULES.age, value: `age ${q.value}`, person, span: q.span, common: false });
      continue;
    }
    const score = scoreOf(q);
    if (score) {
      out.push({ key: `score|${score.text}`, rule: FIGURE_RULES.score, value: score.text, person: null, span: q.span, common: score.common });
      continue;
    }
    if (q.unit === null || q.incremental || isAgeOld(q, c)) continue;
    const cls = unitClass(q.unit) ?? q.unit;
    if (vagueUnit(q) || namesSomething(q, c) || q.text.split(/\s+/).some((w) => numberLexicon().figureVagueMultiples.has(w.toLowerCase()))) continue;
    if (q.value < MIN_COUNT && Number.isInteger(q.value) && cls !== "magnitude" && cls !== "percent" && !isMoney(cls)) continue;
    const rate = rateOf(q, c);
    // The length of a period a figure is scoped to is no figure; a scoped figure matches only the same part.
    const period = periodOf(q, c);
    if (period?.kind === "inside") continue;
    out.push({ key: `amount|${cls}${rate ? `/${rate}` : ""}${period ? `~${period.scope}` : ""}|${q.value}|${q.upper}`, rule: FIGURE_RULES.amount, value: describeQuantity({ ...q, approx: "exact" }), person: null, span: q.span, common: Number.isInteger(q.value) && q.value < COMMON_BELOW && cls !== "magnitude" && !isMoney(cls) });
  }
  for (const d of c.dates) {
    if (d.granularity === "year" && /^\d{4}$/.test(d.value) && /\b\d{4}\b/.test(d.text)) {
      out.push({ key: `year|${d.value}`, rule: FIGURE_RULES.year, value: d.value, person: null, span: d.span, common: true });
      continue;
    }
    // A month of a written year ("in December 2007") is the year's figure, to the month.
    if (d.granularity === "month" && /^\d{4}-\d{2}$/.test(d.value) && /\b\d{4}\b/.test(d.text)) {
      out.push({ key: `year|${d.value}`, rule: FIGURE_RULES.year, value: d.value, person: null, span: d.span, common: true });
      continue;
    }
    const m = /^(?:\d{4}|XXXX)-(\d{2})-(\d{2})$/.exec(d.value ?? "");
    if (!m || d.granularity !== "day" || isReportDate(c, d)) continue;
    out.push({ key: `day|${m[1]}-${m[2]}`, rule: FIGURE_RULES.day, value: d.value.replace(/^\d{4}/, "XXXX"), person: null, span: d.span, common: false });
  }
  for (const r of residences(c)) out.push({ key: `residence|${personKey(r.person)}|${foldName(r.place)}`, rule: FIGURE_RULES.residence, value: r.place, person: null, span: r.span, common: false });
  // Two named things in one sentence are a relation ("Reid" and "Promises Treatment Center"); commentary states none.
  const named = new Map<string, Mention>();
  // The outlet that reports the sentence ("TMZ reported", "told CNN") is no party to what it reports.
  const a = c.attribution;
  const reporters = new Set(a ? [...(a.sourceType === "outlet" || a.sourceType === "agency" ? [a.source] : []), ...(a.via ? [a.via] : [])].map(foldName) : []);
  for (const m of c.commentary ? [] : c.mentions) {
    // A country named only by its adjective ("American Pie", "the Indian team") is no party to a relation.
    const demonym = m.type === "country" && !foldName(m.text).includes(foldName(m.canonical).slice(0, 4));
    if (RELATION_TYPES.has(m.type) && !demonym && !reporters.has(foldName(m.canonical)) && !named.has(foldName(m.canonical))) named.set(foldName(m.canonical), m);
  }
  // The first few names of a sentence only: a list of twenty names is no twenty relations each.
  const keys = [...named.keys()].slice(0, MAX_NAMES).sort();
  for (let i = 0; i < keys.length; i++)
    for (let j = i + 1; j < keys.length; j++) {
      const a = named.get(keys[i] as string) as Mention;
      const b = named.get(keys[j] as string) as Mention;
      const span: readonly [number, number] = [Math.min(a.span[0], b.span[0]), Math.max(a.span[1], b.span[1])];
      out.push({ key: `names|${keys[i]}|${keys[j]}`, rule: FIGURE_RULES.names, value: "as stated", person: null, span, common: true });
    }
  const seen = new Set<string>();
  return out.filter((r) => !seen.has(r.key) && Boolean(seen.add(r.key)));
}


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


/** figureFacts() with, per fact, the trace of the rule that merged its sentences (for `--explain`). */
export function figureFactsTraced(claims: readonly Claim[], facts: readonly Fact[], ctx: FigureContext): { facts: Fact[]; trace: TraceEntry[] } {
  const trace: TraceEntry[] = [];
  const referent = describedPerson(claims);
  const byKey = new Map<string, { reading: FigureReading; claims: Claim[]; common: boolean; spans: Map<string, readonly [number, number]>; sentences: Set<string> }>();
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
  // Facts already agreed or disputed, by the sentences they quote: a figure they all hold is not told again.
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
  const alreadyShown = (cs: readonly Claim[]): boolean => {
    const first = cs[0];
    if (!first || shownBy.size === 0) return false;
    return (shownBy.get(keyOf(first)) ?? []).some((k) => cs.every((c) => shown[k]?.has(keyOf(c))));
  };
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
    const claimsKept = found.reading.rule !== FIGURE_RULES.age && found.reading.rule !== FIGURE_RULES.residence ? found.claims.filter((c) => partners(found.claims, c).some((d) => ctx.related(c, d) >= need)) : found.claims;
    if (!twoArticles(claimsKept) || alreadyShown(claimsKept)) continue;
    // One set of sentences is one fact: the names of a sentence pair up several ways, a figure and a name often share their sentences.
    // (Claims are in canonical order, so equal sets are equal lists.)
    const signature = `${claimsKept.length}|${claimsKept[0]?.id}|${claimsKept[claimsKept.length - 1]?.id}`;
    const same = signatures.get(signature);
    if (same?.some((other) => other.length === claimsKept.length && other.every((c, i) => c === claimsKept[i]))) continue;
    signatures.set(signature, [...(same ?? []), claimsKept]);
    kept.push({ key, reading: found.reading, claims: claimsKept, spans: found.spans, names: found.reading.rule === FIGURE_RULES.names ? key.split("|").slice(1) : [], mergeable: detail || found.reading.rule === FIGURE_RULES.names });
  }
  const out: Fact[] = [];
  for (const g of mergeRelations(kept, sentencesOf)) {
    const origins = ctx.origins(g.claims);
    if (origins.count < 2) continue;
    const first = g.claims[0] as Claim;
    const rule = g.reading.rule;
    const shownNames = g.names.length > 0 ? namesShown(g) : null;
    const value = shownNames ? shownNames.join(" · ") : g.reading.value;
    trace.push({
      rule: rule.id,
      doc: rule.doc,
      action: "merged",
      articleId: first.articleId,
      span: [g.reading.span[0], g.reading.span[1]],
      quote: first.text.slice(g.reading.span[0] - first.span[0], g.reading.span[1] - first.span[0]),
      context: first.text,
      message: `${value}: given by ${new Set(g.claims.map((c) => c.articleId)).size} articles in ${g.claims.length} sentences (${origins.count} independent origins), one corroborated fact: ${rule.doc}`,
    });
    out.push({
      id: stableId("f", ctx.storyId, `figure|${g.key}`),
      storyId: ctx.storyId,
      statement: statementOf(g.reading, g.claims, g.spans),
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
    });
  }
  return { facts: out, trace };
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
