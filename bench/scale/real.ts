/**
 * @module The full pipeline on real news, for `npm run bench -- scale`: ECB+ dev
 * (../shared/bench-data/ecbplus-dev, 496 articles) analyzed as many stories (clustered) and as one
 * story, in articles/s of wall time on this machine, with the wink-nlp pass the extraction is built
 * on (sentence boundaries and part-of-speech tags over the same texts) timed beside it as the
 * reference. Many stories run on one thread and on one worker thread per core (the CLI's default
 * for a batch this size; the report is the same). Each figure follows a warm-up run of the same
 * work, so it is the steady rate, and comes with the CPU time of all the process's threads.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ingest } from "../../src/ingest/index.ts";
import { availableParallelism } from "node:os";
import { analyzeArticles } from "../../src/pipeline.ts";
import { nlp } from "../../src/text/nlp.ts";

export interface RealRates {
  readonly articles: number;
  readonly winkPerSec: number;
  readonly manyStoriesPerSec: number;
  readonly threads: number;
  readonly manyStoriesThreadsPerSec: number;
  readonly stories: number;
  readonly oneStoryPerSec: number;
  /**
   * CPU seconds of the process (all its threads) behind each pipeline figure: with the wall time
   * they say how many cores the run kept busy. On a machine others share, a run on 2 threads that
   * kept about one core busy was held back by the machine, not by the pipeline.
   */
  readonly cpu: { readonly many: number; readonly manyThreads: number; readonly oneStory: number };
}

interface Timed {
  readonly perSec: number;
  /** CPU seconds spent meanwhile, by every thread of the process. */
  readonly cpu: number;
}

async function timed(n: number, f: () => unknown): Promise<Timed> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await f();
  const c = process.cpuUsage(c0);
  return { perSec: n / ((performance.now() - t0) / 1000), cpu: (c.user + c.system) / 1e6 };
}

/** Null when the data is absent (the caller says how to get it). */
export async function realRates(dataDir: string): Promise<RealRates | null> {
  const root = join(dataDir, "ecbplus-dev");
  if (!existsSync(root)) return null;
  const { articles } = await ingest(readdirSync(root).sort().map((d) => join(root, d)));
  const n = articles.length;
  const wink = (): void => {
    for (const a of articles) nlp().readDoc(a.text).tokens().out();
  };
  wink();
  const winkPerSec = (await timed(n, wink)).perSec;
  const many = { generatedAt: "2026-01-01T00:00:00.000Z", threads: 1 } as const;
  await analyzeArticles(articles.slice(0, 40), many);
  let stories = 0;
  const manyRun = await timed(n, async () => {
    stories = (await analyzeArticles(articles, many)).stories.length;
  });
  // The worker threads start (and warm up) on a first batch; they are kept for the measured one.
  const threads = availableParallelism();
  const inThreads = { ...many, threads } as const;
  await analyzeArticles(articles.slice(0, 120), inThreads);
  const threadsRun = await timed(n, () => analyzeArticles(articles, inThreads));
  const oneRun = await timed(n, () => analyzeArticles(articles, { ...many, singleStory: true }));
  return {
    articles: n,
    winkPerSec,
    manyStoriesPerSec: manyRun.perSec,
    threads,
    manyStoriesThreadsPerSec: threadsRun.perSec,
    stories,
    oneStoryPerSec: oneRun.perSec,
    cpu: { many: manyRun.cpu, manyThreads: threadsRun.cpu, oneStory: oneRun.cpu },
  };
}
