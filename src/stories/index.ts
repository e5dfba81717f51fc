/**
 * @module Story clustering, batch and incremental. Batch runs the online algorithm over the
 * articles in canonical order (published date, undated last, then id), so the batch result does
 * not depend on input order; `IncrementalStories` gives the same stories whatever order articles
 * arrive in (it replays in canonical order when needed). Story ids come from the story's first
 * article in that order and never change as a story grows.
 */
import { IncrementalStories } from "./incremental.ts";
import { canonicalOrder } from "./order.ts";
import type { StoryCluster, StoryDoc, StoryOptions } from "./types.ts";

export { IncrementalStories } from "./incremental.ts";
export type { StoryCluster, StoryDoc, StoryOptions } from "./types.ts";
export { canonicalOrder } from "./order.ts";
export { docFeatures, type DocFeatures, type FeatureOptions } from "./features.ts";
export { candidateKeys } from "./keys.ts";
export { stem, STOP_WORDS } from "./stem.ts";

/** Group articles into stories. Duplicate ids count once (the first given). Deterministic. */
export function clusterStories(docs: readonly StoryDoc[], options: StoryOptions = {}): readonly StoryCluster[] {
  const unique = new Map<string, StoryDoc>();
  for (const d of docs) if (!unique.has(d.id)) unique.set(d.id, d);
  const clusterer = new IncrementalStories(options);
  for (const d of canonicalOrder([...unique.values()])) clusterer.add(d);
  return clusterer.stories();
}
