/**
 * @module Ingesting into the store: de-duplicate, file new articles under stories (story-plan.ts:
 * against the summaries of the candidate stories, found through the story keys the store keeps;
 * memory and time per batch do not grow with the store),
 * re-analyze every story that gained articles (one story's articles at a time) and save the new
 * articles, their story, its keys and its report in ONE transaction per story, so a failure never
 * leaves a story half-written and never loses what was stored before.
 */
import type { Article } from "../types.ts";
import type { Report, Story } from "../report/types.ts";
import { storedToArticle } from "./rows.ts";
import { defaultPipeline, type Pipeline } from "./pipeline-port.ts";
import { keyCounts, planStories, type Planning } from "./story-plan.ts";
import { saveFiling } from "./story-filing.ts";
import { boundReport } from "./bounded-report.ts";
import type { Duplicate, Store } from "./types.ts";

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
  /**
   * How clustering files articles (story-plan.ts): "incremental" (default) against the candidate
   * stories' summaries; "full" re-clustering every stored article. Incremental needs the pipeline's
   * `candidateKeys` and `filing`; without them, full.
   */
  readonly planning?: Planning;
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

export { newStoryId } from "./story-plan.ts";

/**
 * The report of one story as stored: its single `Story` carries the stored id and every member;
 * its reuse links bounded (bounded-report.ts: large reuse groups kept as clusters).
 */
export function focusReport(report: Report, storyId: string, articleIds: readonly string[], fallbackTitle: string): Report {
  const largest = [...report.stories].sort((a, b) => b.articleIds.length - a.articleIds.length)[0];
  const story: Story = { ...(largest ?? {}), id: storyId, title: largest?.title ?? fallbackTitle, articleIds: [...articleIds] };
  return boundReport({
    ...report,
    stories: [story],
    facts: report.facts.map((fact) => (fact.storyId === storyId ? fact : { ...fact, storyId })),
  });
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
  const plans = await planStories(store, fresh, pipeline, options.planning ?? "incremental");
  const added: string[] = [];
  const touched: TouchedStory[] = [];
  for (const plan of [...plans.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    // Re-analysis reads the story's own articles only (bounded by the story, not the store).
    const members = [...(await store.storyArticles(plan.id)).map(storedToArticle), ...plan.existing.map(storedToArticle), ...plan.fresh];
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
      if (pipeline.candidateKeys !== undefined) {
        const joined = new Set(res.added);
        const filed = [...plan.fresh.filter((a) => joined.has(a.id)), ...plan.existing.map(storedToArticle)];
        await tx.addStoryKeys(plan.id, keyCounts(filed, pipeline));
        await saveFiling(tx, plan, filed, pipeline);
      }
      await tx.saveAnalysis(plan.id, report);
      await options.onAnalysis?.({ storyId: plan.id, before, after: report, store: tx });
      return res;
    });
    for (const id of result.added) added.push(id);
    touched.push({ id: plan.id, title, created: plan.created, added: [...result.added, ...plan.existing.map((a) => a.id)], articles: ids.length });
  }
  return { added, duplicates, stories: touched };
}

export interface AssignStoriesOptions {
  readonly pipeline?: Pipeline;
  /** As in `ingestIntoStore`. */
  readonly planning?: Planning;
}

/**
 * Files every stored article that no story holds yet (stored by `addArticles` without a story, as
 * queue workers do) under a story, without analyzing: returns the ids of the stories that gained
 * articles. One writer at a time, like `ingestIntoStore`; one transaction per story.
 */
export function assignStories(store: Store, options: AssignStoriesOptions = {}): Promise<string[]> {
  return store.withWriteLock(async () => {
    if ((await store.unassignedArticles()).length === 0) return [];
    const pipeline = options.pipeline ?? (await defaultPipeline());
    const plans = await planStories(store, [], pipeline, options.planning ?? "incremental");
    const ids: string[] = [];
    for (const plan of [...plans.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
      if (plan.existing.length === 0) continue;
      await store.transaction(async (tx) => {
        await tx.assignStory(plan.id, plan.existing.map((a) => a.id), plan.created ? { title: plan.title } : {});
        if (pipeline.candidateKeys !== undefined) {
          await tx.addStoryKeys(plan.id, keyCounts(plan.existing.map(storedToArticle), pipeline));
          await saveFiling(tx, plan, plan.existing.map(storedToArticle), pipeline);
        }
      });
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
