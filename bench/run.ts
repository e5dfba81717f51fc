/**
 * @module Benchmark dispatcher: `npm run bench -- <topic> [args]` runs bench/<topic>/index.ts's
 * `main(args)`. Each benchmark prints its figures, the last line machine-readable.
 */
import { existsSync, readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
const topics = readdirSync(here, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(here, d.name, "index.ts")))
  .map((d) => d.name)
  .sort();
const [topic, ...args] = process.argv.slice(2);
if (!topic || !topics.includes(topic)) {
  process.stderr.write(`usage: npm run bench -- <topic> [args]\ntopics: ${topics.join(", ")}\n`);
  process.exit(topic ? 2 : 0);
}
const mod = (await import(pathToFileURL(join(here, topic, "index.ts")).href)) as { main: (args: string[]) => Promise<void> };
await mod.main(args);
