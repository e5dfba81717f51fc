/**
 * @module The growing-store parts of the ingest benchmark, on an embedded PGlite store in a
 * temporary folder, through the real pipeline. `measureStream`: a news stream (generateStream,
 * distinct topics of batch / 10 articles unless `lookalike`) ingested in batches; each batch's rate, and
 * the last batch's rate against the first's (target ≥ 0.8: a batch costs what its own stories
 * cost, not what the store holds), by the clock and by CPU time. `measureStory`: one
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
import { flatness, median } from "./flatness.ts";

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

export interface StreamOptions {
  readonly planning?: Planning;
  /** Topics that read alike (generate.ts without `distinct`): they merge into stories that grow along the stream. */
  readonly lookalike?: boolean;
  /** The first `pairs` and the last `pairs` batches each follow a reference batch into a new store (default 3; 0: none). */
  readonly pairs?: number;
}

interface BatchFigures {
  readonly secs: number;
  readonly cpuSecs: number;
  /** Articles the batch's touched stories hold (what their re-analysis reads). */
  readonly analyzed: number;
  readonly touched: number;
}

async function timedBatch(store: Store, part: readonly Article[], planning: Planning): Promise<BatchFigures> {
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  const result = await ingestIntoStore(store, part, { planning });
  const cpu = process.cpuUsage(cpu0);
  if (result.added.length !== part.length) throw new Error(`stream batch: ${result.added.length} of ${part.length} articles added`);
  return {
    secs: (performance.now() - start) / 1000,
    cpuSecs: (cpu.user + cpu.system) / 1e6,
    analyzed: result.stories.reduce((n, s) => n + s.articles, 0),
    touched: result.stories.length,
  };
}

/** Stories told at a time in the stream (generateStream's `active`). */
const ACTIVE = 5;

/**
 * The stream's shape for batches of `batch`: stories of batch / 10 articles, five told at a
 * time (a group of half a batch), and a first, uncounted batch of 1¼ batches, so that every
 * later batch holds the same mix: the second half of five stories begun before it, five whole
 * ones, the first half of five it leaves to the next. (Stories of 8 cut unevenly: batches
 * alternated between finishing stories and not, 20 more articles to re-analyze every other
 * batch, and the last batch of 2,000 finished none while the first did.)
 */
function shape(batch: number): { storySize: number; lead: number } {
  return { storySize: Math.max(1, Math.round(batch / (2 * ACTIVE))), lead: batch + Math.floor(batch / 4) };
}

/** A stream of `count` articles (generateStream), its URLs tagged with the seed (streams of other seeds are other articles). */
function streamOf(seed: number, count: number, batch: number, distinct: boolean): Article[] {
  const records = generateStream(count, { seed, distinct, active: ACTIVE, storySize: shape(batch).storySize });
  return toArticles(records.map((r) => ({ ...r, url: `${r.url}-s${seed}` })));
}

/**
 * A first measured batch, measured now: a new store given a stream's first batch (not timed),
 * then its second, timed, as the measured stream starts (its stories of their own: nothing the
 * other stream's analyses kept applies to them).
 */
async function referenceBatch(batch: number, planning: Planning, distinct: boolean, seed: number): Promise<BatchFigures> {
  return withTempStore(async (store) => {
    const { lead } = shape(batch);
    const articles = streamOf(seed, lead + batch, batch, distinct);
    await ingestIntoStore(store, articles.slice(0, lead), { planning });
    return timedBatch(store, articles.slice(lead), planning);
  });
}

const WARM_UPS = 2;

/**
 * A stream of `count` articles in batches of `batch`, each batch timed by the clock and by the
 * process's CPU time (user + system, PGlite included: it runs in-process). Flatness (flatness.ts)
 * of both: last/first, medians of three, trend. Warm-up, printed and not counted: WARM_UPS
 * reference batches (new stores, other stories) load models and packs and let the code reach
 * its compiled form (a first batch run half-warm costs ~1.5× a warm one and would flatter the
 * ratio); then the stream's own first batch (shape: every measured batch holds the same mix of
 * stories). A shared machine's load drifts over the minute a stream takes and moves the clock
 * and CPU time alike (2 vCPUs: a busy sibling nearly doubles the CPU time of the same work;
 * consecutive batches of one stream measured 1.3 s then 0.75 s of CPU as the load fell), and the
 * code keeps speeding up for several batches; so each of the first and the last `pairs` batches
 * follows a reference batch (referenceBatch: a first measured batch, at the same moment, as warm),
 * each pair gives reference time / batch time, and the paired ratio is the median of the last
 * pairs' over the median of the first pairs' (1 when a batch into the grown store costs, against
 * a new store's, what the first batch cost).
 */
export async function measureStream(count: number, batch: number, options: StreamOptions = {}): Promise<Record<string, number>> {
  const planning = options.planning ?? "incremental";
  const distinct = options.lookalike !== true;
  for (let j = 0; j < WARM_UPS; j++) {
    const warm = await referenceBatch(batch, planning, distinct, 1000 + j);
    console.log(`warm-up ${j + 1} (not counted; a new store's first measured batch): ${warm.secs.toFixed(2)} s, CPU ${warm.cpuSecs.toFixed(2)} s`);
  }
  return withTempStore(async (store) => {
    const { lead } = shape(batch);
    const all = streamOf(7, lead + count, batch, distinct);
    const warm = await timedBatch(store, all.slice(0, lead), planning);
    console.log(`stream batch 0 (not counted; ${lead} articles, begins the stories batch 1 finishes): ${warm.secs.toFixed(2)} s, CPU ${warm.cpuSecs.toFixed(2)} s`);
    const stream = all.slice(lead);
    const batches: BatchFigures[] = [];
    const pairsAt: { k: number; ref: BatchFigures }[] = [];
    const pairs = Math.min(options.pairs ?? 3, Math.floor(Math.ceil(stream.length / batch) / 2));
    for (let i = 0; i < stream.length; i += batch) {
      const part = stream.slice(i, i + batch);
      const paired = i < pairs * batch || i + pairs * batch >= stream.length;
      const ref = paired ? await referenceBatch(batch, planning, distinct, 2000 + batches.length) : undefined;
      if (ref !== undefined) console.log(`reference batch (a new store's first measured batch): ${ref.secs.toFixed(2)} s, CPU ${ref.cpuSecs.toFixed(2)} s (${ref.touched} stories touched holding ${ref.analyzed} articles)`);
      const b = await timedBatch(store, part, planning);
      batches.push(b);
      if (ref !== undefined) pairsAt.push({ k: batches.length - 1, ref });
      const m = process.memoryUsage();
      console.log(
        `stream batch ${String(batches.length).padStart(2)}: ${part.length} articles in ${b.secs.toFixed(2)} s → ${(part.length / b.secs).toFixed(1)} articles/s; CPU ${b.cpuSecs.toFixed(2)} s → ${(part.length / b.cpuSecs).toFixed(1)} articles/CPU-s ` +
          `(${b.touched} stories touched holding ${b.analyzed} articles; store ${await store.countArticles()} articles; rss ${mb(m.rss)} MB, JS heap ${mb(m.heapUsed)} MB, wasm and buffers ${mb(m.external)} MB)`,
      );
    }
    const total = batches.reduce((t, b) => t + b.secs, 0);
    const wall = flatness(batches.map((b) => b.secs));
    const cpu = flatness(batches.map((b) => b.cpuSecs));
    const work = median(batches.slice(-3).map((b) => b.analyzed)) / median(batches.slice(0, 3).map((b) => b.analyzed));
    // Reference time / batch time per pair, by the clock, by CPU time, and by CPU time per article
    // the touched stories hold (what the store's size adds, the batches' own stories aside).
    const ways = { wall: (x: BatchFigures) => x.secs, cpu: (x: BatchFigures) => x.cpuSecs, held: (x: BatchFigures) => x.cpuSecs / x.analyzed };
    const pairRatio = (way: (x: BatchFigures) => number, end: "first" | "last"): number => {
      const chosen = pairsAt.filter((p) => (end === "first" ? p.k < pairs : p.k >= batches.length - pairs));
      return median(chosen.map((p) => way(p.ref) / way(batches[p.k] as BatchFigures)));
    };
    const paired = pairRatio(ways.wall, "last") / pairRatio(ways.wall, "first");
    const pairedCpu = pairRatio(ways.cpu, "last") / pairRatio(ways.cpu, "first");
    const pairedHeld = pairRatio(ways.held, "last") / pairRatio(ways.held, "first");
    const rate = (b: BatchFigures | undefined, cpuTime = false): number => (b === undefined ? NaN : batch / (cpuTime ? b.cpuSecs : b.secs));
    const stories = (await store.listStories()).length;
    const f = (x: number): string => x.toFixed(2);
    console.log(
      `stream (${planning} planning, ${distinct ? "distinct" : "look-alike"} topics): ${stream.length} articles in batches of ${batch} into one store (${stories} stories) in ${total.toFixed(1)} s → ${(stream.length / total).toFixed(1)} articles/s; ` +
        `first batch ${rate(batches[0]).toFixed(1)}, last ${rate(batches.at(-1)).toFixed(1)} articles/s; last/first (target ≥ 0.8) by the clock ${f(wall.ratio)} (medians of three ${f(wall.median)}, trend ${f(wall.trend)}), ` +
        `by CPU time ${f(cpu.ratio)} (medians of three ${f(cpu.median)}, trend ${f(cpu.trend)}); ` +
        `paired with reference first batches run just before them (the first ${pairs} batches: reference/batch by the clock ${f(pairRatio(ways.wall, "first"))}, CPU ${f(pairRatio(ways.cpu, "first"))}; the last ${pairs}: ${f(pairRatio(ways.wall, "last"))}, ${f(pairRatio(ways.cpu, "last"))}), last/first by the clock ${f(paired)}, by CPU time ${f(pairedCpu)}, by CPU time per article the touched stories hold ${f(pairedHeld)}; articles the touched stories hold, last three / first three ${f(work)}; peak rss so far ${mb(process.resourceUsage().maxRSS * 1024)} MB`,
    );
    return {
      stream_aps: stream.length / total,
      stream_first_aps: rate(batches[0]),
      stream_last_aps: rate(batches.at(-1)),
      stream_ratio: wall.ratio,
      stream_median3_ratio: wall.median,
      stream_trend_ratio: wall.trend,
      stream_cpu_first_aps: rate(batches[0], true),
      stream_cpu_last_aps: rate(batches.at(-1), true),
      stream_cpu_ratio: cpu.ratio,
      stream_cpu_median3_ratio: cpu.median,
      stream_cpu_trend_ratio: cpu.trend,
      stream_paired_ratio: paired,
      stream_cpu_paired_ratio: pairedCpu,
      stream_cpu_paired_held_ratio: pairedHeld,
      stream_work_ratio: work,
      stream_peak_rss_mb: process.resourceUsage().maxRSS / 1024,
    };
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
