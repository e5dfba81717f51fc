/**
 * @module The optional sentence encoder (src/knowledge/encoder.ts, Universal Sentence Encoder) on
 * MSRP, run by `npm run bench -- paraphrase --encoder use` (or TRIANGULATE_ENCODER=use): its cost
 * (load time, sentences per second, memory) and three ways to use it, none fitted on MSRP:
 * - the encoder's cosine alone, at the threshold that maximizes accuracy on the project's own
 *   hand-labelled pairs (own-pairs.ts);
 * - the paraphrase model refitted on those pairs with the cosine as one more feature;
 * - that refitted model only for the pairs the default model leaves undecided (similarity within
 *   UNDECIDED of its threshold, a band fixed beforehand), the default model's decision elsewhere:
 *   only those pairs' sentences need embedding.
 */
import { cosine, loadUniversalSentenceEncoder, type SentenceEncoder } from "./use-encoder.ts";
import { DEFAULT_PARAPHRASE_THRESHOLD, similarity, type SimFeatures } from "../../src/crosscheck/similarity.ts";
import { logit, sigmoid } from "../../src/crosscheck/similarity/model.ts";
import { FEATURE_SIGNS, pairVector } from "../../src/crosscheck/similarity/pair.ts";
import { bestThreshold, crossValidate, fitLogistic, metrics, type Metrics } from "./fit.ts";
import type { Prepared } from "./index.ts";

/** Half-width of the band of similarity() around the paraphrase threshold where a pair counts as undecided. */
export const UNDECIDED = 0.15;

const f3 = (x: number): string => x.toFixed(3);
const mb = (bytes: number): string => `${Math.round(bytes / 1e6)} MB`;
const line = (m: Metrics): string => `accuracy ${f3(m.accuracy)}  precision ${f3(m.precision)}  recall ${f3(m.recall)}  F1 ${f3(m.f1)}`;

/** The encoder's cosine of each pair, embedding only the pairs `wanted` picks (others get NaN). */
async function cosines(encoder: SentenceEncoder, p: Prepared, wanted: (i: number) => boolean = () => true): Promise<number[]> {
  const idx = p.pairs.map((_, i) => i).filter(wanted);
  const a = await encoder.embed(idx.map((i) => p.pairs[i]?.a ?? ""));
  const b = await encoder.embed(idx.map((i) => p.pairs[i]?.b ?? ""));
  const out = p.pairs.map(() => Number.NaN);
  idx.forEach((i, k) => (out[i] = cosine(a[k] as Float32Array, b[k] as Float32Array)));
  return out;
}

const vectors = (p: Prepared, cos: readonly number[]): number[][] =>
  p.pairs.map((_, i) => [...pairVector(p.a[i] as SimFeatures, p.b[i] as SimFeatures, p.idf), cos[i] ?? 0]);

/** Area under the ROC curve: the chance a random paraphrase scores above a random non-paraphrase (ties half). */
export function auc(scores: readonly number[], ys: readonly number[]): number {
  const order = scores.map((s, i) => [s, ys[i] ?? 0] as const).sort((x, y) => x[0] - y[0]);
  let negBelow = 0;
  let sum = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    let pos = 0;
    let neg = 0;
    for (; j < order.length && order[j]?.[0] === order[i]?.[0]; j++) {
      if (order[j]?.[1] === 1) pos++;
      else neg++;
    }
    sum += pos * (negBelow + neg / 2);
    negBelow += neg;
    i = j;
  }
  const positives = ys.filter((y) => y === 1).length;
  return sum / Math.max(1, positives * (ys.length - positives));
}

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * Loads the encoder, embeds `own` (to choose thresholds and fit; `stories` names each pair's story,
 * for held-out-story cross-validation) and `test` (to measure), and prints the figures.
 */
export async function measureEncoder(own: Prepared, stories: readonly string[], test: Prepared): Promise<void> {
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const encoder = await loadUniversalSentenceEncoder();
  const loadMs = performance.now() - t0;
  const rssLoaded = process.memoryUsage().rss;
  const ownCos = await cosines(encoder, own);
  const ownYs = own.pairs.map((p) => p.label);
  const gold = test.pairs.map((p) => p.label);

  // Undecided-only first, so its embedding count is the cost of that use alone.
  const base = test.pairs.map((_, i) => similarity(test.a[i] as SimFeatures, test.b[i] as SimFeatures, test.idf));
  const undecided = (i: number): boolean => Math.abs((base[i] ?? 0) - DEFAULT_PARAPHRASE_THRESHOLD) < UNDECIDED;
  const before = encoder.stats.embedded;
  const partial = await cosines(encoder, test, undecided);
  const undecidedSentences = encoder.stats.embedded - before;

  const [embedded0, ms0, cpu0] = [encoder.stats.embedded, encoder.stats.ms, cpuMs()];
  const testCos = await cosines(encoder, test);
  const embedded = encoder.stats.embedded - embedded0;
  const wallPerSec = (embedded / (encoder.stats.ms - ms0)) * 1000;
  const cpuPerSec = (embedded / (cpuMs() - cpu0)) * 1000;
  const rssEnd = process.memoryUsage().rss;

  console.log(`sentence encoder (Universal Sentence Encoder, ${encoder.name}): load ${Math.round(loadMs)} ms, RSS +${mb(rssLoaded - rss0)} loaded, +${mb(rssEnd - rss0)} after embedding (${mb(rssEnd)} in all)`);
  console.log(`  speed: ${Math.round(wallPerSec)} sentences/s wall, ${Math.round(cpuPerSec)} per CPU second (${embedded} MSRP test sentences, batches of 16)`);

  const band = test.pairs.map((_, i) => i).filter(undecided);
  const pick = (xs: readonly number[]): number[] => band.map((i) => xs[i] ?? 0);
  console.log(`  ranking (AUC, no threshold): cosine ${f3(auc(testCos, gold))}, default similarity ${f3(auc(base, gold))}; among undecided pairs ${f3(auc(pick(testCos), pick(gold)))} and ${f3(auc(pick(base), pick(gold)))}`);
  const alone = bestThreshold(ownCos, ownYs);
  const aloneM = metrics(testCos.map((c) => c >= alone.threshold), gold);
  console.log(`  cosine alone, threshold ${f3(alone.threshold)} chosen on the own pairs (accuracy there ${f3(alone.accuracy)}): MSRP ${line(aloneM)}`);

  const signs = [...FEATURE_SIGNS, 1];
  const xsOwn = vectors(own, ownCos);
  const plain = crossValidate(xsOwn.map((x) => x.slice(0, -1)), ownYs, stories, { signs: FEATURE_SIGNS });
  const withCos = crossValidate(xsOwn, ownYs, stories, { signs });
  const model = fitLogistic(xsOwn, ownYs, { signs });
  const prob = (x: readonly number[]): number => sigmoid(logit(x, model.weights, model.bias));
  const cut = bestThreshold(xsOwn.map(prob), ownYs).threshold;
  const combined = vectors(test, testCos).map(prob);
  const combinedM = metrics(combined.map((p) => p >= cut), gold);
  console.log(`  model + cosine (refitted on the own pairs, cosine weight ${f3(model.weights.at(-1) ?? 0)}; held-out-story accuracy there ${f3(withCos.accuracy)} vs ${f3(plain.accuracy)} without): MSRP ${line(combinedM)}`);

  const partialVec = vectors(test, partial.map((c) => (Number.isNaN(c) ? 0 : c)));
  const mixed = test.pairs.map((_, i) => (undecided(i) ? prob(partialVec[i] ?? []) >= cut : (base[i] ?? 0) >= DEFAULT_PARAPHRASE_THRESHOLD));
  const share = test.pairs.filter((_, i) => undecided(i)).length / Math.max(1, test.pairs.length);
  console.log(`  model + cosine for undecided pairs only (similarity within ${UNDECIDED} of ${DEFAULT_PARAPHRASE_THRESHOLD}: ${f3(share)} of pairs, ${undecidedSentences} sentences embedded): MSRP ${line(metrics(mixed, gold))}`);
  console.log(`encoder accuracy=${f3(aloneM.accuracy)} f1=${f3(aloneM.f1)} combinedAccuracy=${f3(combinedM.accuracy)} combinedF1=${f3(combinedM.f1)} sentencesPerSec=${Math.round(wallPerSec)} loadMs=${Math.round(loadMs)} rssMB=${Math.round((rssEnd - rss0) / 1e6)}`);
}
