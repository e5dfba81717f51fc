/**
 * @module `npm run bench -- analyze`: wall time and peak memory to analyze the seed articles
 * (../shared/seeds, when present) and the bundled example story, each in a fresh process so peak
 * RSS is the analysis's own; with word vectors (when built) and without them (--no-embeddings).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../data.ts";

interface Run {
  readonly name: string;
  readonly ms: number;
  readonly peakMb: number;
  readonly articles: number;
  readonly facts: number;
  readonly embeddings: boolean;
}

const CHILD = String.raw`
const t0 = performance.now();
const { analyze } = await import(process.env.TRI_ENTRY);
const extra = process.env.TRI_PACK ? { extraPacks: [process.env.TRI_PACK] } : {};
const r = await analyze([process.env.TRI_INPUT], extra);
const { wordVectors } = await import(process.env.TRI_VECTORS);
const ms = performance.now() - t0;
console.log(JSON.stringify({ ms, peakMb: process.resourceUsage().maxRSS / 1024, articles: r.articles.length, facts: r.facts.length, embeddings: wordVectors() !== null }));
`;

function run(name: string, input: string, pack: string | null, repeat: number, embeddings: boolean): Run {
  const times: number[] = [];
  type Child = { ms: number; peakMb: number; articles: number; facts: number; embeddings: boolean };
  let last: Child | undefined;
  for (let i = 0; i < repeat; i++) {
    const p = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", CHILD], {
      cwd: repoRoot,
      env: {
        ...process.env,
        TRI_ENTRY: join(repoRoot, "src", "index.ts"),
        TRI_VECTORS: join(repoRoot, "src", "knowledge", "vectors.ts"),
        TRI_INPUT: input,
        TRI_PACK: pack ?? "",
        ...(embeddings ? {} : { TRIANGULATE_NO_EMBEDDINGS: "1" }),
      },
      encoding: "utf8",
    });
    if (p.status !== 0) throw new Error(`bench child failed: ${p.stderr}`);
    const parsed = JSON.parse(p.stdout.trim().split("\n").pop() ?? "{}") as Child;
    last = parsed;
    times.push(parsed.ms);
  }
  times.sort((a, b) => a - b);
  return { name, ms: times[Math.floor(times.length / 2)] ?? 0, peakMb: last?.peakMb ?? 0, articles: last?.articles ?? 0, facts: last?.facts ?? 0, embeddings: last?.embeddings ?? false };
}

export function main(args: string[]): Promise<void> {
  const repeat = Number(args[args.indexOf("--repeat") + 1] ?? 3) || 3;
  const runs: Run[] = [];
  const seeds = join(repoRoot, "..", "shared", "seeds");
  const example = join(repoRoot, "examples", "summit-story");
  for (const embeddings of [true, false]) {
    const tag = embeddings ? "" : "NoEmb";
    if (existsSync(seeds)) runs.push({ ...run("seeds", seeds, null, repeat, embeddings), name: `seeds${tag}` });
    runs.push({ ...run("example", example, join(example, "pack.json"), repeat, embeddings), name: `example${tag}` });
  }
  if (!existsSync(seeds)) process.stdout.write(`seeds not found at ${seeds}; skipping them\n`);
  for (const r of runs) {
    process.stdout.write(
      `${r.name.padEnd(13)} ${r.articles} articles  ${r.facts} facts  word vectors ${r.embeddings ? "on " : "off"}  wall ${r.ms.toFixed(0)} ms (median of ${repeat}, incl. loading packs and models)  peak RSS ${r.peakMb.toFixed(0)} MB\n`,
    );
  }
  process.stdout.write(`analyze ${runs.map((r) => `${r.name}Ms=${r.ms.toFixed(0)} ${r.name}PeakMb=${r.peakMb.toFixed(0)}`).join(" ")}\n`);
  return Promise.resolve();
}
