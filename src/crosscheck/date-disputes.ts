/**
 * @module Dates in dispute: two sentences of independent articles that say the same thing in the
 * same words around a date, and date it differently ("Reid launched a new fashion line called
 * Mantra in December" against "... called Mantra in September"; "Voters in 2009 approved a $3
 * million bond" against "Palmer voters in 2010 approved a $3 million bond"), are one contested
 * fact. Dates of different things are told in different words, so the words around the date must
 * be largely the same, and the sentences related.
 */
import type { Fact } from "../report/types.ts";
import type { Rule } from "../rules.ts";
import { stableId } from "../ids.ts";
import type { Claim, DateValue } from "../types.ts";
import { linkedComponents } from "./components.ts";
import { alreadyContested, contestedFact, differentOrigins } from "./contested.ts";
import { evidenceOf } from "./facts.ts";
import { canonicalOrder } from "./group.ts";
import { pushTo } from "../multimap.ts";
import { DISPUTE_CONTEXT } from "./figure-disputes.ts";
import { contentStems, contextOf } from "./figure-readings.ts";
import type { FigureContext } from "./figures.ts";
import { PARTNERS } from "./figures.ts";
import { datesCompatible, isReportDate } from "./values.ts";
import { MONTH_ANY, WEEKDAY } from "../extract/dates/lexicon.ts";

export const DATE_DISPUTE_RULE: Rule = {
  id: "date.dispute",
  doc: "Two related sentences of independent articles that date one thing differently, with the words around the date largely the same ('launched a new fashion line called Mantra in December' against '... in September'; 'voters in 2009 approved a $3 million bond' against 'voters in 2010 approved ...'), are one contested fact; the words in common must say what is dated, not only who (two of them no part of a name: 'convicting Simpson' on Thursday and 'Trial is set for June 17 for Simpson' date different acts); dates of the same granularity only (a month against a month), a date a sentence was reported on is no date of its fact, nor is a deictic one ('today', 'last night': articles' differ by when they were published), and one article that gives both dates shows they are of different things.",
};

/** Context stems (DISPUTE context words each side) two dates' sentences must share: far more than a figure's, as a date is often incidental. */
const SHARED_DATE_CONTEXT = 3;
/** Of those, stems that are no part of a name: two sentences naming the same people around a date may date different acts ("convicting Simpson" on Thursday, "Trial is set for June 17 for Simpson"). */
const SHARED_DATE_ACTS = 2;

interface DatedRival {
  readonly claim: Claim;
  readonly date: DateValue;
  readonly context: ReadonlySet<string>;
  /** The context stems that are no part of a name: what is dated ("launched", "approved", "convicting"), not who. */
  readonly acts: ReadonlySet<string>;
}

const DATED = /^(?:\d{4}|XXXX)(?:-\d{2}(?:-\d{2})?)?$/;

/** A weekday alone ("on Thursday") is read against its article's date. */
const WEEKDAY_ONLY = new RegExp(`^(?:(?:on|last|this|next|early|late)\\s+)*(?:${WEEKDAY})\\b[^\\d]*$`, "i");

/** Days in which two articles' weekdays name the same week. */
const SAME_WEEK_DAYS = 6;

/**
 * Whether a weekday of one of the two is read against an article published more than a week from
 * the other's: "Thursday" in May and "Thursday" in June are different Thursdays, of different things.
 */
function differentWeeks(a: DatedRival, b: DatedRival, ctx: FigureContext): boolean {
  if (!WEEKDAY_ONLY.test(a.date.text.trim()) && !WEEKDAY_ONLY.test(b.date.text.trim())) return false;
  const pa = ctx.publishedOf?.(a.claim.articleId);
  const pb = ctx.publishedOf?.(b.claim.articleId);
  if (!pa || !pb) return false;
  return Math.abs(Date.parse(pa) - Date.parse(pb)) > SAME_WEEK_DAYS * 86_400_000;
}

/** A day or month, a weekday or a number named in a date: what a deictic date ("today", "last night") lacks. */
const NAMES_A_DAY = new RegExp(`\\d|\\b(?:${WEEKDAY}|${MONTH_ANY})`, "i");

/**
 * A date that is only the article's own day counted from ("today", "yesterday", "last night"):
 * two articles' "today" differ by when they were published, not by what they say (and "we can grow
 * our economy today" dates nothing). It is no rival in a date dispute.
 */
function deictic(d: DateValue): boolean {
  return d.role === "relative" && !NAMES_A_DAY.test(d.text);
}

function rivalsOf(c: Claim): DatedRival[] {
  if (c.modality === "denied" || c.modality === "possible" || c.commentary) return [];
  const out: DatedRival[] = [];
  for (const d of c.dates) {
    if (!DATED.test(d.value) || d.value === "XXXX" || !["day", "month", "year"].includes(d.granularity) || isReportDate(c, d) || deictic(d)) continue;
    const named = new Set(c.mentions.flatMap((m) => contentStems(m.text)));
    out.push({ claim: c, date: d, context: contextOf(c, d), acts: contextOf(c, d, named) });
  }
  return out;
}

/** Contested date facts (see DATE_DISPUTE_RULE), unless a contested fact already quotes all their sentences. */
export function dateDisputes(claims: readonly Claim[], facts: readonly Fact[], ctx: FigureContext): Fact[] {
  const byGranularity = new Map<string, DatedRival[]>();
  for (const c of [...claims].sort(canonicalOrder)) for (const r of rivalsOf(c)) pushTo(byGranularity, r.date.granularity, r);
  const told = alreadyContested(facts);
  const out: Fact[] = [];
  for (const [granularity, rivals] of byGranularity) {
    const linked = (a: DatedRival, b: DatedRival): boolean => {
      if (datesCompatible(a.date.value, b.date.value) || differentWeeks(a, b, ctx)) return false;
      let shared = 0;
      for (const w of a.context) if (b.context.has(w)) shared++;
      let acts = 0;
      for (const w of a.acts) if (b.acts.has(w)) acts++;
      return shared >= SHARED_DATE_CONTEXT && acts >= SHARED_DATE_ACTS && ctx.related(a.claim, b.claim) >= DISPUTE_CONTEXT;
    };
    // The dates each article gives (of this granularity): one that gives both of two dates shows they are of different things.
    const dated = new Map<string, Set<string>>();
    for (const r of rivals) dated.set(r.claim.articleId, (dated.get(r.claim.articleId) ?? new Set()).add(r.date.value));
    const given = new Map([...dated].filter(([, vs]) => vs.size > 1).map(([id, vs]) => [id, [...vs]]));
    for (const comp of linkedComponents(rivals, (r) => r.claim.articleId, linked, PARTNERS)) {
      const fact = disputeOf(granularity, comp, ctx, given);
      if (fact && !told(fact)) out.push(fact);
    }
  }
  return out;
}

function disputeOf(granularity: string, comp: readonly DatedRival[], ctx: FigureContext, given: ReadonlyMap<string, readonly string[]>): Fact | null {
  // Variants: dates compatible with every date already in one, compared through its distinct values (copies repeat them).
  const variants: DatedRival[][] = [];
  const values: Set<string>[] = [];
  for (const r of comp) {
    const k = values.findIndex((vs) => [...vs].every((x) => datesCompatible(x, r.date.value)));
    if (k < 0) {
      variants.push([r]);
      values.push(new Set([r.date.value]));
    } else {
      variants[k]?.push(r);
      values[k]?.add(r.date.value);
    }
  }
  const origins = (ctx.copyOrigins ?? ctx.origins)(comp.map((r) => r.claim));
  const originOf = new Map<string, string>();
  for (const chain of origins.chains) for (const id of chain.articleIds) originOf.set(id, chain.root);
  const articlesOf = variants.map((v) => new Set(v.map((r) => r.claim.articleId)));
  const originsOf = articlesOf.map((set) => new Set([...set].map((id) => originOf.get(id) ?? id)));
  const givesBoth = (x: string, y: string): boolean => {
    for (const vs of given.values()) if (vs.some((v) => datesCompatible(v, x)) && vs.some((v) => datesCompatible(v, y))) return true;
    return false;
  };
  // Rivals: no article gives both, and some article of each is of another origin.
  const rivalPair = (i: number, k: number): boolean => {
    if (givesBoth(variants[i]?.[0]?.date.value ?? "", variants[k]?.[0]?.date.value ?? "")) return false;
    const ai = articlesOf[i] as Set<string>;
    const ak = articlesOf[k] as Set<string>;
    const oi = originsOf[i] as Set<string>;
    const ok = originsOf[k] as Set<string>;
    return ![...ai].some((id) => ak.has(id)) && differentOrigins(oi, ok);
  };
  const pair = variants.flatMap((_, i) => variants.map((__, k) => [i, k] as const).filter(([x, k]) => k > x && rivalPair(x, k)))[0];
  if (!pair || origins.count < 2) return null;
  const kept = variants.filter((_, i) => variants.some((__, k) => k !== i && rivalPair(i, k)));
  const a = variants[pair[0]]?.[0] as DatedRival;
  const b = variants[pair[1]]?.[0] as DatedRival;
  const shown = (r: DatedRival): string => r.date.value;
  return contestedFact({
    id: stableId("f", ctx.storyId, `date-dispute|${granularity}|${a.claim.id}`),
    storyId: ctx.storyId,
    statement: a.claim.text.trim(),
    rule: DATE_DISPUTE_RULE,
    what: `date differs: ${shown(a)} vs ${shown(b)}`,
    accounts: [
      { claim: a.claim, value: shown(a) },
      { claim: b.claim, value: shown(b) },
    ],
    variants: kept.map((v) => {
      const values = [...new Set(v.map(shown))];
      const claims = v.map((r) => r.claim);
      return { value: values.join(" / "), claims, evidence: values.length > 1 ? evidenceOf(claims, (c) => shown(v.find((r) => r.claim === c) as DatedRival)) : evidenceOf(claims) };
    }),
    origins: (ctx.copyOrigins ?? ctx.origins)(kept.flat().map((r) => r.claim)),
  });
}
