/**
 * @module Which stories new articles join. Two ways: `incremental` (story-filing.ts) files the
 * incoming articles (new, or stored without a story) against the candidate stories' stored
 * summaries, so a batch costs the same however large the store grows; it needs the pipeline's
 * `candidateKeys` and `filing`. `full` feeds the clusterer every stored article, then the incoming
 * ones (the clustering of the whole store), and is the way without them. Either way each story
 * holding incoming articles keeps the stored story most of its stored members belong to, else it
 * is a new story (story-docs.ts).
 */
import type { Article } from "../types.ts";
import type { Pipeline } from "./pipeline-port.ts";
import { plansFrom, toDoc, type Plan } from "./story-docs.ts";
import { planFiled } from "./story-filing.ts";
import type { Store } from "./types.ts";

export { keyCounts, newStoryId, rekeyStale, toDoc, type Plan } from "./story-docs.ts";

export type Planning = "incremental" | "full";

/**
 * Files `fresh` articles and the stored ones no story holds yet under stories, the way `planning`
 * says (full when the pipeline cannot file incrementally). Returns the plans of the stories that gain articles.
 */
export async function planStories(store: Store, fresh: readonly Article[], pipeline: Pipeline, planning: Planning): Promise<Map<string, Plan>> {
  if (planning === "incremental" && pipeline.candidateKeys !== undefined && pipeline.filing !== undefined) return planFiled(store, fresh, pipeline, pipeline.filing);
  const stored = await store.allArticles();
  const clusterer = pipeline.createClusterer();
  const docs = [...stored.map(toDoc), ...fresh.map(toDoc)];
  if (clusterer.addAll !== undefined) clusterer.addAll(docs);
  else for (const doc of docs) clusterer.add(doc);
  return plansFrom(store, clusterer.stories(), stored, fresh);
}
