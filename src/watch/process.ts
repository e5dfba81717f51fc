/**
 * @module What happens to new articles, the same whoever runs it: stored, filed under stories,
 * stories re-analyzed, and each analysis diffed against the report it replaces into alerts, saved
 * in the same transaction as the report (so an alert exists exactly when its analysis does, and a
 * restart never repeats one). In one process (the embedded store) `ingestArticles` does it all in
 * one go; queue workers (Postgres) run the steps as jobs: `storeArticles`, `fileStories`,
 * `analyzeStory`.
 */
import type { Article } from "../types.ts";
import type { Alert } from "../alerts/types.ts";
import type { DiffOptions } from "../alerts/diff.ts";
import { recordAlerts } from "../alerts/record.ts";
import { assignStories, ingestIntoStore, reanalyzeStory, type IngestIntoStoreResult, type ReanalyzeResult } from "../store/library.ts";
import type { Pipeline } from "../store/pipeline-port.ts";
import type { AddResult, Store } from "../store/types.ts";

export interface ProcessDeps {
  readonly store: Store;
  /** The analysis side; default the real stages. */
  readonly pipeline?: Pipeline;
  readonly extraPacks?: readonly string[];
  readonly diff?: DiffOptions;
  /** Told of each alert newly stored (printing, counting). */
  readonly onAlert?: (alert: Alert) => void;
}

function analysisOptions(deps: ProcessDeps) {
  return {
    ...(deps.pipeline === undefined ? {} : { pipeline: deps.pipeline }),
    ...(deps.extraPacks === undefined || deps.extraPacks.length === 0 ? {} : { extraPacks: deps.extraPacks }),
    // onAlert hears of an alert as it is stored, before its transaction commits.
    onAnalysis: recordAlerts(deps.diff ?? {}, deps.onAlert),
  };
}

/** One process: store, file and analyze in one go (embedded store). */
export function ingestArticles(deps: ProcessDeps, articles: readonly Article[]): Promise<IngestIntoStoreResult> {
  return ingestIntoStore(deps.store, articles, analysisOptions(deps));
}

/** Queue step 1: store articles without a story (many workers at once; duplicates skipped). */
export function storeArticles(deps: ProcessDeps, articles: readonly Article[]): Promise<AddResult> {
  return deps.store.addArticles(articles);
}

/** Queue step 2: file stored articles no story holds yet; returns the stories to re-analyze. */
export function fileStories(deps: ProcessDeps): Promise<string[]> {
  return assignStories(deps.store, deps.pipeline === undefined ? {} : { pipeline: deps.pipeline });
}

/** Queue step 3: re-analyze one story (one worker at a time per story) and store its alerts. */
export function analyzeStory(deps: ProcessDeps, storyId: string): Promise<ReanalyzeResult> {
  return reanalyzeStory(deps.store, storyId, analysisOptions(deps));
}

/** Every story whose stored report does not cover its articles (after a crash between steps). */
export async function staleStories(store: Store): Promise<string[]> {
  const out: string[] = [];
  for (const story of await store.listStories()) {
    const report = await store.getReport(story.id);
    if ((report?.stories[0]?.articleIds.length ?? -1) !== story.articles) out.push(story.id);
  }
  return out;
}
