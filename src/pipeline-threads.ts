/**
 * @module Stories analyzed in worker threads: each thread loads the packs and models once and then
 * analyzes one story per message (pipeline-worker.ts). The threads of one setting (extra packs,
 * word vectors) are kept for the process, so later batches skip their start; an idle thread never
 * keeps the process alive. Results come back in the order of the stories given, whichever thread
 * finished first, so the report is the one a single thread makes.
 */
import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import { wordVectors } from "./knowledge/vectors.ts";
import type { StoryArticle, StoryResult } from "./pipeline.ts";
import { projectWorker } from "./worker-thread.ts";

export interface StoryJob {
  readonly cluster: { readonly id: string; readonly title: string; readonly articleIds: readonly string[] };
  readonly articles: readonly StoryArticle[];
}

/** What a thread is started with: the same packs and word vectors as this thread uses. */
export interface StoryThreadSetup {
  readonly extraPacks: readonly string[];
  /** The word-vector file to read, or null when they are off or absent. */
  readonly vectors: string | null;
}

export type StoryMessage = { readonly id: number; readonly job: StoryJob; readonly explain: boolean };
export type StoryAnswer = { readonly id: number; readonly result: StoryResult } | { readonly id: number; readonly error: string };

const WORKER_URL = new URL(import.meta.url.endsWith(".ts") ? "./pipeline-worker.ts" : "./pipeline-worker.js", import.meta.url);

/**
 * Batches smaller than this stay on one thread under "auto": a thread takes a second or so to load
 * the packs and models, more than a small batch takes to analyze.
 */
export const AUTO_THREADS_MIN_ARTICLES = 100;

/** Threads worth starting for a batch of `articles`: the number requested, or under "auto" one per core for a large batch. */
export function threadsFor(requested: number | "auto" | undefined, articles: number): number {
  const n = requested === "auto" ? (articles >= AUTO_THREADS_MIN_ARTICLES ? availableParallelism() : 1) : (requested ?? 1);
  return Math.max(1, Math.min(Math.floor(n), articles));
}

/**
 * Young-generation size of a story thread, in MB (V8's default is 48 on 64-bit: two 16 MB
 * semi-spaces and their overflow). Analysis makes many short-lived objects (tokens, features, pair
 * scores): with 192 a thread scavenges about a quarter as often (ECB+ dev, 496 articles: 32
 * scavenges instead of 123-128, 0.6-0.9 s of pauses instead of 1.3-1.9 s), for up to ~100 MB more
 * memory per thread.
 */
export const STORY_THREAD_YOUNG_MB = 192;

interface Pool {
  readonly workers: Worker[];
}
const pools = new Map<string, Pool>();

function pool(setup: StoryThreadSetup, size: number): Pool {
  const key = JSON.stringify(setup);
  let p = pools.get(key);
  if (!p) {
    p = { workers: [] };
    pools.set(key, p);
  }
  while (p.workers.length < size) {
    const w = projectWorker(WORKER_URL, { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: STORY_THREAD_YOUNG_MB } });
    w.unref();
    p.workers.push(w);
  }
  return p;
}

/** Stop every story thread (tests; a process that exits stops them anyway). */
export async function closeStoryThreads(): Promise<void> {
  const all = [...pools.values()].flatMap((p) => p.workers);
  pools.clear();
  await Promise.all(all.map((w) => w.terminate()));
}

/**
 * Analyze each job in one of `threads` worker threads, largest stories first; resolves with the
 * results in the jobs' order. A story that fails rejects the whole batch, as on one thread.
 */
export async function analyzeStoriesInThreads(jobs: readonly StoryJob[], options: { readonly threads: number; readonly extraPacks: readonly string[]; readonly explain: boolean; readonly onDone?: () => void }): Promise<StoryResult[]> {
  const setup: StoryThreadSetup = { extraPacks: options.extraPacks, vectors: wordVectors()?.path ?? null };
  const { workers } = pool(setup, options.threads);
  const order = jobs.map((_, i) => i).sort((a, b) => (jobs[b]?.articles.length ?? 0) - (jobs[a]?.articles.length ?? 0) || a - b);
  const results: (StoryResult | undefined)[] = new Array<StoryResult | undefined>(jobs.length);
  let next = 0;
  const run = (w: Worker): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const onMessage = (answer: StoryAnswer): void => {
        if ("error" in answer) return finish(new Error(`analyzing story ${jobs[answer.id]?.cluster.id ?? answer.id} in a worker thread failed: ${answer.error}`));
        results[answer.id] = answer.result;
        options.onDone?.();
        send();
      };
      const onError = (err: Error): void => finish(err);
      const onExit = (code: number): void => finish(new Error(`a story worker thread stopped (exit code ${code})`));
      const finish = (err?: Error): void => {
        w.off("message", onMessage).off("error", onError).off("exit", onExit);
        w.unref();
        if (err) reject(err);
        else resolve();
      };
      const send = (): void => {
        const i = order[next++];
        const job = i === undefined ? undefined : jobs[i];
        if (i === undefined || job === undefined) return finish();
        w.postMessage({ id: i, job, explain: options.explain } satisfies StoryMessage);
      };
      w.ref();
      w.on("message", onMessage).on("error", onError).on("exit", onExit);
      send();
    });
  try {
    await Promise.all(workers.slice(0, options.threads).map(run));
  } catch (err) {
    // A thread in an unknown state is not reused.
    await closeStoryThreads();
    throw err;
  }
  return results.map((r, i) => {
    if (!r) throw new Error(`story ${jobs[i]?.cluster.id ?? i} was not analyzed`);
    return r;
  });
}
