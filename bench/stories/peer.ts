/**
 * @module The scikit-learn peer of the story-clustering bench: runs bench/stories/peer.py
 * (TF-IDF + cosine + agglomerative clustering, its linkage, n-grams and threshold tuned on the same
 * tuning split as Triangulate) and scores its predictions with the same metrics.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { LabelledDoc } from "./data.ts";
import { clusterScores, type ClusterScores } from "./metrics.ts";
import type { Split } from "./tune.ts";

export interface PeerOutcome {
  readonly threshold: number;
  readonly linkage: string;
  readonly ngrams: string;
  readonly tuneF1: number;
  readonly test: ClusterScores;
  readonly all: ClusterScores;
  readonly seconds: number;
  /** Predicted label of every document (with `keepAll`). */
  readonly allLabels?: Readonly<Record<string, string>>;
}

/** The peer's outcome, or why it could not run. */
export function runPeer(split: Split, textOf: (d: LabelledDoc) => string, options: { keepAll?: boolean } = {}): PeerOutcome | string {
  const python = "/usr/bin/python3";
  const check = spawnSync(python, ["-c", "import sklearn, scipy"], { encoding: "utf8" });
  if (check.status !== 0) return "peer skipped: scikit-learn not found for /usr/bin/python3 — install with apt-get install python3-sklearn";
  const dir = mkdtempSync(join(tmpdir(), "triangulate-peer-"));
  try {
    const file = join(dir, "docs.jsonl");
    const testIds = new Set(split.test.map((d) => d.id));
    writeFileSync(file, split.all.map((d) => JSON.stringify({ id: d.id, text: textOf(d), label: d.label, split: testIds.has(d.id) ? "test" : "tune" })).join("\n"));
    const script = fileURLToPath(new URL("./peer.py", import.meta.url));
    const run = spawnSync(python, [script, file], { encoding: "utf8", maxBuffer: 256 * 2 ** 20 });
    if (run.status !== 0) return `peer failed: ${run.stderr.trim().split("\n").slice(-1)[0] ?? "unknown error"}`;
    const out = JSON.parse(run.stdout) as { threshold: number; linkage: string; ngrams: string; tuneF1: number; allSeconds: number; test: Record<string, string>; all: Record<string, string> };
    const scoreOf = (docs: readonly LabelledDoc[], pred: Record<string, string>): ClusterScores => clusterScores(docs.map((d) => pred[d.id] ?? d.id), docs.map((d) => d.label));
    return {
      threshold: out.threshold,
      linkage: out.linkage,
      ngrams: out.ngrams,
      tuneF1: out.tuneF1,
      test: scoreOf(split.test, out.test),
      all: scoreOf(split.all, out.all),
      seconds: out.allSeconds,
      ...(options.keepAll ? { allLabels: out.all } : {}),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
