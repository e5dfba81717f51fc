/**
 * @module The kill -9 loop: `triangulate ingest` of a batch into an embedded store is killed with
 * SIGKILL at a random moment, again and again; after each kill the store must open and hold at
 * least every article it held before (nothing committed is lost), and a last uninterrupted ingest
 * must bring it to every article of the batch exactly once. The moments are drawn over the whole
 * length of one uninterrupted ingest of the batch (timed first, into a scratch store), so kills
 * land before, between and during the commits of its stories, not only while it starts.
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../../src/store/open.ts";
import { repoRoot } from "../data.ts";
import { generateRecords } from "../ingest/generate.ts";
import { rng } from "../fuzz/cases.ts";

export interface KillResult {
  readonly delayMs: number;
  /** Peak resident memory of the killed ingest (Linux /proc; 0 elsewhere), MB. */
  readonly peakMb: number;
  readonly before: number;
  readonly after: number;
  readonly opened: boolean;
  readonly lost: number;
  readonly openMs: number;
}

export interface DurabilityResult {
  readonly kills: readonly KillResult[];
  readonly expected: number;
  readonly final: number;
  readonly finalOpened: boolean;
  /** How long one uninterrupted ingest of the batch took; kills are drawn up to it. */
  readonly fullIngestMs: number;
  /** Peak resident memory of the last, uninterrupted ingest, MB. */
  readonly finalPeakMb: number;
}


async function count(data: string): Promise<{ n: number; opened: boolean; ms: number }> {
  const started = performance.now();
  try {
    const store = await openStore({ dataDir: data, databaseUrl: null });
    try {
      return { n: (await store.listArticles({ limit: 100_000 })).length, opened: true, ms: performance.now() - started };
    } finally {
      await store.close();
    }
  } catch {
    return { n: 0, opened: false, ms: performance.now() - started };
  }
}

/** A process's peak resident memory so far (VmHWM in /proc), MB; 0 where there is no /proc. */
function peakRssMb(pid: number | undefined): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m?.[1] ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** Runs `triangulate ingest` (killed with SIGKILL after `killAfterMs`); its time and peak memory. */
function ingest(input: string, data: string, killAfterMs: number | null): Promise<{ ms: number; peakMb: number }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, ["--import", "tsx", join(repoRoot, "src", "cli", "main.ts"), "ingest", input, "--data", data], {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: "", TRIANGULATE_NO_EMBEDDINGS: "1" },
      stdio: "ignore",
    });
    let peakMb = 0;
    const sample = (): void => {
      peakMb = Math.max(peakMb, peakRssMb(child.pid));
    };
    const sampler = setInterval(sample, 200);
    const timer =
      killAfterMs === null
        ? null
        : setTimeout(() => {
            sample();
            child.kill("SIGKILL");
          }, killAfterMs);
    child.on("exit", () => {
      clearInterval(sampler);
      if (timer) clearTimeout(timer);
      resolve({ ms: performance.now() - started, peakMb });
    });
  });
}

export async function durability(options: {
  readonly kills: number;
  readonly records?: number;
  readonly seed?: number;
  /** Latest kill moment; default the time of one uninterrupted ingest of the batch. */
  readonly maxDelayMs?: number;
}): Promise<DurabilityResult> {
  const dir = mkdtempSync(join(tmpdir(), "triangulate-durability-"));
  const data = join(dir, "store");
  const input = join(dir, "batch");
  const records = generateRecords(options.records ?? 240, { seed: options.seed ?? 3 });
  const files = Math.ceil(records.length / 20);
  mkdirSync(input, { recursive: true });
  for (let f = 0; f < files; f++) writeFileSync(join(input, `part-${String(f).padStart(3, "0")}.jsonl`), records.slice(f * 20, f * 20 + 20).map((r) => JSON.stringify(r)).join("\n"));
  const r = rng(options.seed ?? 3);
  const kills: KillResult[] = [];
  let before = 0;
  try {
    const fullIngestMs = (await ingest(input, join(dir, "scratch-store"), null)).ms;
    const maxDelayMs = Math.max(1000, options.maxDelayMs ?? fullIngestMs);
    for (let k = 0; k < options.kills; k++) {
      const delayMs = Math.round(800 + r() * (maxDelayMs - 800));
      const run = await ingest(input, data, delayMs);
      const after = await count(data);
      kills.push({ delayMs, peakMb: run.peakMb, before, after: after.n, opened: after.opened, lost: Math.max(0, before - after.n), openMs: after.ms });
      if (after.opened) before = after.n;
    }
    const last = await ingest(input, data, null);
    const final = await count(data);
    return { kills, expected: new Set(records.map((x) => x.text)).size, final: final.n, finalOpened: final.opened, fullIngestMs, finalPeakMb: last.peakMb };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
