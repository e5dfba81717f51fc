/**
 * @module `npm run bench -- stories [--data DIR] [--peer]`: story clustering quality. B³ P/R/F1 and
 * adjusted Rand index on WikiRef220 (topics; label = file-name prefix; noise topics count as
 * their own labels) and on the UCI News Aggregator sample (headlines; STORY = gold). Parameters
 * are tuned on a tuning split (UCI: first half of the file; WikiRef: even-numbered files in name
 * order) and reported on the held-out split and on everything. UCI is run twice: with its
 * timestamps (time proximity on, as Triangulate uses it) and text only (timestamps dropped), the
 * like-for-like comparison with the peer. `--peer` runs bench/stories/peer.py (scikit-learn
 * TF-IDF + cosine + average-linkage agglomerative clustering) with its threshold tuned on the
 * same tuning split, and prints both systems' F1 and time side by side.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { clusterStories, type StoryOptions } from "../../src/stories/index.ts";
import { loadUci, loadWikiref, UCI_FILE, WIKIREF_DIR, type LabelledDoc } from "./data.ts";
import { clusterScores, type ClusterScores } from "./metrics.ts";

interface Split {
  readonly tune: LabelledDoc[];
  readonly test: LabelledDoc[];
  readonly all: LabelledDoc[];
}

interface Outcome {
  readonly name: string;
  readonly options: StoryOptions;
  readonly tuneF1: number;
  readonly test: ClusterScores;
  readonly all: ClusterScores;
  readonly seconds: number;
  readonly docs: number;
}

function arg(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

function score(docs: readonly LabelledDoc[], options: StoryOptions): { scores: ClusterScores; seconds: number } {
  const t = performance.now();
  const stories = clusterStories(docs, options);
  const seconds = (performance.now() - t) / 1000;
  const of = new Map<string, string>();
  for (const s of stories) for (const id of s.articleIds) of.set(id, s.id);
  return { scores: clusterScores(docs.map((d) => of.get(d.id) ?? d.id), docs.map((d) => d.label)), seconds };
}

/** Grid search on the tuning split (B³ F1), then score the held-out split and everything. */
function tuneAndRun(name: string, split: Split, grid: readonly StoryOptions[]): Outcome {
  let best: { f1: number; options: StoryOptions } = { f1: -1, options: {} };
  for (const options of grid) {
    const f1 = score(split.tune, options).scores.f1;
    if (f1 > best.f1 + 1e-9) best = { f1, options };
  }
  const test = score(split.test, best.options).scores;
  const all = score(split.all, best.options);
  return { name, options: best.options, tuneF1: best.f1, test, all: all.scores, seconds: all.seconds, docs: split.all.length };
}

function grid(base: StoryOptions, axes: Record<string, readonly number[]>): StoryOptions[] {
  let out: StoryOptions[] = [base];
  for (const [key, values] of Object.entries(axes)) out = out.flatMap((o) => values.map((v) => ({ ...o, [key]: v })));
  return out;
}

const THRESHOLDS = [0.025, 0.035, 0.05, 0.075, 0.1, 0.125, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5];

interface PeerOutcome {
  readonly threshold: number;
  readonly tuneF1: number;
  readonly test: ClusterScores;
  readonly all: ClusterScores;
  readonly seconds: number;
}

function runPeer(split: Split, textOf: (d: LabelledDoc) => string): PeerOutcome | string {
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
    const out = JSON.parse(run.stdout) as { threshold: number; tuneF1: number; allSeconds: number; test: Record<string, string>; all: Record<string, string> };
    const scoreOf = (docs: readonly LabelledDoc[], pred: Record<string, string>): ClusterScores => clusterScores(docs.map((d) => pred[d.id] ?? d.id), docs.map((d) => d.label));
    return { threshold: out.threshold, tuneF1: out.tuneF1, test: scoreOf(split.test, out.test), all: scoreOf(split.all, out.all), seconds: out.allSeconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const f3 = (x: number): string => x.toFixed(3);
const line = (s: ClusterScores): string => `P ${f3(s.precision)} R ${f3(s.recall)} F1 ${f3(s.f1)} ARI ${f3(s.ari)}`;

// eslint-disable-next-line @typescript-eslint/require-await -- the bench contract is an async main; this one is synchronous
export async function main(args: string[]): Promise<void> {
  const defaultData = fileURLToPath(new URL("../../../shared/bench-data", import.meta.url));
  const data = resolve(arg(args, "data") ?? process.env["TRIANGULATE_BENCH_DATA"] ?? defaultData);
  const withPeer = args.includes("--peer");
  const uci = loadUci(data);
  const wiki = loadWikiref(data);
  if (!uci && !wiki) {
    console.log(`stories: no bench data under ${data}: expected ${UCI_FILE} and ${WIKIREF_DIR}/ (see bench-data/README.md for sources); pass --data DIR or set TRIANGULATE_BENCH_DATA`);
    console.log("stories skipped=1");
    return;
  }
  const outcomes: Outcome[] = [];
  const peers: { name: string; peer: PeerOutcome | string; ours: Outcome }[] = [];
  if (uci) {
    const half = Math.floor(uci.length / 2);
    const split: Split = { tune: uci.slice(0, half), test: uci.slice(half), all: uci };
    const timed = tuneAndRun("uci (text + time)", split, grid({}, { threshold: THRESHOLDS, timeWeight: [0, 0.2, 0.4], timeScaleDays: [0.001, 0.01, 0.1, 3] }));
    const noTime = (xs: LabelledDoc[]): LabelledDoc[] => xs.map((d) => ({ ...d, published: null }));
    const textOnly = tuneAndRun("uci (text only)", { tune: noTime(split.tune), test: noTime(split.test), all: noTime(split.all) }, grid({}, { threshold: THRESHOLDS, entityWeight: [0, 0.3] }));
    outcomes.push(timed, textOnly);
    if (withPeer) peers.push({ name: "uci (text only)", peer: runPeer(split, (d) => d.title ?? ""), ours: textOnly });
  } else console.log(`stories: UCI sample missing (${join(data, UCI_FILE)}); skipped`);
  if (wiki) {
    const split: Split = { tune: wiki.filter((_, i) => i % 2 === 0), test: wiki.filter((_, i) => i % 2 === 1), all: wiki };
    const res = tuneAndRun("wikiref220", split, grid({}, { threshold: THRESHOLDS, entityWeight: [0, 0.3] }));
    outcomes.push(res);
    if (withPeer) peers.push({ name: "wikiref220", peer: runPeer(split, (d) => d.text), ours: res });
  } else console.log(`stories: WikiRef220 missing (${join(data, WIKIREF_DIR)}); skipped`);

  console.log("Triangulate story clustering (tuned on the tuning split; B³ and adjusted Rand index):");
  for (const o of outcomes) {
    console.log(`  ${o.name}: options ${JSON.stringify(o.options)}, tune F1 ${f3(o.tuneF1)}`);
    console.log(`    held-out: ${line(o.test)}`);
    console.log(`    overall:  ${line(o.all)}  (${o.docs} docs in ${o.seconds.toFixed(2)} s)`);
  }
  for (const p of peers) {
    if (typeof p.peer === "string") {
      console.log(`  peer on ${p.name}: ${p.peer}`);
      continue;
    }
    console.log(`  ${p.name}: Triangulate vs scikit-learn (TF-IDF + cosine + average-linkage agglomerative, threshold ${p.peer.threshold.toFixed(3)} tuned on the same split)`);
    console.log(`    held-out F1: ours ${f3(p.ours.test.f1)}  peer ${f3(p.peer.test.f1)}`);
    console.log(`    overall  F1: ours ${f3(p.ours.all.f1)}  peer ${f3(p.peer.all.f1)}   time: ours ${p.ours.seconds.toFixed(2)} s  peer ${p.peer.seconds.toFixed(2)} s  (peer/ours ${(p.peer.seconds / Math.max(1e-9, p.ours.seconds)).toFixed(1)}×)`);
  }
  const kv: string[] = [];
  const key = (name: string): string => name.replace(/[^a-z0-9]+/gi, "_").replace(/_+$/, "");
  for (const o of outcomes) kv.push(`${key(o.name)}_f1=${f3(o.all.f1)}`, `${key(o.name)}_heldout_f1=${f3(o.test.f1)}`, `${key(o.name)}_ari=${f3(o.all.ari)}`);
  for (const p of peers) if (typeof p.peer !== "string") kv.push(`peer_${key(p.name)}_f1=${f3(p.peer.all.f1)}`, `peer_${key(p.name)}_seconds=${p.peer.seconds.toFixed(2)}`);
  console.log(`stories ${kv.join(" ")}`);
}
