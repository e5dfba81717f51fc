/**
 * @module Scale-out on Postgres with pg-boss (10.x, whose engines allow Node 20): fetching a
 * source, storing articles, filing them under stories and re-analyzing a story are jobs that any
 * number of workers, on any number of machines sharing the database, take in turn. Queues:
 *
 * - `triangulate-fetch` {source}: one waiting per source (policy `short`); the worker fetches it
 *   politely and queues its articles.
 * - `triangulate-article` {articles}: stored without a story (duplicates skipped, so each article
 *   is stored once however many workers take them), then a filing job is queued.
 * - `triangulate-file`: one waiting at most; files unfiled articles under stories (one writer at a
 *   time, the store's write lock) and queues each touched story's analysis.
 * - `triangulate-analyze` {storyId}: one waiting per story; the analysis holds the story's advisory
 *   lock, so a story is re-analyzed by one worker at a time, and is skipped when its report already
 *   covers its articles.
 *
 * Each handler queues the next step before its own job completes, so "no job waiting or active in
 * any queue" means everything sent so far is stored, filed and analyzed.
 */
import type PgBoss from "pg-boss";
import type { Article } from "../types.ts";
import { StoreError } from "../errors.ts";
import { analyzeStory, fileStories, staleStories, storeArticles, type ProcessDeps } from "./process.ts";
import type { Collector } from "./collect.ts";

export const QUEUES = {
  fetch: "triangulate-fetch",
  article: "triangulate-article",
  file: "triangulate-file",
  analyze: "triangulate-analyze",
} as const;

/** Articles per article job. */
const ARTICLES_PER_JOB = 10;

export interface QueueOptions {
  readonly databaseUrl: string;
  /** The store's schema (tests); jobs live in `<schema>_jobs` (default `triangulate_jobs`). */
  readonly schema?: string;
  /** How often an idle worker looks for jobs (default 2 s; pg-boss's floor is 0.5 s). */
  readonly pollingIntervalSeconds?: number;
  readonly log?: (line: string) => void;
}

export interface JobQueue {
  readonly boss: PgBoss;
  sendSources(urls: readonly string[]): Promise<void>;
  sendArticles(articles: readonly Article[]): Promise<void>;
  /** Jobs waiting, retrying or active, over all queues. */
  pending(): Promise<number>;
  /** Resolves once no job is pending (checked every `intervalMs`), or rejects after `timeoutMs`. */
  drain(options?: { timeoutMs?: number; intervalMs?: number }): Promise<void>;
  close(): Promise<void>;
}

export async function openQueue(options: QueueOptions): Promise<JobQueue> {
  const { default: PgBossClass } = await import("pg-boss");
  const schema = `${options.schema ?? "triangulate"}_jobs`;
  const boss = new PgBossClass({ connectionString: options.databaseUrl, schema, schedule: false, max: 4 });
  boss.on("error", (err: Error) => options.log?.(`job queue: ${err.message}`));
  try {
    await boss.start();
    const retry = { retryLimit: 3, retryDelay: 2, retryBackoff: true };
    await boss.createQueue(QUEUES.fetch, { name: QUEUES.fetch, policy: "short", ...retry });
    await boss.createQueue(QUEUES.article, { name: QUEUES.article, policy: "standard", ...retry });
    await boss.createQueue(QUEUES.file, { name: QUEUES.file, policy: "short", ...retry });
    await boss.createQueue(QUEUES.analyze, { name: QUEUES.analyze, policy: "short", ...retry });
  } catch (cause) {
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    throw new StoreError(`cannot start the job queue in schema ${schema}: check DATABASE_URL and that the server is running`, { cause });
  }
  const pending = async (): Promise<number> => {
    let n = 0;
    for (const name of Object.values(QUEUES)) n += await boss.getQueueSize(name, { before: "completed" });
    return n;
  };
  return {
    boss,
    async sendSources(urls) {
      for (const source of urls) await boss.send(QUEUES.fetch, { source }, { singletonKey: source });
    },
    async sendArticles(articles) {
      const jobs = [];
      for (let i = 0; i < articles.length; i += ARTICLES_PER_JOB) jobs.push({ name: QUEUES.article, data: { articles: articles.slice(i, i + ARTICLES_PER_JOB) } });
      for (let i = 0; i < jobs.length; i += 100) await boss.insert(jobs.slice(i, i + 100));
    },
    pending,
    async drain({ timeoutMs = 600_000, intervalMs = 250 } = {}) {
      const end = Date.now() + timeoutMs;
      // Twice in a row: a job completing between two queue counts must not look like an empty queue.
      let quiet = 0;
      while (quiet < 2) {
        if (Date.now() > end) throw new StoreError(`the job queue did not drain within ${Math.round(timeoutMs / 1000)} s: are workers running (\`triangulate worker\`)?`);
        quiet = (await pending()) === 0 ? quiet + 1 : 0;
        if (quiet < 2) await new Promise((r) => setTimeout(r, intervalMs));
      }
    },
    async close() {
      await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
    },
  };
}

export interface WorkerOptions {
  /** Jobs of each queue this process works on at once (default 1). */
  readonly concurrency?: number;
  readonly pollingIntervalSeconds?: number;
  readonly log?: (line: string) => void;
  /** Fetches sources for fetch jobs; without one, fetch jobs are left to workers that have one. */
  readonly collector?: Collector;
}

/** Starts working on the queues; resolves once the handlers are registered. Stop with `queue.close()`. */
export async function startWorker(queue: JobQueue, deps: ProcessDeps, options: WorkerOptions = {}): Promise<void> {
  const { boss } = queue;
  const log = options.log ?? (() => {});
  const work = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2, batchSize: 1 };
  const fileSoon = () => boss.send(QUEUES.file, {}, { singletonKey: "all" });
  for (let i = 0; i < Math.max(1, options.concurrency ?? 1); i++) {
    if (options.collector !== undefined) {
      const collector = options.collector;
      await boss.work<{ source: string }>(QUEUES.fetch, work, async ([job]) => {
        if (job === undefined) return;
        const got = await collector.collect({ kind: "url", url: job.data.source });
        for (const e of got.errors) log(`error: ${e.message.startsWith(e.origin) ? e.message : `${e.origin}: ${e.message}`}`);
        if (got.articles.length > 0) await queue.sendArticles(got.articles);
        await collector.commit(got.tracked ?? []);
      });
    }
    await boss.work<{ articles: Article[] }>(QUEUES.article, work, async ([job]) => {
      if (job === undefined) return;
      const result = await storeArticles(deps, job.data.articles);
      if (result.added.length > 0) await fileSoon();
    });
    await boss.work(QUEUES.file, work, async () => {
      for (const storyId of await fileStories(deps)) await boss.send(QUEUES.analyze, { storyId }, { singletonKey: storyId });
    });
    await boss.work<{ storyId: string }>(QUEUES.analyze, work, async ([job]) => {
      if (job === undefined) return;
      await analyzeStory(deps, job.data.storyId);
    });
  }
  // Work a crash left between steps: unfiled articles, stories whose report is behind.
  await fileSoon();
  for (const storyId of await staleStories(deps.store)) await boss.send(QUEUES.analyze, { storyId }, { singletonKey: storyId });
}
