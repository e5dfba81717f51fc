/**
 * @module The verdict floor: the tune split of the gold-fact benchmark must not fall below the
 * figures in bench/verdicts/floor.json (junk share must not rise above its ceiling). Raise the
 * floor when a change improves a figure. The floor for the configuration in use applies: with word
 * vectors (the default once they are built at install) or without. Skips, saying why, when the
 * bench data is absent.
 */
import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { benchDataDir } from "../data.ts";
import { wordVectors } from "../../src/knowledge/vectors.ts";
import { missingData, runSplit, splitLine } from "./index.ts";
import type { SplitFigures } from "./score.ts";

const floorPath = join(import.meta.dirname, "floor.json");
type Floor = Partial<Record<keyof SplitFigures, number | null>>;
const floors = JSON.parse(readFileSync(floorPath, "utf8")) as { tune: Floor; tuneNoEmbeddings: Floor };
const withVectors = wordVectors() !== null;
const floor = withVectors ? floors.tune : floors.tuneNoEmbeddings;
const dataDir = benchDataDir([]);
const missing = missingData(dataDir);

test("verdicts on the tune split stay at or above the floor", { skip: missing ?? false, timeout: 240_000 }, async () => {
  const run = await runSplit("tune", { dataDir });
  const line = splitLine(run);
  const failures: string[] = [];
  for (const [key, bound] of Object.entries(floor) as [keyof SplitFigures, number | null][]) {
    if (bound === null) continue;
    const raw = run.figures[key];
    // figures are compared as printed (three decimals)
    const got = raw === null ? null : Math.round(raw * 1000) / 1000;
    const ceiling = key === "junk_share" || key === "mixed_share";
    if (got === null) failures.push(`${key}: no figure (floor ${bound})`);
    else if (ceiling ? got > bound : got < bound) failures.push(`${key}=${got.toFixed(3)} ${ceiling ? "above the ceiling" : "below the floor"} ${bound}`);
  }
  assert.deepEqual(failures, [], `${line}\n(floor: ${floorPath}, ${withVectors ? "tune" : "tuneNoEmbeddings"})`);
});
