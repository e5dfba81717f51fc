/** @module Where benchmarks find the public datasets: --data DIR, TRIANGULATE_BENCH_DATA, or ../shared/bench-data. */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repo = resolve(fileURLToPath(new URL("..", import.meta.url)));

/** The value after `--name` in a benchmark's arguments, or undefined. */
export function argValue(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

export function benchDataDir(args: readonly string[]): string {
  const given = argValue(args, "data");
  return resolve(given ?? process.env["TRIANGULATE_BENCH_DATA"] ?? join(repo, "..", "shared", "bench-data"));
}

/** The dataset folder, or null after printing how to get it. */
export function requireDataset(args: readonly string[], name: string): string | null {
  const dir = join(benchDataDir(args), name);
  if (existsSync(dir)) return dir;
  process.stdout.write(
    `dataset "${name}" not found at ${dir}.\n` +
      `Benchmarks read public datasets from ../shared/bench-data (or --data DIR, or TRIANGULATE_BENCH_DATA).\n` +
      `Get it by placing the folder ${name}/ there (see ../shared/bench-data/README.md for sources); skipping.\n`,
  );
  return null;
}

export const repoRoot = repo;
