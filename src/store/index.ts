/**
 * @module The store's public surface: open a store, ingest into it, and its types.
 */
export { openStore, DEFAULT_DATA_DIR, type OpenStoreOptions } from "./open.ts";
export { ingestIntoStore, focusReport, newStoryId, assignStories, reanalyzeStory } from "./library.ts";
export type { IngestIntoStoreOptions, IngestIntoStoreResult, TouchedStory, AnalysisChange, AssignStoriesOptions, ReanalyzeResult } from "./library.ts";
export { defaultPipeline } from "./pipeline-port.ts";
export type { Pipeline, StoryClusterer, StoryDoc, ClusteredStory, AnalyzeOptions } from "./pipeline-port.ts";
export { contentHash, canonicalUrl } from "./identity.ts";
export type * from "./types.ts";
