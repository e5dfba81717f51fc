/**
 * @module What the server needs besides the store, as replaceable ports with lazily loaded
 * defaults: reading posted bodies into articles (ingest/, in a worker thread), the analysis
 * pipeline (in another), and the HTML renderers (server/ui/). Loading them lazily keeps the JSON
 * API up without the NLP models and lets tests substitute small doubles.
 */
import type { InputFormat, IngestResult } from "../types.ts";
import type { Pipeline } from "../store/pipeline-port.ts";
import type { UiRenderers } from "./ui-types.ts";
import { readPostedBody, type BodyOutcome, type PostedBody } from "./records.ts";
import { timedWorker } from "./timed-worker.ts";

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
  /**
   * Reads posted content in process instead of in the body worker (tests substitute small doubles);
   * by default ingest's readers run in a worker thread with a time budget.
   */
  readonly parseContent?: ParseContent;
  /** Time budget of reading one POST body into articles in the worker (default 60 s). */
  readonly bodyTimeoutMs?: number;
  readonly ui?: UiRenderers;
}

/** Reads one POST body into articles (records.ts `readPostedBody`), in a worker thread by default. */
export type BodyReader = (body: PostedBody) => Promise<BodyOutcome>;

/** Default time budget of reading one POST body. */
export const DEFAULT_BODY_TIMEOUT_MS = 60_000;

export class BodyTimeout extends Error {
  constructor(readonly ms: number) {
    super(`reading the body took longer than ${Math.round(ms / 1000)} s and was stopped`);
    this.name = "BodyTimeout";
  }
}

/** The body-worker module, from source or from the build, whichever this module is. */
const BODY_WORKER_URL = new URL(import.meta.url.endsWith(".ts") ? "./body-worker.ts" : "./body-worker.js", import.meta.url);

/**
 * A BodyReader running ingest's readers in a worker thread (body-worker.ts): one body at a time,
 * each within `timeoutMs` (past it the thread is stopped and the call fails with BodyTimeout). The
 * body's bytes are moved to the thread, not copied.
 */
export function workerBodyReader(options: { readonly timeoutMs?: number } = {}): BodyReader & { close(): Promise<void> } {
  const thread = timedWorker<PostedBody, BodyOutcome>(BODY_WORKER_URL, {
    timeoutMs: options.timeoutMs ?? DEFAULT_BODY_TIMEOUT_MS,
    onTimeout: (ms) => new BodyTimeout(ms),
  });
  const read = (body: PostedBody): Promise<BodyOutcome> => {
    const { buffer } = body.bytes;
    // Moved when the bytes are a whole ArrayBuffer of their own (as a request body is); else copied.
    const whole = buffer instanceof ArrayBuffer && body.bytes.byteOffset === 0 && body.bytes.byteLength === buffer.byteLength;
    return thread.call(body, whole ? [buffer] : []);
  };
  return Object.assign(read, { close: () => thread.close() });
}

export interface ResolvedPorts {
  pipeline(): Promise<Pipeline>;
  readBody(): BodyReader;
  ui(): Promise<UiRenderers>;
}

export function resolvePorts(ports: ServerPorts): ResolvedPorts {
  let reader: BodyReader | null = null;
  let ui: Promise<UiRenderers> | null = null;
  let pipeline: Promise<Pipeline> | null = null;
  return {
    // By default analysis runs in a worker thread with a time budget (worker-pipeline.ts).
    pipeline: () => (ports.pipeline ? Promise.resolve(ports.pipeline) : (pipeline ??= import("./worker-pipeline.ts").then((m) => m.workerPipeline(ports.analysisTimeoutMs === undefined ? {} : { timeoutMs: ports.analysisTimeoutMs })))),
    readBody() {
      const parse = ports.parseContent;
      reader ??= parse ? (body) => readPostedBody(body, parse) : workerBodyReader(ports.bodyTimeoutMs === undefined ? {} : { timeoutMs: ports.bodyTimeoutMs });
      return reader;
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
