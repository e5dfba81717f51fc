/**
 * @module The full pipeline on real news, for `npm run bench -- scale`: ECB+ dev
 * (../shared/bench-data/ecbplus-dev, 496 articles) analyzed as many stories (clustered) and as one
 * story, in articles/s of wall time on this machine, with the wink-nlp pass the extraction is built
 * on (sentence boundaries and part-of-speech tags over the same texts) timed beside it as the
 * reference. Many stories run on one thread and on one worker thread per core (the CLI's default
 * for a batch this size; the report is the same). Each figure follows a warm-up run of the same
 * work, so it is the steady rate.
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
}

function rate(n: number, f: () => unknown): Promise<number> {
  return (async () => {
    const t0 = performance.now();
    await f();
    return n / ((performance.now() - t0) / 1000);
  })();
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
  const winkPerSec = await rate(n, wink);
  const many = { generatedAt: "2026-01-01T00:00:00.000Z", threads: 1 } as const;
  await analyzeArticles(articles.slice(0, 40), many);
  let stories = 0;
  const manyStoriesPerSec = await rate(n, async () => {
    stories = (await analyzeArticles(articles, many)).stories.length;
  });
  // The worker threads start (and warm up) on a first batch; they are kept for the measured one.
  const threads = availableParallelism();
  const inThreads = { ...many, threads } as const;
  await analyzeArticles(articles.slice(0, 120), inThreads);
  const manyStoriesThreadsPerSec = await rate(n, () => analyzeArticles(articles, inThreads));
  const oneStoryPerSec = await rate(n, () => analyzeArticles(articles, { ...many, singleStory: true }));
  return { articles: n, winkPerSec, manyStoriesPerSec, threads, manyStoriesThreadsPerSec, stories, oneStoryPerSec };
}
