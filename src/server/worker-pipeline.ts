/**
 * @module The server's pipeline: story clustering in process (cheap), analysis in a worker thread
 * (analysis-worker.ts, through timed-worker.ts) so a long analysis never blocks the requests other
 * readers make, with a time budget per story: past it the worker is stopped (and restarted for the
 * next call) and the call fails with an AnalysisTimeout, which the API turns into 503 with nothing
 * stored.
 */
import type { Report } from "../report/types.ts";
import { defaultPipeline, type AnalyzeOptions, type Pipeline } from "../store/pipeline-port.ts";
import type { Article } from "../types.ts";
import { timedWorker } from "./timed-worker.ts";

export interface AnalysisRequest {
  readonly articles: readonly Article[];
  readonly options: AnalyzeOptions;
}

/** Default time budget of one story's analysis. */
export const DEFAULT_ANALYSIS_TIMEOUT_MS = 120_000;

export class AnalysisTimeout extends Error {
  constructor(readonly ms: number) {
    super(`the analysis took longer than ${Math.round(ms / 1000)} s and was stopped`);
    this.name = "AnalysisTimeout";
  }
}

/** The analysis-worker module, from source or from the build, whichever this module is. */
const WORKER_URL = new URL(import.meta.url.endsWith(".ts") ? "./analysis-worker.ts" : "./analysis-worker.js", import.meta.url);

export interface WorkerPipeline extends Pipeline {
  /** Stop the worker (server shutdown). */
  close(): Promise<void>;
}

export async function workerPipeline(options: { readonly timeoutMs?: number } = {}): Promise<WorkerPipeline> {
  const base = await defaultPipeline();
  const thread = timedWorker<AnalysisRequest, Report>(WORKER_URL, {
    timeoutMs: options.timeoutMs ?? DEFAULT_ANALYSIS_TIMEOUT_MS,
    onTimeout: (ms) => new AnalysisTimeout(ms),
  });
  // Everything but the analysis stays in process as the default pipeline has it (the story
  // clusterer, and whatever else the port offers, such as an article's candidate keys).
  return {
    ...base,
    analyze: (articles, analyzeOptions) => thread.call({ articles, options: analyzeOptions }),
    close: () => thread.close(),
  };
}
