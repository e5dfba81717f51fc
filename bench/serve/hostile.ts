/**
 * @module `npm run bench -- serve --hostile [--duration S] [--connections N]`: does the server keep
 * answering readers while a large POST is analyzed? A real `triangulate serve` process (not this
 * one, so the load generator does not share its thread) on a store seeded with the example story;
 * GET /api/stories under load for the whole window while a 1 MB HTML page of prose is posted.
 * Prints the GET latency (p50, p99, max) during the window and the POST's status and time.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { repoRoot } from "../data.ts";
import { startServeProcess } from "./process.ts";

/** About `bytes` of HTML prose: paragraphs of plausible news sentences. */
export function largePage(bytes: number): string {
  const words = "the port of varnholm reopened on tuesday after a storm officials said ferries resumed and cargo ships waited outside the harbour council".split(" ");
  const paras: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const sentence = Array.from({ length: 40 }, (_, k) => words[(i * 7 + k * 13) % words.length]).join(" ");
    const p = `<p>${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}. Report ${i} ends here.</p>`;
    paras.push(p);
    size += p.length;
  }
  return `<html><head><title>Harbour log</title></head><body><article>${paras.join("\n")}</article></body></html>`;
}

export async function hostile(options: { readonly duration: number; readonly connections: number; readonly example: string }): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "triangulate-hostile-"));
  const data = path.join(dir, "store");
  const cli = path.join(repoRoot, "src", "cli", "main.ts");
  const env = { ...process.env, DATABASE_URL: "" };
  spawnSync(process.execPath, ["--import", "tsx", cli, "ingest", options.example, "--data", data], { cwd: repoRoot, env, stdio: "ignore" });
  const server = await startServeProcess(data, env);
  const url = server.url;
  try {
    const page = largePage(1_000_000);
    await fetch(`${url}/api/stories`); // warm
    const load = autocannon({ url: `${url}/api/stories`, connections: options.connections, duration: options.duration, pipelining: 1 });
    await new Promise((r) => setTimeout(r, 1000));
    const started = performance.now();
    const post = fetch(`${url}/api/articles?url=${encodeURIComponent("https://harbour.example/log")}&outlet=Harbour%20Log`, { method: "POST", headers: { "Content-Type": "text/html" }, body: page }).then(async (r) => ({ status: r.status, ms: performance.now() - started, body: (await r.text()).slice(0, 160) }));
    const [result, posted] = await Promise.all([load, post]);
    console.log(`POST of a ${(page.length / 1e6).toFixed(1)} MB page: ${posted.status} after ${(posted.ms / 1000).toFixed(1)} s${posted.status >= 400 ? ` (${posted.body})` : ""}`);
    console.log(`GET /api/stories during the window (${options.duration} s, ${options.connections} connections): ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms, errors ${result.errors + result.timeouts}, non-2xx ${result.non2xx}`);
    console.log(`serve-hostile get_p99_ms=${result.latency.p99} get_max_ms=${result.latency.max} get_rps=${result.requests.average.toFixed(0)} post_status=${posted.status} post_s=${(posted.ms / 1000).toFixed(1)} within_window=${posted.ms < options.duration * 1000 ? 1 : 0}`);
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
