/**
 * @module Validate gold files against the bench data: `npx tsx bench/verdicts/validate.ts [FILE|DIR]...`
 * (default: gold/ and gold-second/). Prints each problem and a summary; exit 1 when any.
 */
import { existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { benchDataDir } from "../data.ts";
import { GoldEvent, loadGoldDir, validateGold } from "./gold.ts";
import { readFileSync } from "node:fs";

const here = dirname(fileURLToPath(import.meta.url));

export function validatePaths(paths: readonly string[], args: readonly string[]): number {
  const dataDir = benchDataDir(args);
  let problems = 0;
  let events = 0;
  let items = 0;
  for (const p of paths.length > 0 ? paths : [join(here, "gold"), join(here, "gold-second"), join(here, "passes", "a")]) {
    const full = resolve(p);
    if (!existsSync(full)) continue;
    const golds = statSync(full).isDirectory() ? loadGoldDir(full) : [GoldEvent.parse(JSON.parse(readFileSync(full, "utf8")))];
    for (const g of golds) {
      events++;
      items += g.facts.length + g.disagreements.length;
      for (const line of validateGold(g, dataDir)) {
        problems++;
        process.stdout.write(`${line}\n`);
      }
    }
  }
  process.stdout.write(`validate events=${events} items=${items} problems=${problems}\n`);
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  process.exitCode = validatePaths(args.filter((a) => !a.startsWith("--")), args) > 0 ? 1 : 0;
}
