/**
 * @module Ingesting into the store: de-duplicate, file new articles under stories (the
 * clusterer is rebuilt from the stored articles in insertion order, then fed the new ones),
 * re-analyze every story that gained articles (one story's articles at a time) and save the
 * new articles, their story and its report in ONE transaction per story, so a failure never
 * leaves a story half-written and never loses what was stored before.
 */
import { createHash } from "node:crypto";
import type { Article } from "../types.ts";
import type { Report, Story } from "../report/types.ts";
import { storedToArticle } from "./rows.ts";
import { defaultPipeline, type Pipeline, type StoryDoc } from "./pipeline-port.ts";
import type { Duplicate, Store, StoredArticle } from "./types.ts";

export interface IngestIntoStoreOptions {
  readonly extraPacks?: readonly string[];
  /** Fixed report time (tests); default now. */
  readonly generatedAt?: string;
  /** The analysis side; default the real stages. */
  readonly pipeline?: Pipeline;
  /**
   * Called for each story analyzed, inside the transaction that saves its new report (`store` is
   * that transaction): what it writes (alerts) commits or rolls back with the report.
   */
  readonly onAnalysis?: (change: AnalysisChange) => Promise<void>;
}

/** A story's report before and after one analysis. */
export interface AnalysisChange {
  readonly storyId: string;
  readonly before: Report | null;
  readonly after: Report;
  /** The transaction the new report is being saved in. */
  readonly store: Store;
}

export interface TouchedStory {
  readonly id: string;
  readonly title: string;
  /** Whether this ingest created the story. */
  readonly created: boolean;
  /** Articles this ingest added to it. */
  readonly added: readonly string[];
  /** Articles in the story after this ingest. */
  readonly articles: number;
}

export interface IngestIntoStoreResult {
  readonly added: readonly string[];
  readonly duplicates: readonly Duplicate[];
  readonly stories: readonly TouchedStory[];
}

function toDoc(article: Article): StoryDoc {
  return { id: article.id, title: article.title, text: article.text, published: article.published };
}

/** A new story's id: derived from its first article, so re-running the same ingest gives the same ids. */
export function newStoryId(firstArticleId: string): string {
  return `story-${createHash("sha256").update(firstArticleId).digest("hex").slice(0, 12)}`;
}

/** The report of one story: its single `Story` carries the stored id and every member. */
export function focusReport(report: Report, storyId: string, articleIds: readonly string[], fallbackTitle: string): Report {
  const largest = [...report.stories].sort((a, b) => b.articleIds.length - a.articleIds.length)[0];
  const story: Story = { ...(largest ?? {}), id: storyId, title: largest?.title ?? fallbackTitle, articleIds: [...articleIds] };
  return {
    ...report,
    stories: [story],
    facts: report.facts.map((fact) => (fact.storyId === storyId ? fact : { ...fact, storyId })),
  };
}

interface Plan {
  id: string;
  title: string;
  created: boolean;
  existing: StoredArticle[];
  fresh: Article[];
}

/**
 * Files new articles (and stored ones no story holds yet) under stories: the clusterer is rebuilt
 * from the stored articles in insertion order, then fed the new ones.
 */
async function planStories(store: Store, stored: readonly StoredArticle[], fresh: readonly Article[], pipeline: Pipeline): Promise<Map<string, Plan>> {
  const clusterer = pipeline.createClusterer();
  for (const article of stored) clusterer.add(toDoc(article));
  for (const article of fresh) clusterer.add(toDoc(article));

  const storedById = new Map(stored.map((a) => [a.id, a]));
  const freshById = new Map(fresh.map((a) => [a.id, a]));
  const storyTitles = new Map((await store.listStories()).map((s) => [s.id, s.title]));
  const plans = new Map<string, Plan>();
  for (const cluster of clusterer.stories()) {
    const newcomers = cluster.articleIds.filter((id) => freshById.has(id) || storedById.get(id)?.storyId === null);
    if (newcomers.length === 0) continue;
    // The cluster keeps the stored story most of its stored members belong to (ties: the oldest).
    const votes = new Map<string, number>();
    for (const id of cluster.articleIds) {
      const storyId = storedById.get(id)?.storyId;
      if (storyId) votes.set(storyId, (votes.get(storyId) ?? 0) + 1);
    }
    const kept = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    // A new story takes the clusterer's id (stable, derived from its first article) unless a
    // stored story already uses that id for other articles.
    const taken = storyTitles.has(cluster.id) || plans.has(cluster.id);
    const id = kept ?? (taken ? newStoryId(cluster.articleIds[0] ?? newcomers[0] ?? "") : cluster.id);
    const plan = plans.get(id) ?? { id, title: storyTitles.get(id) ?? cluster.title, created: kept === undefined, existing: [], fresh: [] };
    for (const articleId of newcomers) {
      const old = storedById.get(articleId);
      if (old !== undefined) plan.existing.push(old);
      const incoming = freshById.get(articleId);
      if (incoming !== undefined) plan.fresh.push(incoming);
    }
    plans.set(id, plan);
  }

  return plans;
}

/** Adds articles to the store, updating and re-analyzing the stories they join. */
export function ingestIntoStore(store: Store, articles: readonly Article[], options: IngestIntoStoreOptions = {}): Promise<IngestIntoStoreResult> {
  // One writer at a time (across processes on Postgres): clustering and analysis read what is stored.
  return store.withWriteLock(() => ingestLocked(store, articles, options));
}

async function ingestLocked(store: Store, articles: readonly Article[], options: IngestIntoStoreOptions): Promise<IngestIntoStoreResult> {
  const duplicates = await store.findDuplicates(articles);
  const skipped = new Set(duplicates.map((d) => d.id));
  const fresh = articles.filter((a) => !skipped.has(a.id));
  if (fresh.length === 0) return { added: [], duplicates, stories: [] };

  const pipeline = options.pipeline ?? (await defaultPipeline());
  const stored = await store.allArticles();
  const plans = await planStories(store, stored, fresh, pipeline);
  const added: string[] = [];
  const touched: TouchedStory[] = [];
  for (const plan of [...plans.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const members = [
      ...stored.filter((a) => a.storyId === plan.id).map(storedToArticle),
      ...plan.existing.map(storedToArticle),
      ...plan.fresh,
    ];
    const ids = members.map((a) => a.id);
    const raw = await pipeline.analyze(members, {
      ...(options.extraPacks === undefined ? {} : { extraPacks: options.extraPacks }),
      ...(options.generatedAt === undefined ? {} : { generatedAt: options.generatedAt }),
    });
    const report = focusReport(raw, plan.id, ids, plan.title);
    const title = report.stories[0]?.title ?? plan.title;
    const result = await store.transaction(async (tx) => {
      const before = options.onAnalysis === undefined ? null : await tx.getReport(plan.id);
      const res = await tx.addArticles(plan.fresh, { storyId: plan.id, storyTitle: title });
      if (plan.existing.length > 0) await tx.assignStory(plan.id, plan.existing.map((a) => a.id));
      await tx.saveAnalysis(plan.id, report);
      await options.onAnalysis?.({ storyId: plan.id, before, after: report, store: tx });
      return res;
    });
    added.push(...result.added);
    touched.push({ id: plan.id, title, created: plan.created, added: [...result.added, ...plan.existing.map((a) => a.id)], articles: ids.length });
  }
  return { added, duplicates, stories: touched };
}

export interface AssignStoriesOptions {
  readonly pipeline?: Pipeline;
}

/**
 * Files every stored article that no story holds yet (stored by `addArticles` without a story, as
 * queue workers do) under a story, without analyzing: returns the ids of the stories that gained
 * articles. One writer at a time, like `ingestIntoStore`.
 */
export function assignStories(store: Store, options: AssignStoriesOptions = {}): Promise<string[]> {
  return store.withWriteLock(async () => {
    const stored = await store.allArticles();
    if (!stored.some((a) => a.storyId === null)) return [];
    const pipeline = options.pipeline ?? (await defaultPipeline());
    const plans = await planStories(store, stored, [], pipeline);
    const ids: string[] = [];
    for (const plan of [...plans.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
      if (plan.existing.length === 0) continue;
      await store.assignStory(plan.id, plan.existing.map((a) => a.id), plan.created ? { title: plan.title } : {});
      ids.push(plan.id);
    }
    return ids;
  });
}

export interface ReanalyzeResult {
  readonly storyId: string;
  /** False when the stored report already covered exactly the story's articles (nothing to do). */
  readonly analyzed: boolean;
  readonly articles: number;
}

/**
 * Re-analyzes one story from its stored articles and saves the report, holding the story's lock
 * (one worker at a time per story, across processes on Postgres). Skips a story whose report
 * already covers exactly its articles, so repeated requests for one story cost one analysis.
 */
export function reanalyzeStory(store: Store, storyId: string, options: IngestIntoStoreOptions = {}): Promise<ReanalyzeResult> {
  return store.withNamedLock(`story:${storyId}`, async () => {
    const members = (await store.storyArticles(storyId)).map(storedToArticle);
    const current = await store.getReport(storyId);
    const covered = new Set(current?.stories[0]?.articleIds ?? []);
    if (members.length === 0 || (covered.size === members.length && members.every((a) => covered.has(a.id)))) {
      return { storyId, analyzed: false, articles: members.length };
    }
    const pipeline = options.pipeline ?? (await defaultPipeline());
    const title = (await store.getStory(storyId))?.title ?? storyId;
    const raw = await pipeline.analyze(members, {
      ...(options.extraPacks === undefined ? {} : { extraPacks: options.extraPacks }),
      ...(options.generatedAt === undefined ? {} : { generatedAt: options.generatedAt }),
    });
    const report = focusReport(raw, storyId, members.map((a) => a.id), title);
    await store.transaction(async (tx) => {
      const before = await tx.getReport(storyId);
      await tx.saveAnalysis(storyId, report);
      await options.onAnalysis?.({ storyId, before, after: report, store: tx });
    });
    return { storyId, analyzed: true, articles: members.length };
  });
}
