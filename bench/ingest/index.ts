/**
 * @module Benchmark: ingest throughput (articles/s) into the embedded PGlite store and, when
 * DATABASE_URL is set, a Postgres server. Two figures per backend: `store` (de-duplicate and
 * insert, no analysis) and `full` (ingestIntoStore with the real pipeline: story clustering and
 * re-analysis of touched stories, articles arriving in batches). Then, on PGlite (stream.ts):
 * `stream`, a growing store fed a news stream through the real pipeline in batches (each batch's
 * rate, the last batch's against the first's: flat when a batch's cost does not grow with the
 * store), and `story`, one story growing to thousands of articles (it must complete; its stored
 * report's size). Articles are generated. Usage: npm run bench -- ingest [--articles N]
 * [--full-articles N] [--batch N] [--no-full] [--stream N] [--stream-batch N] [--no-stream]
 * [--story N] [--story-batch N] [--no-story] [--full-planning (the stream re-clusters every stored article per batch, as before story keys)]
 * [--stream-lookalike (the stream's topics read alike and merge into stories that grow along it, as before distinct topics)]
 * [--stream-pairs N (the first N and the last N stream batches each follow a reference first batch into a new store, timed at the same moment; default 3)]
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { openStore } from "../../src/store/open.ts";
import { ingestIntoStore } from "../../src/store/library.ts";
import type { Store } from "../../src/store/types.ts";
import type { Article } from "../../src/types.ts";
import { generateRecords } from "./generate.ts";
import { measureStory, measureStream, toArticles } from "./stream.ts";
import type { Planning } from "../../src/store/story-plan.ts";

interface Args {
  articles: number;
  fullArticles: number;
  batch: number;
  full: boolean;
  stream: number;
  streamBatch: number;
  story: number;
  storyBatch: number;
  planning: Planning;
  lookalike: boolean;
  pairs: number;
}

function parseArgs(args: readonly string[]): Args {
  const out: Args = { articles: 2000, fullArticles: 120, batch: 20, full: true, stream: 2000, streamBatch: 100, story: 2000, storyBatch: 500, planning: "incremental", lookalike: false, pairs: 3 };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const next = () => Number(args[++i]);
    if (a === "--articles") out.articles = next();
    else if (a === "--full-articles") out.fullArticles = next();
    else if (a === "--batch") out.batch = next();
    else if (a === "--no-full") out.full = false;
    else if (a === "--stream") out.stream = next();
    else if (a === "--stream-batch") out.streamBatch = next();
    else if (a === "--no-stream") out.stream = 0;
    else if (a === "--story") out.story = next();
    else if (a === "--story-batch") out.storyBatch = next();
    else if (a === "--no-story") out.story = 0;
    else if (a === "--full-planning") out.planning = "full";
    else if (a === "--stream-lookalike") out.lookalike = true;
    else if (a === "--stream-pairs") out.pairs = next();
  }
  for (const [k, v] of Object.entries(out)) if (typeof v === "number" && !(Number.isInteger(v) && v >= 0)) throw new Error(`ingest bench: --${k} must be a whole number, got ${v}`);
  if (out.streamBatch < 1 || out.storyBatch < 1) throw new Error("ingest bench: batch sizes must be at least 1");
  return out;
}

function articles(count: number, seed: number): Article[] {
  return toArticles(generateRecords(count, { seed }));
}

async function timeIt(fn: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await fn();
  return (performance.now() - start) / 1000;
}

async function measure(label: string, open: () => Promise<{ store: Store; dispose: () => Promise<void> }>, a: Args): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  const storeSet = articles(a.articles, 1);
  {
    const { store, dispose } = await open();
    try {
      const secs = await timeIt(async () => {
        for (let i = 0; i < storeSet.length; i += 100) await store.addArticles(storeSet.slice(i, i + 100));
      });
      const again = await timeIt(async () => {
        for (let i = 0; i < storeSet.length; i += 100) await store.addArticles(storeSet.slice(i, i + 100));
      });
      figures[`${label}_store_aps`] = storeSet.length / secs;
      figures[`${label}_dedupe_aps`] = storeSet.length / again;
      console.log(`${label}: store ${storeSet.length} articles in ${secs.toFixed(2)} s → ${(storeSet.length / secs).toFixed(0)} articles/s; re-ingest (all duplicates) ${(storeSet.length / again).toFixed(0)} articles/s`);
    } finally {
      await dispose();
    }
  }
  if (a.full) {
    const fullSet = articles(a.fullArticles, 2);
    const { store, dispose } = await open();
    try {
      await ingestIntoStore(store, fullSet.slice(0, 1)); // load models and packs outside the timing
      const rest = fullSet.slice(1);
      const secs = await timeIt(async () => {
        for (let i = 0; i < rest.length; i += a.batch) await ingestIntoStore(store, rest.slice(i, i + a.batch));
      });
      const stories = (await store.listStories()).length;
      figures[`${label}_full_aps`] = rest.length / secs;
      console.log(`${label}: full ingest of ${rest.length} articles in batches of ${a.batch} (${stories} stories) in ${secs.toFixed(2)} s → ${(rest.length / secs).toFixed(1)} articles/s`);
    } finally {
      await dispose();
    }
  }
  return figures;
}

/** The server's durability settings, as the benchmark's figures depend on them. */
async function durability(url: string): Promise<{ on: boolean; settings: string }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const names = ["fsync", "synchronous_commit", "full_page_writes"];
    const values: string[] = [];
    for (const n of names) values.push(String(((await client.query(`SHOW ${n}`)).rows[0] as Record<string, unknown>)[n]));
    return { on: values.every((v) => v === "on"), settings: names.map((n, i) => `${n}=${values[i]}`).join(" ") };
  } finally {
    await client.end();
  }
}

export async function main(argv: string[]): Promise<void> {
  const a = parseArgs(argv);
  console.log(`ingest benchmark: ${a.articles} generated articles (store), ${a.full ? `${a.fullArticles} (full pipeline)` : "full pipeline skipped"}`);
  const figures: Record<string, number> = await measure("pglite", async () => {
    const store = await openStore({ memory: true, databaseUrl: null });
    return { store, dispose: () => store.close() };
  }, a);
  const url = process.env["DATABASE_URL"] ?? "";
  if (url === "") {
    console.log("postgres: skipped (set DATABASE_URL, e.g. eval \"$(.ci/postgres.sh)\", to measure a Postgres server)");
  } else {
    const durable = await durability(url);
    console.log(`postgres durability: ${durable.settings}${durable.on ? " (durable commits)" : " — NOT durable: these figures overstate a production server; for durable figures start it with TRIANGULATE_PG_DURABLE=1 bash .ci/postgres.sh (after pg_ctl stop)"}`);
    Object.assign(figures, await measure(durable.on ? "postgres" : "postgres-nondurable", async () => {
      const schema = `bench_${randomBytes(5).toString("hex")}`;
      const store = await openStore({ databaseUrl: url, schema });
      return {
        store,
        async dispose() {
          await store.close();
          const client = new pg.Client({ connectionString: url });
          await client.connect();
          await client.query(`drop schema if exists ${schema} cascade`);
          await client.end();
        },
      };
    }, a));
  }
  if (a.stream > 0) Object.assign(figures, await measureStream(a.stream, a.streamBatch, { planning: a.planning, lookalike: a.lookalike, pairs: a.pairs }));
  if (a.story > 0) Object.assign(figures, await measureStory(a.story, a.storyBatch));
  figures["peak_rss_mb"] = process.resourceUsage().maxRSS / 1024;
  const line = Object.entries(figures).map(([k, v]) => `${k}=${Number.isInteger(v) ? v : v.toFixed(k.endsWith("ratio") ? 2 : 1)}`).join(" ");
  console.log(`ingest articles=${a.articles} full_articles=${a.full ? a.fullArticles : 0} stream=${a.stream} story=${a.story} ${line}`);
}
