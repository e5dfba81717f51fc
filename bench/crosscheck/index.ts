/**
 * @module `npm run bench -- crosscheck [--sizes 50,100,200 | --big] [--seed N] [--stages]`: how the
 * single-story analysis grows with the number of articles. Stories of N articles are derived
 * from the bundled example story (examples/summit-story) by seeded perturbation (see
 * generate.ts); each is analyzed once with `analyzeArticles` and a shared knowledge base, after
 * a warm-up on the original articles. `--stages` adds a per-stage breakdown per size. `--big`
 * runs 500 and 5,000 articles (the large-story target: time grows at most 12× from 500 to 5,000
 * and peak memory stays within 2 GB).
 */
import { join } from "node:path";
import { ingest } from "../../src/ingest/index.ts";
import { loadKnowledge } from "../../src/knowledge/index.ts";
import { analyzeArticles } from "../../src/pipeline.ts";
import { repoRoot } from "../data.ts";
import { generateStory } from "./generate.ts";
import { stageTimes } from "./stages.ts";

interface SizeRun {
  readonly n: number;
  readonly ms: number;
  readonly facts: number;
  readonly contested: number;
  readonly meanOrigins: number;
  readonly reuse: number;
  readonly anomalies: number;
}

function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function parseSizes(raw: string | undefined): number[] {
  const sizes = (raw ?? "50,100,200")
    .split(",")
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isInteger(n) && n > 0);
  return sizes.length > 0 ? [...new Set(sizes)].sort((a, b) => a - b) : [50, 100, 200];
}

export async function main(args: string[]): Promise<void> {
  const big = args.includes("--big");
  const sizes = parseSizes(big ? "500,5000" : option(args, "--sizes"));
  const seed = Number(option(args, "--seed") ?? 20260312) || 20260312;
  const withStages = args.includes("--stages");
  const example = join(repoRoot, "examples", "summit-story");
  const pack = join(example, "pack.json");
  const { articles: sources, errors } = await ingest([example]);
  if (sources.length === 0) {
    process.stdout.write(`no articles read from ${example} (${errors.map((e) => e.message).join("; ")}); skipping\n`);
    return;
  }
  const kb = loadKnowledge({ extraPacks: [pack] });
  const options = { singleStory: true, extraPacks: [pack], kb, generatedAt: "2026-03-12T00:00:00.000Z" } as const;
  const t0 = performance.now();
  const warm = await analyzeArticles(sources, options);
  process.stdout.write(
    `warm-up on the ${sources.length} original articles: ${(performance.now() - t0).toFixed(0)} ms, ${warm.facts.length} facts\n`,
  );
  const max = sizes[sizes.length - 1] ?? 50;
  const story = generateStory(sources, { n: max, seed, originPrefix: "synthetic://crosscheck" });
  const opCounts = new Map<string, number>();
  for (const ops of story.ops) for (const o of ops) opCounts.set(o, (opCounts.get(o) ?? 0) + 1);
  process.stdout.write(
    `generated ${story.articles.length} articles (seed ${seed}): ${[...opCounts].map(([k, v]) => `${k} ${v}`).join(", ")}\n`,
  );
  const runs: SizeRun[] = [];
  for (const n of sizes) {
    const articles = story.articles.slice(0, n);
    const start = performance.now();
    const report = await analyzeArticles(articles, options);
    const ms = performance.now() - start;
    const facts = report.facts;
    runs.push({
      n,
      ms,
      facts: facts.length,
      contested: facts.filter((f) => f.verdict === "contested").length,
      meanOrigins: facts.length > 0 ? facts.reduce((s, f) => s + f.independentOrigins, 0) / facts.length : 0,
      reuse: report.reuse.length,
      anomalies: report.anomalies.length,
    });
    if (withStages) {
      const st = stageTimes(articles, kb);
      const entries = Object.entries(st);
      const total = entries.reduce((a, [, b]) => a + b, 0);
      const parts = entries.map(([k, v]) => `${k} ${v.toFixed(0)} ms (${((100 * v) / total).toFixed(0)}%)`);
      process.stdout.write(`  stages N=${n}: ${parts.join(", ")}\n`);
    }
  }
  const base = runs[0];
  process.stdout.write(`\n${"N".padStart(5)} ${"wall ms".padStart(9)} ${"facts".padStart(6)} ${"contested".padStart(9)} ${"mean origins".padStart(12)} ${"reuse".padStart(6)} ${"anomalies".padStart(9)}  growth\n`);
  for (const r of runs) {
    const growth = base ? r.ms / base.ms : 1;
    const sizeRatio = base ? r.n / base.n : 1;
    process.stdout.write(
      `${String(r.n).padStart(5)} ${r.ms.toFixed(0).padStart(9)} ${String(r.facts).padStart(6)} ${String(r.contested).padStart(9)} ${r.meanOrigins.toFixed(2).padStart(12)} ${String(r.reuse).padStart(6)} ${String(r.anomalies).padStart(9)}  ` +
        `time ×${growth.toFixed(2)} for articles ×${sizeRatio.toFixed(2)} (${(growth / sizeRatio).toFixed(2)} of linear)\n`,
    );
  }
  const ms = runs.map((r) => `ms${r.n}=${r.ms.toFixed(0)}`).join(" ");
  const last = runs[runs.length - 1];
  const ratio = base && last ? last.ms / base.ms : 1;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`peak RSS of the whole run: ${peakMb.toFixed(0)} MB\n`);
  if (big && base && last)
    process.stdout.write(
      `large story: ${base.n} → ${last.n} articles took ×${ratio.toFixed(2)} the time (target ≤ 12) with peak RSS ${peakMb.toFixed(0)} MB (target ≤ 2048)\n`,
    );
  process.stdout.write(`crosscheck ${ms} ratio${last?.n ?? 0}to${base?.n ?? 0}=${ratio.toFixed(2)} peakMb=${peakMb.toFixed(0)}\n`);
}
