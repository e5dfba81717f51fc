/**
 * @module `npm run bench -- analyze [--repeat N]`: wall time and peak memory to analyze the seed
 * articles (../shared/seeds, when present) and the bundled example story as a user runs it: the
 * installed bin (`bin/triangulate.js`, the compiled CLI that `npm ci` builds) in a fresh process,
 * timed from spawn to exit (median of N runs, default 5), with word vectors (when built) and
 * without them (--no-embeddings). Peak memory is the child's maximum RSS, read through GNU time
 * (`/usr/bin/time`) when the machine has it. The compiled CLI is rebuilt first when a source file
 * is newer than it. With NODE_EXTRA_CA_CERTS set, it also prints what a bare node start costs with
 * and without it (extraCaCost), a share of every figure that is the environment's, not the bin's.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "../data.ts";

interface Run {
  readonly name: string;
  readonly ms: number;
  readonly spread: readonly [number, number];
  readonly peakMb: number | null;
  readonly summary: string;
}

const GNU_TIME = "/usr/bin/time";

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Rebuild dist/ when src/ changed after it, so the bin runs the code being measured. */
function ensureBuilt(): void {
  const main = join(repoRoot, "dist", "cli", "main.js");
  if (existsSync(main) && statSync(main).mtimeMs >= newest(join(repoRoot, "src"))) return;
  process.stdout.write("dist/ is older than src/: running npm run build first\n");
  const b = spawnSync("npm", ["run", "build"], { cwd: repoRoot, encoding: "utf8" });
  if (b.status !== 0) throw new Error(`npm run build failed: ${b.stderr}`);
}

function run(name: string, input: string, pack: string | null, repeat: number, embeddings: boolean): Run {
  const bin = join(repoRoot, "bin", "triangulate.js");
  const out = mkdtempSync(join(tmpdir(), "tri-bench-analyze-"));
  const args = [bin, "analyze", input, "--out-dir", out, ...(pack ? ["--pack", pack] : []), ...(embeddings ? [] : ["--no-embeddings"])];
  const withTime = existsSync(GNU_TIME);
  const times: number[] = [];
  let peakMb: number | null = null;
  let summary = "";
  try {
    for (let i = 0; i < repeat; i++) {
      const t0 = performance.now();
      const p = withTime
        ? spawnSync(GNU_TIME, ["-f", "TRI_MAXRSS_KB=%M", process.execPath, ...args], { cwd: tmpdir(), encoding: "utf8" })
        : spawnSync(process.execPath, args, { cwd: tmpdir(), encoding: "utf8" });
      times.push(performance.now() - t0);
      if (p.status !== 0) throw new Error(`triangulate analyze ${input} failed (exit ${p.status}): ${p.stderr}`);
      const kb = /TRI_MAXRSS_KB=(\d+)/.exec(p.stderr)?.[1];
      if (kb) peakMb = Math.max(peakMb ?? 0, Number(kb) / 1024);
      summary = p.stdout.split("\n")[0] ?? "";
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  times.sort((a, b) => a - b);
  return { name, ms: times[Math.floor(times.length / 2)] ?? 0, spread: [times[0] ?? 0, times[times.length - 1] ?? 0], peakMb, summary };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/**
 * Wall time of a bare `node -e 0` (median of `repeat`), as the environment is and without
 * NODE_EXTRA_CA_CERTS, when that is set: node then reads that CA bundle at every start, before
 * any of the bin's code runs (a system bundle of ~140 certificates: ~410 M instructions under
 * callgrind, ~0.1 s), which every figure above includes and the project cannot avoid.
 */
function extraCaCost(repeat: number): string | null {
  if (!process.env["NODE_EXTRA_CA_CERTS"]) return null;
  const time = (env: NodeJS.ProcessEnv): number => {
    const t0 = performance.now();
    spawnSync(process.execPath, ["-e", "0"], { env });
    return performance.now() - t0;
  };
  const { NODE_EXTRA_CA_CERTS: _, ...without } = process.env;
  const withCa: number[] = [];
  const withoutCa: number[] = [];
  for (let i = 0; i < repeat; i++) {
    withCa.push(time(process.env));
    withoutCa.push(time(without));
  }
  return `node -e 0: ${median(withCa).toFixed(0)} ms with NODE_EXTRA_CA_CERTS=${process.env["NODE_EXTRA_CA_CERTS"]}, ${median(withoutCa).toFixed(0)} ms without (median of ${repeat}; every start above pays the difference)`;
}

export function main(args: string[]): Promise<void> {
  const i = args.indexOf("--repeat");
  const repeat = (i >= 0 ? Number(args[i + 1]) : 5) || 5;
  ensureBuilt();
  const runs: Run[] = [];
  const seeds = join(repoRoot, "..", "shared", "seeds");
  const example = join(repoRoot, "examples", "summit-story");
  for (const embeddings of [true, false]) {
    const tag = embeddings ? "" : "NoEmb";
    if (existsSync(seeds)) runs.push(run(`seeds${tag}`, seeds, null, repeat, embeddings));
    runs.push(run(`example${tag}`, example, join(example, "pack.json"), repeat, embeddings));
  }
  if (!existsSync(seeds)) process.stdout.write(`seeds not found at ${seeds}; skipping them\n`);
  process.stdout.write(`installed bin (node bin/triangulate.js analyze …), process spawn to exit, median of ${repeat}:\n`);
  for (const r of runs) {
    const peak = r.peakMb === null ? "peak RSS n/a (no /usr/bin/time)" : `peak RSS ${r.peakMb.toFixed(0)} MB`;
    process.stdout.write(`${r.name.padEnd(13)} wall ${r.ms.toFixed(0)} ms (${r.spread[0].toFixed(0)}–${r.spread[1].toFixed(0)})  ${peak}  [${r.summary}]\n`);
  }
  const ca = extraCaCost(repeat);
  if (ca) process.stdout.write(`${ca}\n`);
  const seedRun = runs.find((r) => r.name === "seeds");
  if (seedRun) process.stdout.write(`seeds target: median ≤ 1000 ms → ${seedRun.ms <= 1000 ? "met" : "not met"} (${seedRun.ms.toFixed(0)} ms)\n`);
  process.stdout.write(`analyze ${runs.map((r) => `${r.name}Ms=${r.ms.toFixed(0)}${r.peakMb === null ? "" : ` ${r.name}PeakMb=${r.peakMb.toFixed(0)}`}`).join(" ")}\n`);
  return Promise.resolve();
}
