/**
 * @module What the server needs besides the store, as replaceable ports with lazily loaded
 * defaults: reading posted content into articles (ingest/), the analysis pipeline, and the
 * HTML renderers (server/ui/). Loading them lazily keeps the JSON API up without the NLP
 * models and lets tests substitute small doubles.
 */
import type { InputFormat, IngestResult } from "../types.ts";
import type { Pipeline } from "../store/pipeline-port.ts";
import type { UiRenderers } from "./ui-types.ts";

export interface ParseOptions {
  readonly format?: InputFormat;
  readonly contentType?: string;
  readonly maxBytes?: number;
}

/** Turns posted bytes into articles (ingest/ `parseContent`, then language identification). */
export type ParseContent = (origin: string, bytes: Uint8Array, options?: ParseOptions) => Promise<IngestResult>;

export interface ServerPorts {
  readonly pipeline?: Pipeline;
  /** Time budget of one story's analysis in the worker (default 120 s). */
  readonly analysisTimeoutMs?: number;
  readonly parseContent?: ParseContent;
  readonly ui?: UiRenderers;
}

export interface ResolvedPorts {
  pipeline(): Promise<Pipeline>;
  parseContent(): Promise<ParseContent>;
  ui(): Promise<UiRenderers>;
}

export function resolvePorts(ports: ServerPorts): ResolvedPorts {
  let parse: Promise<ParseContent> | null = null;
  let ui: Promise<UiRenderers> | null = null;
  let pipeline: Promise<Pipeline> | null = null;
  return {
    // By default analysis runs in a worker thread with a time budget (worker-pipeline.ts).
    pipeline: () => (ports.pipeline ? Promise.resolve(ports.pipeline) : (pipeline ??= import("./worker-pipeline.ts").then((m) => m.workerPipeline(ports.analysisTimeoutMs === undefined ? {} : { timeoutMs: ports.analysisTimeoutMs })))),
    parseContent() {
      if (ports.parseContent) return Promise.resolve(ports.parseContent);
      parse ??= import("../ingest/index.ts").then(
        (m): ParseContent => (origin, bytes, options) => m.withLanguages(m.parseContent(origin, bytes, options)),
      );
      return parse;
    },
    ui() {
      if (ports.ui) return Promise.resolve(ports.ui);
      ui ??= import("./ui/index.ts").then((m): UiRenderers => ({
        renderStoryList: m.renderStoryList,
        renderStoryPage: m.renderStoryPage,
        renderArticlePage: m.renderArticlePage,
        renderComparePage: m.renderComparePage,
        renderSearchPage: m.renderSearchPage,
      }));
      return ui;
    },
  };
}
