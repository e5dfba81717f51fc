/**
 * @module Benchmark dispatcher: `npm run bench -- <topic> [args]` runs bench/<topic>/index.ts's
 * `main(args)`. Each benchmark prints its figures, the last line machine-readable. The in-process
 * benchmarks run with the V8 tiering the CLI sets (src/cli/code-cache.ts tieringFlag), so they
 * measure what `triangulate` does; `--default-tiering` measures V8's default instead.
 */
import { setFlagsFromString } from "node:v8";
import { existsSync, readdirSync } from "node:fs";
import { tieringFlag } from "../src/cli/code-cache.ts";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
const topics = readdirSync(here, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(here, d.name, "index.ts")))
  .map((d) => d.name)
  .sort();
const [topic, ...rest] = process.argv.slice(2);
const defaultTiering = rest.includes("--default-tiering");
const args = rest.filter((a) => a !== "--default-tiering");
const flag = defaultTiering ? null : tieringFlag(process.env, process.execArgv);
if (flag !== null) setFlagsFromString(flag);
if (topic) process.stderr.write(`bench: V8 ${flag ?? "default tiering"}\n`);
if (!topic || !topics.includes(topic)) {
  process.stderr.write(`usage: npm run bench -- <topic> [args]\ntopics: ${topics.join(", ")}\n`);
  process.exit(topic ? 2 : 0);
}
const mod = (await import(pathToFileURL(join(here, topic, "index.ts")).href)) as { main: (args: string[]) => Promise<void> };
await mod.main(args);
