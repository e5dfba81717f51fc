/**
 * @module The public library API: `analyze()` from inputs to a v1 report, `analyzeArticles()` for
 * articles already in memory, the renderers, and the types.
 */
import { ingest, type IngestOptions } from "./ingest/index.ts";
import { analyzeArticles, type AnalyzeOptions } from "./pipeline.ts";
import type { Report } from "./report/types.ts";

export type AnalyzeInputOptions = AnalyzeOptions & IngestOptions;

/** Read inputs (paths, folders, globs, URLs, "-") and cross-check them into a report. */
export async function analyze(inputs: readonly string[], options: AnalyzeInputOptions = {}): Promise<Report> {
  const { articles, errors } = await ingest(inputs, options);
  return analyzeArticles(articles, { ...options, errors: [...(options.errors ?? []), ...errors] });
}

export { analyzeArticles, type AnalyzeOptions } from "./pipeline.ts";
export { ingest, parseContent, type IngestOptions } from "./ingest/index.ts";
export { loadKnowledge, type KnowledgeBase } from "./knowledge/index.ts";
export { renderMarkdown } from "./report/markdown.ts";
export { renderHtml } from "./report/html.ts";
export { TriangulateError, PackError, OptionError, StoreError } from "./errors.ts";
export * from "./report/types.ts";
export type * from "./types.ts";
