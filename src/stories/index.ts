/**
 * @module Story clustering, batch and incremental. Batch runs the incremental algorithm over the
 * articles in canonical order (published date, undated last, then id), so both modes agree and
 * the batch result does not depend on input order. Story ids come from the story's first article
 * in that order and never change as a story grows.
 */
import { IncrementalStories, type StoryCluster, type StoryDoc, type StoryOptions } from "./incremental.ts";

export { IncrementalStories, type StoryCluster, type StoryDoc, type StoryOptions } from "./incremental.ts";
export { docFeatures, type DocFeatures, type FeatureOptions } from "./features.ts";
export { stem, STOP_WORDS } from "./stem.ts";

/** Milliseconds since the epoch of a published date, or +∞ when unknown or unparsable. */
function timeKey(published: string | null): number {
  if (!published) return Number.POSITIVE_INFINITY;
  const t = Date.parse(published);
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
}

/** Canonical processing order: published date (undated last), then id. */
export function canonicalOrder<T extends Pick<StoryDoc, "id" | "published">>(docs: readonly T[]): T[] {
  return docs
    .map((d) => ({ d, t: timeKey(d.published) }))
    .sort((x, y) => (x.t < y.t ? -1 : x.t > y.t ? 1 : x.d.id < y.d.id ? -1 : x.d.id > y.d.id ? 1 : 0))
    .map((x) => x.d);
}

/** Group articles into stories. Duplicate ids count once (the first given). Deterministic. */
export function clusterStories(docs: readonly StoryDoc[], options: StoryOptions = {}): readonly StoryCluster[] {
  const unique = new Map<string, StoryDoc>();
  for (const d of docs) if (!unique.has(d.id)) unique.set(d.id, d);
  const clusterer = new IncrementalStories(options);
  for (const d of canonicalOrder([...unique.values()])) clusterer.add(d);
  return clusterer.stories();
}
