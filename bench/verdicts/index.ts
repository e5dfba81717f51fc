/**
 * @module Verdicts on real coverage: `npm run bench -- verdicts` runs the product on each gold
 * event (bench/verdicts/gold, labelled by bench/verdicts/LABELLING.md on ECB+ dev and WikiRef220
 * from ../shared/bench-data) and prints, per split, contested precision, disagreement recall,
 * corroborated precision, single-source correctness, key-fact recall, garble and name-variant
 * precision and junk share; then FNC-1 stance beside the top-3 systems; the two split lines last.
 *
 * Options: --split tune|heldout|all, --events a,b, --no-fnc, --fnc-headlines N, --review DIR,
 * --no-embeddings (measure without word vectors)
 * (default bench/verdicts/out), --validate (check anchors), --agreement (between passes), --data DIR.
 */
import { useWordVectors, wordVectors } from "../../src/knowledge/vectors.ts";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadKnowledge } from "../../src/index.ts";
import { argValue, benchDataDir } from "../data.ts";
import { compareEvent, f1, kappa } from "./agreement.ts";
import { runFnc } from "./fnc.ts";
import { type GoldEvent, loadGoldDir } from "./gold.ts";
import { runEvent } from "./run-event.ts";
import { type EventScore, scoreEvent, splitFigures, type SplitFigures } from "./score.ts";
import { validatePaths } from "./validate.ts";
import { existsSync } from "node:fs";

const here = dirname(fileURLToPath(import.meta.url));
export const GOLD_DIR = join(here, "gold");
export const SECOND_DIR = join(here, "gold-second");
/** First passes of double-labelled events as they were before the third reading settled them into gold/. */
export const FIRST_DIR = join(here, "passes", "a");

export type Split = "tune" | "heldout";

/** Is the bench data there for the gold events? Returns the reason when not. */
export function missingData(dataDir: string): string | null {
  for (const sub of ["ecbplus-dev", "wikiref220/WikiRef220"])
    if (!existsSync(join(dataDir, sub)))
      return `bench data not found: ${join(dataDir, sub)} is missing. The verdict benchmark reads ECB+ dev and WikiRef220 from ../shared/bench-data (or --data DIR, or TRIANGULATE_BENCH_DATA); see ../shared/bench-data/README.md for their sources.`;
  return null;
}

export interface SplitRun {
  readonly split: Split;
  readonly scores: readonly EventScore[];
  readonly figures: ReturnType<typeof splitFigures>;
  readonly ms: number;
}

/** Run and score every gold event of a split. */
export async function runSplit(split: Split, options: { dataDir: string; events?: readonly string[] }): Promise<SplitRun> {
  const kb = loadKnowledge();
  const golds = loadGoldDir(GOLD_DIR).filter((g) => g.split === split && (!options.events || options.events.includes(g.event)));
  const scores: EventScore[] = [];
  let ms = 0;
  for (const gold of golds) {
    const run = await runEvent(gold, options.dataDir, kb);
    ms += run.ms;
    scores.push(scoreEvent(gold, run.report, run.textOf));
  }
  return { split, scores, figures: splitFigures(scores), ms };
}

const fmt = (x: number | null): string => (x === null ? "n/a" : x.toFixed(3));

export function splitLine(run: SplitRun): string {
  const f = run.figures;
  const keys: (keyof SplitFigures)[] = [
    "contested_precision",
    "disagreement_recall",
    "corroborated_precision",
    "single_source_correct",
    "key_fact_recall",
    "garble_precision",
    "name_variant_precision",
    "junk_share",
    "mixed_share",
  ];
  return `verdicts split=${run.split} ${keys.map((k) => `${k}=${fmt(f[k])}`).join(" ")} events=${run.scores.length} embeddings=${wordVectors() ? "on" : "off"}`;
}

function reviewMarkdown(run: SplitRun): string {
  const lines: string[] = [`# Verdict review: ${run.split} split`, "", "Facts the benchmark judged wrong, facts it could not judge, and gold items the report missed.", ""];
  for (const s of run.scores) {
    lines.push(`## ${s.event}`, "");
    for (const f of s.facts.filter((x) => x.judgement !== "right")) {
      lines.push(`- **${f.judgement}** ${f.verdict}: ${f.statement}`, `  - ${f.reason}`);
      for (const q of f.quotes.slice(0, 6)) lines.push(`  - ${q.file} [${q.value}] "${q.quote}"`);
    }
    for (const m of s.missed) lines.push(`- **missed** ${m.id} ${m.what}: ${m.why}`);
    for (const g of s.flags) lines.push(`- **${g.right ? "right" : "wrong"} flag** ${g.kind} ${g.file}: "${g.quote}" → ${g.suggestion ?? "?"}`);
    for (const j of s.junk) lines.push(`- **junk** ${j.why}: ${j.statement}`);
    lines.push("");
  }
  return lines.join("\n");
}

function printSplit(run: SplitRun, reviewDir: string): void {
  process.stdout.write(`\n== ${run.split} split: ${run.scores.length} events, ${(run.ms / 1000).toFixed(1)} s analysis\n`);
  for (const s of run.scores) {
    const c = (v: string): number => s.facts.filter((f) => f.verdict === v).length;
    process.stdout.write(
      `  ${s.event.padEnd(24)} facts=${s.totalFacts} corroborated=${c("corroborated")} contested=${c("contested")} key=${s.keyRecalled}/${s.keyFacts} disagreements=${s.disagreementsRecalled}/${s.disagreements}\n`,
    );
  }
  for (const [k, v] of Object.entries(run.figures.counts)) process.stdout.write(`  ${k.padEnd(14)} ${v}\n`);
  mkdirSync(reviewDir, { recursive: true });
  const path = join(reviewDir, `review-${run.split}.md`);
  writeFileSync(path, reviewMarkdown(run));
  process.stdout.write(`  review list: ${path}\n`);
}

function printAgreement(): void {
  const first = new Map([...loadGoldDir(GOLD_DIR), ...loadGoldDir(FIRST_DIR)].map((g) => [g.event, g]));
  const second = loadGoldDir(SECOND_DIR);
  const tot = { facts: { a: 0, b: 0, matched: 0 }, disagreements: { a: 0, b: 0, matched: 0 }, names: { a: 0, b: 0, matched: 0 } };
  const cells: [number, number, number, number] = [0, 0, 0, 0];
  let n = 0;
  for (const b of second) {
    const a: GoldEvent | undefined = first.get(b.event);
    if (!a) continue;
    n++;
    const r = compareEvent(a, b);
    for (const k of ["facts", "disagreements", "names"] as const) for (const x of ["a", "b", "matched"] as const) tot[k][x] += r[k][x];
    r.statedBy.forEach((v, i) => (cells[i] = (cells[i] ?? 0) + v));
    process.stdout.write(
      `  ${r.event.padEnd(24)} facts F1=${fmt(f1(r.facts))} (${r.facts.matched} of ${r.facts.a}/${r.facts.b}) disagreements F1=${fmt(f1(r.disagreements))} (${r.disagreements.matched} of ${r.disagreements.a}/${r.disagreements.b}) names F1=${fmt(f1(r.names))} statedBy kappa=${fmt(kappa(r.statedBy))}\n`,
    );
  }
  process.stdout.write(
    `agreement events=${n} facts_f1=${fmt(f1(tot.facts))} disagreements_f1=${fmt(f1(tot.disagreements))} names_f1=${fmt(f1(tot.names))} statedby_kappa=${fmt(kappa(cells))}\n`,
  );
}

export async function main(args: string[]): Promise<void> {
  const dataDir = benchDataDir(args);
  if (args.includes("--no-embeddings")) useWordVectors(null);
  if (args.includes("--validate")) {
    process.exitCode = validatePaths([], args) > 0 ? 1 : 0;
    return;
  }
  if (args.includes("--agreement")) {
    printAgreement();
    return;
  }
  const missing = missingData(dataDir);
  if (missing) {
    process.stdout.write(`${missing}\nskipping.\n`);
    return;
  }
  const which = argValue(args, "split") ?? "all";
  const splits: Split[] = which === "all" ? ["tune", "heldout"] : [which as Split];
  const events = argValue(args, "events")?.split(",");
  const reviewDir = argValue(args, "review") ?? join(here, "out");
  const runs: SplitRun[] = [];
  for (const split of splits) {
    const run = await runSplit(split, events ? { dataDir, events } : { dataDir });
    printSplit(run, reviewDir);
    runs.push(run);
  }
  if (!args.includes("--no-fnc")) {
    const limit = argValue(args, "fnc-headlines");
    await runFnc(dataDir, limit ? { headlines: Number(limit) } : {});
  }
  process.stdout.write("\n");
  for (const run of runs) process.stdout.write(`${splitLine(run)}\n`);
}
