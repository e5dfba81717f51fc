/**
 * @module The growing-store parts of the ingest benchmark, on an embedded PGlite store in a
 * temporary folder, through the real pipeline. `measureStream`: a news stream (generateStream)
 * ingested in batches; each batch's rate, and the last batch's rate against the first's (target
 * ≥ 0.8: a batch costs what its own stories cost, not what the store holds). `measureStory`: one
 * story growing to `count` articles in batches; it must complete, and its stored report stays
 * bounded (size printed).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { openStore } from "../../src/store/open.ts";
import { ingestIntoStore } from "../../src/store/library.ts";
import type { Store } from "../../src/store/types.ts";
import type { Planning } from "../../src/store/story-plan.ts";
import { parseContent } from "../../src/ingest/index.ts";
import type { Article } from "../../src/types.ts";
import { generateRecords, generateStream, type GeneratedRecord } from "./generate.ts";

/** Generated records as articles, read by the JSON reader as ingest reads them. */
export function toArticles(records: readonly GeneratedRecord[]): Article[] {
  const result = parseContent("bench.json", new TextEncoder().encode(JSON.stringify(records)), { format: "json" });
  if (result.errors.length > 0) throw new Error(`generator produced unreadable records: ${result.errors[0]?.message}`);
  return result.articles.map((a) => ({ ...a, language: "en" }));
}

const mb = (bytes: number): string => (bytes / 1e6).toFixed(0);

async function withTempStore<T>(fn: (store: Store) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), "triangulate-bench-ingest-"));
  const store = await openStore({ dataDir: dir, databaseUrl: null });
  try {
    return await fn(store);
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** `planning`: "full" re-clusters every stored article on each batch (the way before story keys), for comparison. */
export async function measureStream(count: number, batch: number, planning: Planning = "incremental"): Promise<Record<string, number>> {
  return withTempStore(async (store) => {
    // Models and packs load, and the code warms up, outside the timing: one whole batch of other
    // stories (a different seed), so the first measured batch runs as warm as the last (a cold first
    // batch is slower and would flatter the last/first ratio).
    await ingestIntoStore(store, toArticles(generateRecords(batch, { seed: 99 }).map((r) => ({ ...r, url: `${r.url}-warmup` }))));
    const stream = toArticles(generateStream(count, { seed: 7 }));
    const rates: number[] = [];
    /** Rates from the process's CPU time (user + system, PGlite included: it runs in-process): other processes on a shared machine barely move them. */
    const cpuRates: number[] = [];
    let total = 0;
    for (let i = 0; i < stream.length; i += batch) {
      const part = stream.slice(i, i + batch);
      const start = performance.now();
      const cpu0 = process.cpuUsage();
      const result = await ingestIntoStore(store, part, { planning });
      const cpu = process.cpuUsage(cpu0);
      const secs = (performance.now() - start) / 1000;
      const cpuSecs = (cpu.user + cpu.system) / 1e6;
      total += secs;
      rates.push(part.length / secs);
      cpuRates.push(part.length / cpuSecs);
      if (result.added.length !== part.length) throw new Error(`stream batch ${rates.length}: ${result.added.length} of ${part.length} articles added`);
      const stored = await store.countArticles();
      const m = process.memoryUsage();
      console.log(`stream batch ${String(rates.length).padStart(2)}: ${part.length} articles in ${secs.toFixed(2)} s → ${(part.length / secs).toFixed(1)} articles/s; CPU ${cpuSecs.toFixed(2)} s → ${(part.length / cpuSecs).toFixed(1)} articles/CPU-s (${result.stories.length} stories touched; store ${stored} articles; rss ${mb(m.rss)} MB, JS heap ${mb(m.heapUsed)} MB, wasm and buffers ${mb(m.external)} MB)`);
    }
    const first = rates[0] ?? 0;
    const last = rates[rates.length - 1] ?? 0;
    // Batches are short and the machine may be shared: the median of the first and last three as well.
    const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? 0;
    const ratio3 = median(rates.slice(-3)) / median(rates.slice(0, 3));
    const cpuFirst = cpuRates[0] ?? 0;
    const cpuLast = cpuRates[cpuRates.length - 1] ?? 0;
    const stories = (await store.listStories()).length;
    console.log(`stream (${planning} planning): ${stream.length} articles in batches of ${batch} into one store (${stories} stories) in ${total.toFixed(1)} s → ${(stream.length / total).toFixed(1)} articles/s; first batch ${first.toFixed(1)}, last ${last.toFixed(1)} articles/s, last/first ${(last / first).toFixed(2)} (target ≥ 0.8; median of the last three / of the first three ${ratio3.toFixed(2)}); by CPU time: first ${cpuFirst.toFixed(1)}, last ${cpuLast.toFixed(1)} articles/CPU-s, last/first ${(cpuLast / cpuFirst).toFixed(2)}; peak rss so far ${mb(process.resourceUsage().maxRSS * 1024)} MB`);
    return { stream_aps: stream.length / total, stream_first_aps: first, stream_last_aps: last, stream_ratio: last / first, stream_median3_ratio: ratio3, stream_cpu_first_aps: cpuFirst, stream_cpu_last_aps: cpuLast, stream_cpu_ratio: cpuLast / cpuFirst, stream_peak_rss_mb: process.resourceUsage().maxRSS / 1024 };
  });
}

export async function measureStory(count: number, batch: number): Promise<Record<string, number>> {
  return withTempStore(async (store) => {
    const articles = toArticles(generateRecords(count, { stories: 1, seed: 11 }));
    let total = 0;
    for (let i = 0; i < articles.length; i += batch) {
      const part = articles.slice(i, i + batch);
      const start = performance.now();
      const result = await ingestIntoStore(store, part);
      const secs = (performance.now() - start) / 1000;
      total += secs;
      const sizes = result.stories.map((s) => s.articles).join(", ");
      console.log(`story batch ${Math.floor(i / batch) + 1}: +${result.added.length} articles in ${secs.toFixed(1)} s (stories touched: ${sizes}; rss ${mb(process.memoryUsage().rss)} MB)`);
    }
    const stories = await store.listStories();
    const largest = [...stories].sort((a, b) => b.articles - a.articles)[0];
    const report = largest === undefined ? null : await store.getReport(largest.id);
    const bytes = report === null ? 0 : Buffer.byteLength(JSON.stringify(report));
    console.log(
      `story: ${articles.length} articles of one topic in batches of ${batch} in ${total.toFixed(1)} s, no error; ${stories.length} stor${stories.length === 1 ? "y" : "ies"}, the largest ${largest?.articles ?? 0} articles; ` +
        `its stored report ${(bytes / 1e6).toFixed(2)} MB (${report?.reuse.length ?? 0} reuse links, ${report?.reuseGroups?.length ?? 0} reuse groups, ${report?.facts.length ?? 0} facts)`,
    );
    return { story_articles: largest?.articles ?? 0, story_stories: stories.length, story_secs: total, story_report_mb: bytes / 1e6 };
  });
}
