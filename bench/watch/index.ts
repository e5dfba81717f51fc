/**
 * @module Benchmark: articles/s through the watch job queue (pg-boss on Postgres) with 1, 2 and 4
 * worker processes, each running the real pipeline: articles are queued, stored (each once), filed
 * under stories and every touched story re-analyzed (one worker at a time per story); timed from
 * the first job sent until the queue is drained. Needs DATABASE_URL (a Postgres server; its
 * durability settings are printed, and figures from a non-durable server are labelled so).
 * Articles are generated (bench/ingest/generate.ts). Each run uses a schema of its own, dropped after.
 * Usage: npm run bench -- watch [--articles 200] [--workers 1,2,4]
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { parseContent } from "../../src/ingest/index.ts";
import { openStore } from "../../src/store/open.ts";
import { openQueue } from "../../src/watch/queue.ts";
import type { Article } from "../../src/types.ts";
import { generateRecords } from "../ingest/generate.ts";

interface Args {
  articles: number;
  workers: number[];
}

function parseArgs(args: readonly string[]): Args {
  const out: Args = { articles: 200, workers: [1, 2, 4] };
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--articles") out.articles = Number(args[++i]);
    else if (args[i] === "--workers") out.workers = (args[++i] ?? "").split(",").map(Number).filter((n) => Number.isInteger(n) && n > 0);
  }
  return out;
}

function articles(count: number): Article[] {
  const records = generateRecords(count, { seed: 7 });
  const result = parseContent("bench.json", new TextEncoder().encode(JSON.stringify(records)), { format: "json" });
  if (result.errors.length > 0) throw new Error(`generator produced unreadable records: ${result.errors[0]?.message}`);
  return result.articles.map((a) => ({ ...a, language: "en" }));
}

async function query<T>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

async function durability(url: string): Promise<{ on: boolean; settings: string }> {
  const names = ["fsync", "synchronous_commit", "full_page_writes"];
  const values: string[] = [];
  for (const n of names) values.push(String((await query<Record<string, unknown>>(url, `SHOW ${n}`))[0]?.[n]));
  return { on: values.every((v) => v === "on"), settings: names.map((n, i) => `${n}=${values[i]}`).join(" ") };
}

function startWorkerProcess(url: string, schema: string): Promise<ChildProcess> {
  const script = fileURLToPath(new URL("./worker.ts", import.meta.url));
  const child = spawn(process.execPath, ["--import", "tsx", script, url, schema], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on("line", (line) => {
      if (line.trim() === "ready") resolve(child);
    });
    child.once("exit", (code) => reject(new Error(`worker exited with ${code} before it was ready`)));
  });
}

async function runOnce(url: string, workers: number, batch: readonly Article[]): Promise<{ aps: number; secs: number; stories: number }> {
  const schema = `bench_watch_${randomBytes(4).toString("hex")}`;
  const store = await openStore({ databaseUrl: url, schema, poolSize: 2 });
  const queue = await openQueue({ databaseUrl: url, schema });
  const children: ChildProcess[] = [];
  try {
    for (let i = 0; i < workers; i++) children.push(await startWorkerProcess(url, schema));
    const start = performance.now();
    await queue.sendArticles(batch);
    await queue.drain({ timeoutMs: 3_600_000, intervalMs: 200 });
    const secs = (performance.now() - start) / 1000;
    const stored = await store.allArticles();
    if (stored.length !== batch.length || new Set(stored.map((a) => a.id)).size !== batch.length) {
      throw new Error(`expected ${batch.length} articles stored once each, found ${stored.length}`);
    }
    const stories = (await store.listStories()).length;
    return { aps: batch.length / secs, secs, stories };
  } finally {
    for (const c of children) c.kill("SIGTERM");
    await Promise.all(children.map((c) => new Promise((r) => (c.exitCode === null ? c.once("exit", r) : r(null)))));
    await queue.close();
    await store.close();
    await query(url, `drop schema if exists ${schema} cascade`);
    await query(url, `drop schema if exists ${schema}_jobs cascade`);
  }
}

export async function main(argv: string[]): Promise<void> {
  const a = parseArgs(argv);
  const url = process.env["DATABASE_URL"] ?? "";
  if (url.trim() === "") {
    console.log("watch benchmark skipped: it measures the job queue on a Postgres server; set DATABASE_URL (eval \"$(TRIANGULATE_PG_DURABLE=1 bash .ci/postgres.sh)\" starts a durable one)");
    console.log("watch skipped=1");
    return;
  }
  let durable;
  try {
    durable = await durability(url);
  } catch (err) {
    console.log(`watch benchmark skipped: cannot reach Postgres at DATABASE_URL (${err instanceof Error ? err.message : String(err)}); start one with TRIANGULATE_PG_DURABLE=1 bash .ci/postgres.sh`);
    console.log("watch skipped=1");
    return;
  }
  console.log(`postgres durability: ${durable.settings}${durable.on ? " (durable commits)" : " — NOT durable: these figures overstate a production server; restart it with TRIANGULATE_PG_DURABLE=1 bash .ci/postgres.sh (after pg_ctl stop)"}`);
  const batch = articles(a.articles);
  console.log(`watch benchmark: ${batch.length} generated articles queued, then stored, filed and analyzed by worker processes (real pipeline); timed until the queue is drained`);
  const figures: string[] = [];
  for (const w of a.workers) {
    const r = await runOnce(url, w, batch);
    console.log(`${w} worker${w === 1 ? "" : "s"}: ${batch.length} articles (${r.stories} stories) in ${r.secs.toFixed(1)} s → ${r.aps.toFixed(1)} articles/s`);
    figures.push(`workers${w}_aps=${r.aps.toFixed(2)}`);
  }
  console.log(`watch articles=${batch.length} durable=${durable.on ? 1 : 0} ${figures.join(" ")}`);
}
