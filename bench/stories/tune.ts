/**
 * @module Tuning and scoring for the story-clustering bench: a grid search on the tuning split
 * (B³ F1), then scores on the held-out split and on everything. A run can average over several
 * arrival orders of the same documents (an online clusterer's result depends on the order), in
 * which case the grid point with the best mean tuning F1 wins and the scores are means.
 */
import { clusterStories, type StoryOptions } from "../../src/stories/index.ts";
import type { LabelledDoc } from "./data.ts";
import { clusterScores, type ClusterScores } from "./metrics.ts";

export interface Split {
  readonly tune: readonly LabelledDoc[];
  readonly test: readonly LabelledDoc[];
  readonly all: readonly LabelledDoc[];
}

export interface Outcome {
  /** Key in the machine-readable line. */
  readonly key: string;
  readonly label: string;
  readonly options: StoryOptions;
  readonly tuneF1: number;
  readonly test: ClusterScores;
  readonly all: ClusterScores;
  /** Lowest and highest F1 over the arrival orders (equal when there is one order). */
  readonly testRange: readonly [number, number];
  readonly allRange: readonly [number, number];
  readonly orders: number;
  /** Seconds to cluster everything (mean over the orders). */
  readonly seconds: number;
  readonly docs: number;
}

export function score(docs: readonly LabelledDoc[], options: StoryOptions): { scores: ClusterScores; seconds: number } {
  const t = performance.now();
  const stories = clusterStories(docs, options);
  const seconds = (performance.now() - t) / 1000;
  const of = new Map<string, string>();
  for (const s of stories) for (const id of s.articleIds) of.set(id, s.id);
  return { scores: clusterScores(docs.map((d) => of.get(d.id) ?? d.id), docs.map((d) => d.label)), seconds };
}

function mean(xs: readonly ClusterScores[]): ClusterScores {
  const avg = (f: (s: ClusterScores) => number): number => xs.reduce((a, s) => a + f(s), 0) / Math.max(1, xs.length);
  return { precision: avg((s) => s.precision), recall: avg((s) => s.recall), f1: avg((s) => s.f1), ari: avg((s) => s.ari) };
}

function range(xs: readonly ClusterScores[]): [number, number] {
  return [Math.min(...xs.map((s) => s.f1)), Math.max(...xs.map((s) => s.f1))];
}

/** Grid search on the tuning split(s) by (mean) B³ F1, then score the held-out split and everything. */
export function tuneAndRun(key: string, label: string, splits: readonly Split[], grid: readonly StoryOptions[]): Outcome {
  let best: { f1: number; options: StoryOptions } = { f1: -1, options: {} };
  for (const options of grid) {
    const f1 = splits.reduce((a, s) => a + score(s.tune, options).scores.f1, 0) / splits.length;
    if (f1 > best.f1 + 1e-9) best = { f1, options };
  }
  const tests = splits.map((s) => score(s.test, best.options).scores);
  const alls = splits.map((s) => score(s.all, best.options));
  const all = alls.map((a) => a.scores);
  return {
    key,
    label,
    options: best.options,
    tuneF1: best.f1,
    test: mean(tests),
    all: mean(all),
    testRange: range(tests),
    allRange: range(all),
    orders: splits.length,
    seconds: alls.reduce((a, x) => a + x.seconds, 0) / alls.length,
    docs: splits[0]?.all.length ?? 0,
  };
}

/** Every combination of the axes' values over `base`. */
export function grid(base: StoryOptions, axes: Record<string, readonly number[]>): StoryOptions[] {
  let out: StoryOptions[] = [base];
  for (const [k, values] of Object.entries(axes)) out = out.flatMap((o) => values.map((v) => ({ ...o, [k]: v })));
  return out;
}
