/**
 * @module Benchmark: requests/s and latency of the story page (and of the report API) under
 * load on loopback, then readers' latency while hostile 1 MB bodies are posted, read and analyzed
 * (hostile.ts). A PGlite store in a temporary folder is filled with the example story through
 * the real ingest and pipeline, a real `triangulate serve` process starts on 127.0.0.1 on a free
 * port, and autocannon drives it from this process (load generator and server never share a
 * process or its event loop). The last line ends with the p99 of GETs during the hostile POSTs.
 * Usage: npm run bench -- serve [--duration SECONDS] [--connections N] [--example DIR] [--hostile]
 * `--hostile`: only the hostile phase.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { ingest } from "../../src/ingest/index.ts";
import { openStore } from "../../src/store/open.ts";
import { ingestIntoStore } from "../../src/store/library.ts";
import { startServeProcess } from "./process.ts";
import { hostilePhase, type HostileResult } from "./hostile.ts";

const here = path.dirname(fileURLToPath(import.meta.url));

interface Args {
  duration: number;
  connections: number;
  example: string;
}

function parseArgs(args: readonly string[]): Args {
  const out: Args = { duration: 10, connections: 10, example: path.join(here, "../../examples/summit-story") };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--duration") out.duration = Math.min(60, Math.max(1, Number(args[++i])));
    else if (a === "--connections") out.connections = Math.max(1, Number(args[++i]));
    else if (a === "--example") out.example = String(args[++i]);
  }
  return out;
}

interface Load {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function load(url: string, a: Args, duration: number): Promise<Load> {
  const result = await autocannon({ url, connections: a.connections, duration, pipelining: 1 });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** Prints each hostile POST and the GET latency over the window; returns the figures of the last line. */
function reportHostile(h: HostileResult, connections: number, serverLog: () => string): string {
  for (const p of h.posts) console.log(`POST ${p.name} (${(p.bytes / 1e6).toFixed(1)} MB): ${p.status} after ${(p.ms / 1000).toFixed(1)} s  ${p.answer}`);
  const g = h.get;
  console.log(
    `GET /api/stories while they were read and analyzed (${(h.windowMs / 1000).toFixed(0)} s, ${connections} connections): ${g.requests.average.toFixed(0)} req/s, ` +
      `p50 ${g.latency.p50} ms, p99 ${g.latency.p99} ms, max ${g.latency.max} ms, errors ${g.errors + g.timeouts}, non-2xx ${g.non2xx}`,
  );
  const statuses = h.posts.map((p) => p.status).join(",");
  // The acceptance: readers answered within 1 s (p99) throughout, and every hostile body refused or
  // stored or stopped by its budget (503), never a server error.
  const crashed = h.posts.filter((p) => p.status >= 500 && p.status !== 503);
  if (g.latency.p99 >= 1000 || crashed.length > 0 || g.errors + g.timeouts > 0) {
    console.log(`FAILED: ${crashed.map((p) => `${p.name} answered ${p.status}`).join("; ") || "readers were not answered in time"}`);
    if (crashed.length > 0) console.log(`the server's log, last lines:\n${serverLog().split("\n").filter((l) => !l.startsWith("    at ")).slice(-20).join("\n")}`);
    process.exitCode = 1;
  }
  return `hostile_posts=${h.posts.length} post_statuses=${statuses} post_max_s=${(Math.max(...h.posts.map((p) => p.ms)) / 1000).toFixed(1)} hostile_window_s=${(h.windowMs / 1000).toFixed(0)} hostile_get_errors=${g.errors + g.timeouts + g.non2xx} hostile_get_max_ms=${g.latency.max} hostile_get_p99_ms=${g.latency.p99}`;
}

export async function main(argv: string[]): Promise<void> {
  const a = parseArgs(argv);
  const hostileOnly = argv.includes("--hostile");
  const read = await ingest([a.example]);
  if (read.articles.length === 0) {
    console.log(`no articles found in ${a.example}: the example story is needed (examples/summit-story in the repository)`);
    console.log("serve skipped=1");
    return;
  }
  const data = mkdtempSync(path.join(tmpdir(), "tri-bench-serve-"));
  const store = await openStore({ dataDir: data, databaseUrl: null });
  const ingested = await ingestIntoStore(store, read.articles);
  await store.close();
  const story = [...ingested.stories].sort((x, y) => y.articles - x.articles)[0];
  if (story === undefined) throw new Error("the example produced no story");
  const server = await startServeProcess(data, { ...process.env, DATABASE_URL: "" });
  try {
    if (hostileOnly) {
      console.log(`serve ${reportHostile(await hostilePhase(server.url, { connections: a.connections }), a.connections, () => server.log())}`);
      return;
    }
    const pageUrl = `${server.url}/stories/${encodeURIComponent(story.id)}`;
    const check = await fetch(pageUrl);
    const bytes = (await check.arrayBuffer()).byteLength;
    if (check.status !== 200) throw new Error(`story page answered ${check.status}`);
    console.log(`story ${story.id} (${story.articles} articles), page ${bytes} bytes; ${a.connections} connections, ${a.duration} s per route`);
    const page = await load(pageUrl, a, a.duration);
    console.log(`story page:   ${page.rps.toFixed(0)} req/s, p50 ${page.p50} ms, p99 ${page.p99} ms, errors ${page.errors}, non-2xx ${page.non2xx}`);
    const reportDuration = Math.max(1, Math.round(a.duration / 2));
    const report = await load(`${server.url}/api/stories/${encodeURIComponent(story.id)}/report`, a, reportDuration);
    console.log(`report API:   ${report.rps.toFixed(0)} req/s, p50 ${report.p50} ms, p99 ${report.p99} ms, errors ${report.errors}, non-2xx ${report.non2xx}`);
    const hostile = reportHostile(await hostilePhase(server.url, { connections: a.connections }), a.connections, () => server.log());
    console.log(
      `serve story_rps=${page.rps.toFixed(0)} story_p99_ms=${page.p99} story_p50_ms=${page.p50} story_errors=${page.errors + page.non2xx} ` +
        `report_rps=${report.rps.toFixed(0)} report_p99_ms=${report.p99} connections=${a.connections} duration_s=${a.duration} page_bytes=${bytes} ${hostile}`,
    );
  } finally {
    await server.stop();
    rmSync(data, { recursive: true, force: true });
  }
}
