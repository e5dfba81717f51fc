/**
 * @module The server's pipeline: story clustering in process (cheap), analysis in a worker thread
 * (analysis-worker.ts) so a long analysis never blocks the requests other readers make, with a time
 * budget per story: past it the worker is stopped (and restarted for the next call) and the call
 * fails with an AnalysisTimeout, which the API turns into 503 with nothing stored.
 */
import type { Worker } from "node:worker_threads";
import { projectWorker } from "../worker-thread.ts";
import type { Report } from "../report/types.ts";
import { defaultPipeline, type AnalyzeOptions, type Pipeline, type StoryClusterer } from "../store/pipeline-port.ts";
import type { Article } from "../types.ts";

export interface AnalysisRequest {
  readonly id: number;
  readonly articles: readonly Article[];
  readonly options: AnalyzeOptions;
}

export type AnalysisReply = { readonly id: number; readonly report: Report } | { readonly id: number; readonly error: string };

/** Default time budget of one story's analysis. */
export const DEFAULT_ANALYSIS_TIMEOUT_MS = 120_000;

export class AnalysisTimeout extends Error {
  constructor(readonly ms: number) {
    super(`the analysis took longer than ${Math.round(ms / 1000)} s and was stopped`);
    this.name = "AnalysisTimeout";
  }
}

/** A Worker running analysis-worker, from source or from the build, whichever this module is. */
function startWorker(): Worker {
  return projectWorker(new URL(import.meta.url.endsWith(".ts") ? "./analysis-worker.ts" : "./analysis-worker.js", import.meta.url));
}

export interface WorkerPipeline extends Pipeline {
  /** Stop the worker (server shutdown). */
  close(): Promise<void>;
}

/** Worker pipelines not yet closed, so a stopping server can stop their threads (closeWorkerPipelines). */
const live = new Set<WorkerPipeline>();

/** Stop every worker pipeline's thread (server shutdown): a worker's message port would keep the process alive. */
export async function closeWorkerPipelines(): Promise<void> {
  await Promise.all([...live].map((p) => p.close()));
}

export async function workerPipeline(options: { readonly timeoutMs?: number } = {}): Promise<WorkerPipeline> {
  const base = await defaultPipeline();
  const timeoutMs = options.timeoutMs ?? DEFAULT_ANALYSIS_TIMEOUT_MS;
  let worker: Worker | null = null;
  let next = 0;
  const pending = new Map<number, { resolve: (r: Report) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }>();
  const failAll = (err: Error): void => {
    for (const p of pending.values()) {
      clearTimeout(p.timer);
      p.reject(err);
    }
    pending.clear();
  };
  const get = (): Worker => {
    if (worker) return worker;
    const w = startWorker();
    w.unref();
    w.on("message", (reply: AnalysisReply) => {
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      clearTimeout(p.timer);
      if ("report" in reply) p.resolve(reply.report);
      else p.reject(new Error(reply.error));
    });
    w.on("error", (err) => {
      worker = null;
      failAll(err);
    });
    w.on("exit", () => {
      if (worker === w) worker = null;
      failAll(new Error("the analysis worker stopped"));
    });
    worker = w;
    return w;
  };
  const self: WorkerPipeline = {
    createClusterer: (): StoryClusterer => base.createClusterer(),
    analyze(articles, analyzeOptions) {
      const w = get();
      const id = next++;
      return new Promise<Report>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          worker = null;
          void w.terminate();
          reject(new AnalysisTimeout(timeoutMs));
        }, timeoutMs);
        pending.set(id, { resolve, reject, timer });
        w.postMessage({ id, articles, options: analyzeOptions } satisfies AnalysisRequest);
      });
    },
    async close() {
      live.delete(self);
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
  live.add(self);
  return self;
}
