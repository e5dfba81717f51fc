/**
 * @module The cross-check stage for one story: align claims into facts with verdicts, count
 * independent origins, and collect anomalies and per-article shares of commentary and exclusives.
 */
import { pushTo } from "../multimap.ts";
import type { KnowledgeBase } from "../knowledge/index.ts";
import type { Anomaly, Fact, ReuseLink, TraceEntry } from "../report/types.ts";
import { comparisonTrace, mergeTrace, numberTrace } from "./trace.ts";
import { ALL_PAIRS_UP_TO, collapseCopies, type RepeatedPassage } from "../reuse/index.ts";
import type { Claim, ExtractedDoc, Mention, Quantity, Token } from "../types.ts";
import { figureFactsTraced, type FigureContext } from "./figures.ts";
import { figureDisputes } from "./figure-disputes.ts";
import { subsumeFacts, type QuoteLocator } from "./subsume.ts";
import { backgroundTrace } from "./background.ts";
import { dateDisputes } from "./date-disputes.ts";
import { categoryDisputes } from "./category-disputes.ts";
import { residenceDisputes } from "./residence-disputes.ts";
import { claimSimilarities } from "./align.ts";
import { garbleAnomalies, repeatAnomalies, unattributedAnomalies } from "./anomalies.ts";
import { nameVariantAnomalies } from "./name-variants.ts";
import { arithmeticAnomalies, temporalAnomalies, tenseAnomalies, type StoryDate } from "./consistency.ts";
import { framingAnomalies } from "./framing.ts";
import { buildFacts } from "./facts.ts";
import { quantityOwners } from "./owners.ts";
import { groupClaims } from "./group.ts";
import { copyTest, creditedUpstreams, independentOrigins, reuseComponents } from "./origins.ts";
import { paraphraseLinks } from "./paraphrase-links.ts";
import { errorsByArticle, rewriteLinks } from "./rewrites.ts";
import { storyShortForms } from "../extract/coref.ts";
import { lowerCaseWords, storySpeakers, storySurnames, withStoryShortForms, withStorySurnames } from "./story-surnames.ts";
import { predicateLookup } from "./predicates.ts";

export interface CrosscheckInput {
  readonly storyId: string;
  readonly docs: readonly ExtractedDoc[];
  readonly reuse: readonly ReuseLink[];
  readonly repeats: readonly RepeatedPassage[];
  readonly kb: KnowledgeBase;
}

export interface ArticleStats {
  readonly commentaryShare: number;
  readonly exclusiveShare: number;
  readonly notes: readonly string[];
}

export interface CrosscheckResult {
  readonly facts: readonly Fact[];
  /** What the rules dropped, reclassified and compared (for `--explain`). */
  readonly trace: readonly TraceEntry[];
  readonly anomalies: readonly Anomaly[];
  readonly reuse: readonly ReuseLink[];
  readonly stats: ReadonlyMap<string, ArticleStats>;
  readonly storyDate: StoryDate | null;
}

export const CLAIM_ALIGN_THRESHOLD = 0.45;
/** What a shared subject adds to the relatedness of two sentences that give one figure (see figures.ts). */
const SHARED_SUBJECT_RELATEDNESS = 0.15;

export function crosscheck(input: CrosscheckInput): CrosscheckResult {
  const { docs, storyId } = input;
  const ids = docs.map((d) => d.doc.article.id);
  const outlet = new Map(docs.map((d) => [d.doc.article.id, d.doc.article.outlet]));
  const publishedOf = new Map(docs.map((d) => [d.doc.article.id, d.doc.article.published]));
  const outletOf = (id: string): string => outlet.get(id) ?? id;
  const known = new Set(input.reuse.map((l) => `${l.a}|${l.b}`));
  const large = docs.length > ALL_PAIRS_UP_TO;
  const allFound = [...input.reuse, ...paraphraseLinks(docs.map((d) => d.doc)).filter((l) => !known.has(`${l.a}|${l.b}`))];
  const found = large ? collapseCopies(allFound) : allFound;
  // Garbled names and unusual spellings: anomalies in their own right, and shared ones are evidence of a common source.
  const nameAnomalies = [...docs.flatMap(garbleAnomalies), ...nameVariantAnomalies(docs)];
  const rewrites = rewriteLinks(docs.map((d) => d.doc), found, errorsByArticle(nameAnomalies));
  // A rewrite replaces a weaker link of the same pair (shared passages, paraphrase); copies stay copies.
  const rewritten = new Set(rewrites.map((l) => `${l.a}|${l.b}`));
  const reuse = [...found.filter((l) => !rewritten.has(`${l.a}|${l.b}`) || l.kind === "duplicate" || l.kind === "near-duplicate"), ...rewrites.filter((l) => !found.some((f) => f.a === l.a && f.b === l.b && (f.kind === "duplicate" || f.kind === "near-duplicate")))].sort(
    (x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0),
  );
  // Copies and rewrites (not articles sharing a paragraph) count as one text for framing.
  const components = reuseComponents(ids, reuse.filter((l) => l.kind === "duplicate" || l.kind === "near-duplicate" || l.kind === "rewrite" || l.score >= 0.3));
  // The words the story writes in lower case: a name also written so may be a common word.
  const lower = lowerCaseWords(docs.flatMap((d) => d.claims));
  const shortForms = storyShortForms(docs.flatMap((d) => d.mentions), lower);
  const namesTrace: TraceEntry[] = [];
  const named: Claim[] = docs.flatMap((d) => withoutRepeats(d.claims)).map((c) => withStoryShortForms(c, shortForms, namesTrace));
  const surnames = storySurnames(named, lower);
  const claims: Claim[] = named.map((c) => withStorySurnames(c, surnames, namesTrace));
  const sims = claimSimilarities(claims, predicateLookup(docs));
  const groups = groupClaims(claims, { similarity: sims.overlap, threshold: CLAIM_ALIGN_THRESHOLD, keys: sims.keys, speaker: storySpeakers(surnames, namesTrace) });
  const copied = copyTest({ links: reuse, similarity: sims.paraphrase, unquoted: sims.unquoted, overlap: sims.content });
  const defaultBuyer = majority(claims.map((c) => (c.frame?.type === "procurement" ? (c.frame.roles["buyer"] ?? "") : "")).filter(Boolean));
  const storyDate = storyDateOf(docs, input.kb);
  const storyYear = storyYearOf(storyDate, claims);
  const storyStart = docs.map((d) => d.doc.article.published).filter((p): p is string => p !== null).sort()[0] ?? null;
  const headlines = new Map(docs.map((d) => [d.doc.article.id, d.doc.article.title]));
  const ownerOf = quantityOwners(claims, (id) => headlines.get(id));
  const grouped: Fact[] = groups
    .flatMap((g) => {
      // Attribution is read over the whole group: the approval an article reports may be credited
      // to a newspaper in a neighbouring sentence rather than in the one with the figure.
      const credited = creditedUpstreams(g.claims, outletOf);
      return buildFacts(g, { storyId, defaultBuyer, storyYear, storyStart, ownerOf, published: (id) => publishedOf.get(id) ?? null, origins: (cs) => independentOrigins(cs, { copied, credited, outletOf, keys: sims.keys, publishedOf: (id) => publishedOf.get(id) ?? null }) });
    })
    .sort(factOrder);
  const sentenceQuantities = new Map<string, Quantity[]>();
  for (const d of docs)
    for (const q of d.quantities) {
      const key = `${d.doc.article.id}|${q.sentence}`;
      pushTo(sentenceQuantities, key, q);
    }
  const tokens = new Map(docs.map((d) => [d.doc.article.id, d.doc.sentences]));
  const tokensOf = (c: Claim): readonly Token[] => tokens.get(c.articleId)?.[c.sentence]?.tokens ?? [];
  const figureContext = {
    storyYear,
    storyStart,
    storyId,
    related: (a, b) => Math.min(1, sims.content(a, b) + (a.subjects.some((x) => b.subjects.includes(x)) ? SHARED_SUBJECT_RELATEDNESS : 0)),
    quantitiesOf: (c) => sentenceQuantities.get(`${c.articleId}|${c.sentence}`) ?? [],
    origins: (cs) => independentOrigins(cs, { copied, credited: creditedUpstreams(cs, outletOf), outletOf, keys: sims.keys, publishedOf: (id) => publishedOf.get(id) ?? null }),
    copyOrigins: (cs) => independentOrigins(cs, { copied, credited: new Map(), outletOf, keys: sims.keys, publishedOf: (id) => publishedOf.get(id) ?? null }),
    tokensOf,
    headlineOf: (id) => headlines.get(id),
    publishedOf: (id) => publishedOf.get(id) ?? null,
  } satisfies FigureContext;
  const figures = figureFactsTraced(claims, grouped, figureContext);
  grouped.push(...figures.facts, ...figureDisputes(claims, grouped, figureContext), ...categoryDisputes(claims, figureContext), ...residenceDisputes(claims, figureContext));
  grouped.push(...dateDisputes(claims, grouped, figureContext));
  const subsumed = subsumeFacts(grouped, sentenceLocator(docs));
  const facts = subsumed.facts.sort(factOrder);
  const eventStart = (m: Mention): { name: string; start: string } | null => {
    const e = m.entityId ? input.kb.entities.get(m.entityId) : undefined;
    return e?.type === "event" && e.start ? { name: e.name, start: e.start } : null;
  };
  const stats = articleStats(docs, facts);
  const anomalies = [
    ...nameAnomalies,
    ...repeatAnomalies(input.repeats),
    ...unattributedAnomalies(facts),
    ...docs.flatMap(arithmeticAnomalies),
    ...docs.flatMap((d) => temporalAnomalies(d, { storyDate, eventStart })),
    ...docs.flatMap(tenseAnomalies),
    ...framingAnomalies(docs, { components }),
    ...docs.flatMap((d) => commentaryAnomalies(d, stats.get(d.doc.article.id))),
  ].sort(
    (a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.span[0] - b.span[0] || (a.kind < b.kind ? -1 : 1)),
  );
  const trace = [...numberTrace(docs), ...namesTrace, ...mergeTrace(groups), ...figures.trace, ...subsumed.trace, ...backgroundTrace(claims, { storyYear, storyStart }), ...comparisonTrace(facts)];
  return { facts, anomalies, reuse, stats, storyDate, trace };
}

/** The sentence a quote starts in, as "article|sentence start" (a quote outside every sentence stands alone), and the names in a quote. */
function sentenceLocator(docs: readonly ExtractedDoc[]): QuoteLocator {
  const starts = new Map(docs.map((d) => [d.doc.article.id, d.doc.sentences.map((s) => s.span[0])]));
  const mentions = new Map(docs.map((d) => [d.doc.article.id, d.mentions]));
  const namesIn = (articleId: string, span: readonly [number, number]): string[] => [...new Set((mentions.get(articleId) ?? []).filter((m) => m.span[0] >= span[0] && m.span[1] <= span[1]).map((m) => m.canonical))];
  const sentenceOf = (articleId: string, offset: number): string => {
    const list = starts.get(articleId) ?? [];
    let lo = 0;
    let hi = list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] ?? 0) <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return `${articleId}|${found < 0 ? `@${offset}` : (list[found] ?? offset)}`;
  };
  return { sentenceOf, namesIn };
}

/**
 * The date a story is set at: the latest publication date of its articles; else the date of a
 * short, dated event from the packs that its articles mention (a summit); else null.
 */
export function storyDateOf(docs: readonly ExtractedDoc[], kb: KnowledgeBase): StoryDate | null {
  const published = docs.map((d) => d.doc.article.published).filter((p): p is string => p !== null).sort();
  const latest = published[published.length - 1];
  if (latest) return { date: latest.slice(0, 10), basis: "the latest publication date" };
  const counts = new Map<string, number>();
  for (const d of docs) for (const m of d.mentions) if (m.entityId && m.type === "event") counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  const dated = [...counts.entries()]
    .map(([id, n]) => ({ e: kb.entities.get(id), n }))
    .filter(({ e }) => e?.start && e.end && Date.parse(e.end) - Date.parse(e.start) <= 31 * 86_400_000)
    // A story is set at or after every short event it mentions: take the latest.
    .sort((a, b) => ((a.e?.start ?? "") > (b.e?.start ?? "") ? -1 : 1));
  const top = dated[0]?.e;
  return top?.start ? { date: top.start, basis: `the date of the ${top.name}, which the articles mention` } : null;
}

/** The story's year: its date's, else the year its claims' dates give most often (null when none). */
function storyYearOf(storyDate: StoryDate | null, claims: readonly Claim[]): number | null {
  if (storyDate) return Number(storyDate.date.slice(0, 4));
  const counts = new Map<number, number>();
  for (const c of claims) for (const d of c.dates) if (/^\d{4}/.test(d.value)) counts.set(Number(d.value.slice(0, 4)), (counts.get(Number(d.value.slice(0, 4))) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? null;
}

function commentaryAnomalies(d: ExtractedDoc, st: ArticleStats | undefined): Anomaly[] {
  const note = st?.notes.find((n) => n.startsWith("mostly commentary"));
  if (!note) return [];
  const first = d.doc.sentences.find((s) => d.sentenceKinds[s.index] === "commentary");
  if (!first) return [];
  return [{ kind: "mostly-commentary", articleId: d.doc.article.id, quote: first.text, span: [first.span[0], first.span[1]], suggestion: null, explanation: `This article is ${note}.` }];
}

/** A sentence an article repeats (a scraper's duplicate) is one claim, not two. */
function withoutRepeats(claims: readonly Claim[]): Claim[] {
  const seen = new Set<string>();
  return claims.filter((c) => {
    const key = `${c.frame ? JSON.stringify(c.frame) : ""}|${c.text.toLowerCase().replace(/\W+/g, " ").trim()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function majority(xs: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
}

const VERDICT_ORDER = { contested: 0, corroborated: 1, "single-source": 2 } as const;

function factOrder(a: Fact, b: Fact): number {
  return VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] || b.articles - a.articles || (a.id < b.id ? -1 : 1);
}

function articleStats(docs: readonly ExtractedDoc[], facts: readonly Fact[]): Map<string, ArticleStats> {
  const stats = new Map<string, ArticleStats>();
  // Per article: the facts its evidence is in, and those of them no other article gives (one pass over the facts).
  const tally = new Map<string, { mine: number; exclusive: number }>();
  for (const f of facts) {
    const ids = new Set<string>();
    for (const v of f.variants) for (const e of v.evidence) ids.add(e.articleId);
    for (const id of ids) {
      const t = tally.get(id) ?? { mine: 0, exclusive: 0 };
      t.mine++;
      if (f.articles === 1) t.exclusive++;
      tally.set(id, t);
    }
  }
  for (const d of docs) {
    const id = d.doc.article.id;
    const kinds = d.sentenceKinds.filter((k) => k !== "structure");
    const commentary = kinds.filter((k) => k === "commentary").length;
    const commentaryShare = kinds.length ? commentary / kinds.length : 0;
    const { mine, exclusive } = tally.get(id) ?? { mine: 0, exclusive: 0 };
    const exclusiveShare = mine ? exclusive / mine : 0;
    const attributed = d.claims.filter((c) => c.attribution && !c.attribution.source.startsWith("unnamed ")).length;
    const notes: string[] = [];
    if (commentaryShare >= 0.6 && attributed <= 1) notes.push(`mostly commentary: ${Math.round(commentaryShare * 100)}% of its sentences are unattributed evaluation or analysis, with ${attributed} attributed claim${attributed === 1 ? "" : "s"}`);
    stats.set(id, { commentaryShare: round(commentaryShare), exclusiveShare: round(exclusiveShare), notes });
  }
  return stats;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

