/**
 * @module `npm run bench -- paraphrase [--data DIR] [--fit] [--errors N] [--candidates] [--encoder use]`: the MSRP paraphrase corpus.
 * Scores every test pair with similarity() (IDF over the test sentences) and prints accuracy,
 * precision, recall and F1 of the positive class at DEFAULT_PARAPHRASE_THRESHOLD, throughput, and
 * score medians of paraphrases, non-paraphrases and unrelated pairs (to retune callers' thresholds).
 * `--candidates [--out FILE]` lists the not yet labelled pairs of the project's own stories (candidates.ts).
 * `--encoder use` also measures the optional sentence encoder (encoder.ts; a few minutes).
 * `--fit` refits the logistic weights on hand-labelled pairs of the project's own texts (own-pairs.ts;
 * no benchmark data: MSRP measures, it never trains) and prints them for similarity/model.ts.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { argValue, repoRoot, requireDataset } from "../data.ts";
import {
  buildIdf,
  DEFAULT_PARAPHRASE_THRESHOLD,
  sentenceFeatures,
  similarity,
  type IdfTable,
  type SimFeatures,
} from "../../src/crosscheck/similarity.ts";
import { logit, sigmoid } from "../../src/crosscheck/similarity/model.ts";
import { FEATURE_NAMES, FEATURE_SIGNS, pairVector, PERFECT_VECTOR } from "../../src/crosscheck/similarity/pair.ts";
import { bestThreshold, crossValidate, fitLogistic, metrics } from "./fit.ts";
import { readMsrp, type MsrpPair } from "./msrp.ts";
import { ownPairs, type OwnPair } from "./own-pairs.ts";
import { main as listCandidates } from "./candidates.ts";
import { measureEncoder } from "./encoder.ts";
import { encoderChoice, ENCODER_PACKAGES } from "./use-encoder.ts";
import { TriangulateError } from "../../src/errors.ts";

export interface Prepared {
  readonly pairs: readonly MsrpPair[];
  readonly a: readonly SimFeatures[];
  readonly b: readonly SimFeatures[];
  readonly idf: IdfTable;
  readonly featureMs: number;
}

export function prepare(pairs: readonly { readonly a: string; readonly b: string; readonly label: 0 | 1 }[]): Prepared {
  const a = pairs.map((p) => sentenceFeatures(p.a));
  const b = pairs.map((p) => sentenceFeatures(p.b));
  // Time a second, warm pass (the first one also pays for JIT compilation and caches).
  const t0 = cpuMs();
  for (const p of pairs) {
    sentenceFeatures(p.a);
    sentenceFeatures(p.b);
  }
  const featureMs = cpuMs() - t0;
  return { pairs, a, b, idf: buildIdf([...a, ...b]), featureMs };
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((x, y) => x - y);
  return s.length === 0 ? Number.NaN : ((s[(s.length - 1) >> 1] ?? 0) + (s[s.length >> 1] ?? 0)) / 2;
};
const f3 = (x: number): string => x.toFixed(3);

function fit(own: readonly OwnPair[], test: Prepared): void {
  const train = prepare(own);
  const xs = train.pairs.map((_, i) => pairVector(train.a[i] as SimFeatures, train.b[i] as SimFeatures, train.idf));
  const ys = train.pairs.map((p) => p.label);
  console.log(`fitting on ${xs.length} hand-labelled pairs of the project's own texts (${ys.filter((y) => y === 1).length} paraphrases); MSRP is used only to measure`);
  const t0 = performance.now();
  const model = fitLogistic(xs, ys, { signs: FEATURE_SIGNS });
  const cv = crossValidate(xs, ys, own.map((p) => p.story), { signs: FEATURE_SIGNS });
  console.log(`held-out-story accuracy on those pairs: ${f3(cv.accuracy)} over ${cv.folds} stories (each story's pairs classified by a model fitted on the others)`);
  const probs = xs.map((x) => sigmoid(logit(x, model.weights, model.bias)));
  const best = bestThreshold(probs, ys);
  const testProbs = test.pairs.map((_, i) => sigmoid(logit(pairVector(test.a[i] as SimFeatures, test.b[i] as SimFeatures, test.idf), model.weights, model.bias)));
  const m = metrics(testProbs.map((p) => p >= best.threshold), test.pairs.map((p) => p.label));
  console.log(`fitted in ${Math.round(performance.now() - t0)} ms; accuracy on those pairs ${f3(best.accuracy)} at probability ≥ ${f3(best.threshold)}`);
  console.log(`the refit model on MSRP test: accuracy ${f3(m.accuracy)} P ${f3(m.precision)} R ${f3(m.recall)} F1 ${f3(m.f1)}`);
  console.log(`perfect-pair probability ${f3(sigmoid(logit(PERFECT_VECTOR, model.weights, model.bias)))}`);
  console.log("// paste into src/crosscheck/similarity/model.ts:");
  console.log(`export const WEIGHTS: readonly number[] = [\n${model.weights.map((w, j) => `  ${w.toFixed(4)}, // ${FEATURE_NAMES[j]}`).join("\n")}\n];`);
  console.log(`export const BIAS = ${model.bias.toFixed(4)};`);
  console.log(`export const PROBABILITY_THRESHOLD = ${best.threshold.toFixed(4)};`);
}

/** Milliseconds of CPU time this process has used (robust to other processes sharing the cores). */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Pairs per CPU second of similarity() over precomputed features, timed over at least ~1 s. */
function throughput(p: Prepared): number {
  let calls = 0;
  let sink = 0;
  const t0 = cpuMs();
  let elapsed = 0;
  while (elapsed < 1000) {
    for (let i = 0; i < p.pairs.length; i++) sink += similarity(p.a[i] as SimFeatures, p.b[i] as SimFeatures, p.idf);
    calls += p.pairs.length;
    elapsed = cpuMs() - t0;
  }
  if (Number.isNaN(sink)) console.log("(NaN score seen)");
  return (calls / elapsed) * 1000;
}

/** The sentence encoder's figures when asked for (`--encoder use`), else a line saying how to get them. */
async function encoderPart(args: string[], test: Prepared): Promise<void> {
  if (encoderChoice(argValue(args, "encoder") ?? process.env["TRIANGULATE_ENCODER"]) === "use") {
    const own = ownPairs();
    try {
      await measureEncoder(prepare(own), own.map((p) => p.story), test);
    } catch (e) {
      if (!(e instanceof TriangulateError && e.code === "NOT_FOUND")) throw e;
      console.log(`sentence encoder: not measured: ${e.message}`);
    }
    return;
  }
  const installed = existsSync(join(repoRoot, "node_modules", ENCODER_PACKAGES[2]));
  console.log(`sentence encoder: ${installed ? "installed" : "not installed"}; \`--encoder use\` measures it (about 4 minutes)`);
}

export async function main(args: string[]): Promise<void> {
  if (args.includes("--candidates")) {
    listCandidates(args);
    return;
  }
  const dir = requireDataset(args, "msrp");
  if (!dir) return;
  const testPath = join(dir, "msr_paraphrase_test.txt");
  if (!existsSync(testPath)) {
    console.log(`msrp: expected msr_paraphrase_test.txt in ${dir}; skipping.`);
    return;
  }
  const test = prepare(await readMsrp(testPath));
  if (args.includes("--fit")) fit(ownPairs(), test);
  const gold = test.pairs.map((p) => p.label);
  const scores = test.pairs.map((_, i) => similarity(test.a[i] as SimFeatures, test.b[i] as SimFeatures, test.idf));
  const m = metrics(scores.map((s) => s >= DEFAULT_PARAPHRASE_THRESHOLD), gold);
  const allPositive = metrics(scores.map(() => true), gold);
  const unrelated = test.pairs.map((_, i) => similarity(test.a[i] as SimFeatures, test.b[(i + 1) % test.pairs.length] as SimFeatures, test.idf));
  const pairsPerSec = throughput(test);
  const featuresPerSec = ((2 * test.pairs.length) / test.featureMs) * 1000;
  console.log(`MSRP test: ${test.pairs.length} pairs, ${gold.filter((g) => g === 1).length} paraphrases; threshold ${f3(DEFAULT_PARAPHRASE_THRESHOLD)}`);
  console.log(`  accuracy ${f3(m.accuracy)} (all-positive ${f3(allPositive.accuracy)})  precision ${f3(m.precision)}  recall ${f3(m.recall)}  F1 ${f3(m.f1)}`);
  console.log(`  median similarity: paraphrases ${f3(median(scores.filter((_, i) => gold[i] === 1)))}, non-paraphrases ${f3(median(scores.filter((_, i) => gold[i] === 0)))}, unrelated pairs ${f3(median(unrelated))}`);
  console.log(`  throughput: ${Math.round(pairsPerSec)} pairs per CPU second (similarity over precomputed features), ${Math.round(featuresPerSec)} sentences per CPU second (sentenceFeatures)`);
  const errors = Number(args[args.indexOf("--errors") + 1] ?? 0);
  if (args.includes("--errors") && errors > 0) {
    const wrong = test.pairs.map((p, i) => ({ p, s: scores[i] ?? 0 })).filter(({ p, s }) => (s >= DEFAULT_PARAPHRASE_THRESHOLD) !== (p.label === 1));
    for (const { p, s } of wrong.slice(0, errors)) console.log(`  [gold ${p.label} score ${f3(s)}]\n    ${p.a}\n    ${p.b}`);
  }
  await encoderPart(args, test);
  console.log(`paraphrase accuracy=${f3(m.accuracy)} precision=${f3(m.precision)} recall=${f3(m.recall)} f1=${f3(m.f1)} pairsPerSec=${Math.round(pairsPerSec)} featuresPerSec=${Math.round(featuresPerSec)}`);
}
