/**
 * @module The whole pipeline over articles already read: text → extract → stories → reuse →
 * cross-check → Report (schema triangulate.report/v1). Deterministic: the same articles in any
 * order give the same report (up to `generatedAt`).
 */
import { pushTo } from "./multimap.ts";
import { crosscheck } from "./crosscheck/index.ts";
import { mergeAnomalies } from "./crosscheck/anomalies.ts";
import { extract } from "./extract/index.ts";
import { loadKnowledge, type KnowledgeBase } from "./knowledge/index.ts";
import { REPORT_SCHEMA, type ArticleSummary, type EntitySummary, type Report, type Story, type TraceEntry } from "./report/types.ts";
import { findRepeats, findReuse } from "./reuse/index.ts";
import { clusterStories } from "./stories/index.ts";
import { stableId } from "./ids.ts";
import { compareDates } from "./date-order.ts";
import { buildDoc, wordCount } from "./text/index.ts";
import { oneWidth } from "./text/width.ts";
import { articleLabels, outletKnown } from "./article-labels.ts";
import type { Article, Doc, InputError, Mention } from "./types.ts";
import { foldName } from "./knowledge/fold.ts";
import { analyzeStoriesInThreads, threadsFor } from "./pipeline-threads.ts";
import type { ArticleMemo } from "./extract/memo.ts";

export interface AnalyzeOptions {
  /** Extra knowledge-pack files (JSON) on top of the bundled ones. */
  readonly extraPacks?: readonly string[];
  /** A knowledge base to reuse across calls (overrides extraPacks). */
  readonly kb?: KnowledgeBase;
  /** Timestamp for the report; defaults to now. */
  readonly generatedAt?: string;
  /** Input errors to carry into the report. */
  readonly errors?: readonly InputError[];
  /** Treat all articles as one story instead of clustering them. */
  readonly singleStory?: boolean;
  /** Keep the rules' trace in the report (`report.trace`): numbers left out or reread, accounts compared. */
  readonly explain?: boolean;
  /** Called after each story is cross-checked (for progress display). */
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * Worker threads for the stories: 1 (the default) analyzes them on this thread; more, or "auto"
   * (one per core for a batch of 100 articles or more), analyzes each story in a worker thread when
   * there are several stories. The report is the same. A thread loads the packs itself (the bundled ones and `extraPacks`), so
   * with a `kb` given the stories stay on this thread.
   */
  readonly threads?: number | "auto";
  /**
   * Per-article work kept between calls (extract/memo.ts; filled with the same `kb`): documents,
   * pack entities and extractions of articles analyzed before are reused while what they depend on
   * is unchanged. The report is the same. Stories stay on this thread.
   */
  readonly memo?: ArticleMemo;
}

export async function analyzeArticles(articles: readonly Article[], options: AnalyzeOptions = {}): Promise<Report> {
  const kb = options.kb ?? loadKnowledge(options.extraPacks ? { extraPacks: options.extraPacks } : {});
  const unique = new Map<string, Article>();
  for (const a of articles) if (!unique.has(a.id)) unique.set(a.id, a);
  // What readers see for each article, fixed before any stage writes an explanation: a stage that
  // names an article names it by its label (an outlet no input named is a letter, not a file name).
  const labels = articleLabels([...unique.values()]);
  const originalOutlet = new Map([...unique.values()].map((a) => [a.id, a.outlet]));
  // One string width for all texts (text/width.ts): each pattern then compiles for one width only.
  const sorted = oneWidth([...unique.values()].sort((a, b) => (a.id < b.id ? -1 : 1)).map((a) => (outletKnown(a) ? a : { ...a, outlet: labels.get(a.id) ?? a.outlet })));
  // Documents are built here, in one order, when the stories are analyzed on this thread; worker
  // threads build their stories' own.
  const maxThreads = options.kb || options.singleStory || options.memo ? 1 : threadsFor(options.threads, sorted.length);
  const memo = options.memo;
  const docs = maxThreads > 1 ? [] : memo ? memo.docs(sorted) : sorted.map((a) => buildDoc(a));
  const byId = new Map<string, Doc>(docs.map((d) => [d.article.id, d]));
  const docOf = (a: Article): Doc => byId.get(a.id) ?? buildDoc(a);
  // Pack entities of each article, found once: they tie coverage together for clustering ("Beijing"
  // and "China", "President Xi" and "Xi Jinping" are one entity) and tell garble detection what the
  // story's other articles name.
  const findIds = (a: Article): readonly string[] => [...new Set(kb.findAliases(a.text).map((m) => m.entityId))];
  const aliasIds = new Map(sorted.map((a) => [a.id, new Set(memo?.entityIds(a, () => findIds(a)) ?? findIds(a))]));
  const entityNames = (id: string): string[] => [...(aliasIds.get(id) ?? [])].map((e) => kb.entities.get(e)?.name ?? e).sort();
  const first = sorted[0];
  const clusters: readonly Cluster[] =
    options.singleStory || sorted.length <= 1
      ? first === undefined
        ? []
        : [{ id: stableId("s", first.id), title: first.title ?? firstSentence(docOf(first)), articleIds: sorted.map((a) => a.id) }]
      : clusterStories(sorted.map((a) => ({ id: a.id, title: a.title, text: a.text, published: a.published, entities: entityNames(a.id) })));
  const labelled = new Map(sorted.map((a) => [a.id, a]));
  let done = 0;
  const trace: TraceEntry[] = [];
  const report = { facts: [] as Report["facts"][number][], anomalies: [] as Report["anomalies"][number][], reuse: [] as Report["reuse"][number][], stories: [] as Story[], articles: [] as ArticleSummary[] };
  const mentions: Mention[] = [];
  const mentionArticle = new Map<Mention, string>();
  const add = (r: StoryResult): void => {
    for (const f of r.facts) report.facts.push(f);
    for (const t of r.trace) trace.push(t);
    // One push per item: a spread of a story's 100,000 reuse links would overflow the call stack.
    for (const a of r.anomalies) report.anomalies.push(a);
    for (const l of r.reuse) report.reuse.push(l);
    report.stories.push(r.story);
    for (const a of r.articles) report.articles.push(a);
    for (const [articleId, m] of r.mentions) {
      mentions.push(m);
      mentionArticle.set(m, articleId);
    }
  };
  const storyArticles = (cluster: Cluster): StoryArticle[] =>
    cluster.articleIds.flatMap((id) => {
      const d = byId.get(id);
      const a = unique.get(id);
      const seen = labelled.get(id);
      if (!a || !seen) return [];
      return [{ article: seen, ...(d ? { doc: d } : {}), outlet: originalOutlet.get(id) ?? a.outlet, label: labels.get(id) ?? a.outlet, outletKnown: outletKnown(a), entityIds: [...(aliasIds.get(id) ?? [])] }];
    });
  const threads = Math.min(maxThreads, clusters.length);
  if (threads > 1) {
    // Stories are independent: each goes to a worker thread (largest first), and the results are
    // put together in the same order as on one thread, so the report is the same.
    const results = await analyzeStoriesInThreads(
      clusters.map((c) => ({ cluster: c, articles: storyArticles(c) })),
      { threads, extraPacks: options.extraPacks ?? [], explain: options.explain === true, onDone: () => options.onProgress?.(++done, clusters.length) },
    );
    for (const r of results) add(r);
  } else {
    for (const cluster of clusters) {
      add(analyzeStory(cluster, storyArticles(cluster), { kb, explain: options.explain === true, ...(memo ? { memo } : {}) }));
      options.onProgress?.(++done, clusters.length);
      // Yield between stories so a server stays responsive while a large batch is analyzed.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }
  return {
    schema: REPORT_SCHEMA,
    generatedAt: options.generatedAt ?? new Date().toISOString(),
    articles: report.articles.sort((a, b) => (a.origin < b.origin ? -1 : a.origin > b.origin ? 1 : a.id < b.id ? -1 : 1)),
    stories: report.stories.sort((a, b) => b.articleIds.length - a.articleIds.length || (a.id < b.id ? -1 : 1)),
    facts: report.facts,
    anomalies: report.anomalies,
    reuse: report.reuse,
    errors: [...(options.errors ?? [])].sort((a, b) => (a.origin < b.origin ? -1 : a.origin > b.origin ? 1 : 0)),
    entities: entitySummaries(mentions, mentionArticle),
    ...(options.explain ? { trace } : {}),
  };
}

type Cluster = { readonly id: string; readonly title: string; readonly articleIds: readonly string[] };

/** One article of a story, with what the report says of it and the pack entities it names. */
export interface StoryArticle {
  /** The article as the stages see it (an outlet no input named is its label). */
  readonly article: Article;
  /** Its document, when already built (else built from the article). */
  readonly doc?: Doc;
  readonly outlet: string;
  readonly label: string;
  readonly outletKnown: boolean;
  readonly entityIds: readonly string[];
}

/** What one story adds to the report. Plain data: it crosses from a worker thread as is. */
export interface StoryResult {
  readonly facts: readonly Report["facts"][number][];
  readonly trace: readonly TraceEntry[];
  readonly anomalies: readonly Report["anomalies"][number][];
  readonly reuse: readonly Report["reuse"][number][];
  readonly story: Story;
  readonly articles: readonly ArticleSummary[];
  readonly mentions: readonly (readonly [string, Mention])[];
}

/** Extract, find reuse and cross-check one story's articles (in the story's order). */
export function analyzeStory(cluster: Cluster, articles: readonly StoryArticle[], context: { readonly kb: KnowledgeBase; readonly explain: boolean; readonly memo?: ArticleMemo }): StoryResult {
  const { kb } = context;
  const storyDocs = articles.map((a) => a.doc ?? buildDoc(a.article));
  const entityIds = new Map(articles.map((a) => [a.article.id, new Set(a.entityIds)]));
  // Which articles of the story name each pack entity, found once: each article is told the
  // entities the others name and, for explanations, their outlets (linear in the story's size).
  const namedBy = new Map<string, Doc[]>();
  for (const d of storyDocs)
    for (const e of entityIds.get(d.article.id) ?? []) {
      pushTo(namedBy, e, d);
    }
  const extracted = storyDocs.map((d) => {
    const own = entityIds.get(d.article.id) ?? new Set<string>();
    // In id order: the context depends on which entities the others name, not on the articles' order.
    const others = new Set([...namedBy].filter(([e, by]) => by.length > (own.has(e) ? 1 : 0)).map(([e]) => e).sort());
    const outletsOf = (e: string): readonly string[] => [...new Set((namedBy.get(e) ?? []).filter((x) => x !== d).map((x) => x.article.outlet))].sort();
    const story = { storyEntityIds: others, storyEntityOutlets: outletsOf };
    return context.memo ? context.memo.extract(d, story, (c) => extract(d, { kb, ...c })) : extract(d, { kb, ...story });
  });
  const reuse = findReuse(storyDocs.map((d) => ({ id: d.article.id, text: d.text })));
  const repeats = storyDocs.flatMap((d) => findRepeats({ id: d.article.id, text: d.text }));
  const result = crosscheck({ storyId: cluster.id, docs: extracted, reuse, repeats, kb });
  const about = new Map(articles.map((a) => [a.article.id, a]));
  const summaries: ArticleSummary[] = [];
  const mentions: [string, Mention][] = [];
  for (const x of extracted) {
    const a = x.doc.article;
    for (const m of x.mentions) mentions.push([a.id, m]);
    const st = result.stats.get(a.id);
    const own = about.get(a.id);
    summaries.push({
      id: a.id,
      origin: a.origin,
      outlet: own?.outlet ?? a.outlet,
      label: own?.label ?? a.outlet,
      outletKnown: own?.outletKnown ?? true,
      title: a.title,
      published: a.published,
      language: a.language,
      sentences: x.doc.sentences.length,
      words: wordCount(x.doc),
      url: a.url,
      commentaryShare: st?.commentaryShare ?? 0,
      exclusiveShare: st?.exclusiveShare ?? 0,
      notes: [...(st?.notes ?? []), ...languageNote(a.language)],
    });
  }
  return {
    facts: result.facts,
    trace: context.explain ? result.trace : [],
    anomalies: mergeAnomalies(result.anomalies),
    reuse: result.reuse,
    story: {
      id: cluster.id,
      title: storyTitle(storyDocs, cluster.title),
      articleIds: [...cluster.articleIds].sort(),
      summary: {
        agreed: result.facts.filter((f) => f.verdict === "corroborated").map((f) => f.statement),
        disputed: result.facts.filter((f) => f.verdict === "contested").map((f) => (f.differs ? `${f.statement} — ${f.differs}` : f.statement)),
        singleSource: result.facts.filter((f) => f.verdict === "single-source" && f.articles === 1).map((f) => f.statement),
      },
    },
    articles: summaries,
    mentions,
  };
}

/** Entities named in two or more places, or known to a pack: resolved across spellings, with roles. */
function entitySummaries(mentions: readonly Mention[], articleOf: ReadonlyMap<Mention, string>): EntitySummary[] {
  const byKey = new Map<string, { m: Mention; roles: Set<string>; forms: Set<string>; articles: Set<string>; n: number; types: Map<Mention["type"], number> }>();
  for (const m of mentions) {
    if (m.type === "other") continue;
    // Names no pack knows are one entity however the articles spell them (case, diacritics,
    // hyphens) and whatever type one article's context gave them: the story's majority type wins.
    const key = m.entityId ?? `name:${foldName(m.canonical)}`;
    const e = byKey.get(key) ?? { m, roles: new Set<string>(), forms: new Set<string>(), articles: new Set<string>(), n: 0, types: new Map() };
    e.types.set(m.type, (e.types.get(m.type) ?? 0) + 1);
    if (m.role) e.roles.add(m.role);
    e.forms.add(m.text);
    e.articles.add(articleOf.get(m) ?? "");
    e.n++;
    byKey.set(key, e);
  }
  return [...byKey.values()]
    .filter((e) => e.m.entityId !== null || e.n >= 2)
    .map((e) => ({
      name: e.m.canonical,
      type: [...e.types].reduce((best, t) => (t[1] > best[1] ? t : best), [e.m.type, e.types.get(e.m.type) ?? 0])[0],
      id: e.m.entityId,
      roles: [...e.roles].sort(),
      forms: [...e.forms].sort(),
      articleIds: [...e.articles].sort(),
      mentions: e.n,
    }))
    .sort((a, b) => b.articleIds.length - a.articleIds.length || b.mentions - a.mentions || (a.name < b.name ? -1 : 1));
}

/** A note for an article not in English: extraction rules and lexicons are English ones. */
function languageNote(language: string): string[] {
  if (language === "en" || language === "und") return [];
  return [`written in ${language}: Triangulate's extraction rules are for English, so its claims here may be incomplete and it may not be aligned with English coverage of the same story`];
}

/** A real headline beats a first sentence: the earliest-published titled article's title. */
function storyTitle(docs: readonly Doc[], fallback: string): string {
  const titled = docs
    .filter((d) => d.article.title)
    .sort((a, b) => compareDates(a.article.published ?? "9999", b.article.published ?? "9999") || (a.article.id < b.article.id ? -1 : 1));
  return titled[0]?.article.title ?? fallback;
}

function firstSentence(d: Doc): string {
  return d.sentences[0]?.text.slice(0, 120) ?? "Untitled story";
}
