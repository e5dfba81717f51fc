/**
 * @module Logistic regression by full-batch gradient descent on standardized features (from zero
 * weights, fixed step count: deterministic), returned as weights on the raw features.
 */

export interface FitOptions {
  readonly steps?: number;
  readonly rate?: number;
  /** L2 penalty on the standardized weights. */
  readonly l2?: number;
  /** Per feature: +1 keeps its weight ≥ 0, -1 keeps it ≤ 0 (projected gradient descent), 0 leaves it free. */
  readonly signs?: readonly number[];
}

export interface Logistic {
  readonly weights: number[];
  readonly bias: number;
}

export function fitLogistic(xs: readonly (readonly number[])[], ys: readonly number[], options: FitOptions = {}): Logistic {
  const n = xs.length;
  const d = xs[0]?.length ?? 0;
  const mean = new Array<number>(d).fill(0);
  const sd = new Array<number>(d).fill(0);
  for (const x of xs) for (let j = 0; j < d; j++) mean[j] = (mean[j] ?? 0) + (x[j] ?? 0) / n;
  for (const x of xs) for (let j = 0; j < d; j++) sd[j] = (sd[j] ?? 0) + ((x[j] ?? 0) - (mean[j] ?? 0)) ** 2 / n;
  for (let j = 0; j < d; j++) sd[j] = Math.sqrt(sd[j] ?? 0) || 1;
  const z = xs.map((x) => x.map((v, j) => (v - (mean[j] ?? 0)) / (sd[j] ?? 1)));
  const w = new Array<number>(d).fill(0);
  let b = 0;
  const steps = options.steps ?? 3000;
  const rate = options.rate ?? 0.5;
  const l2 = options.l2 ?? 1e-4;
  const grad = new Array<number>(d).fill(0);
  for (let s = 0; s < steps; s++) {
    grad.fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const x = z[i] ?? [];
      let t = b;
      for (let j = 0; j < d; j++) t += (w[j] ?? 0) * (x[j] ?? 0);
      const err = 1 / (1 + Math.exp(-t)) - (ys[i] ?? 0);
      gb += err;
      for (let j = 0; j < d; j++) grad[j] = (grad[j] ?? 0) + err * (x[j] ?? 0);
    }
    b -= (rate * gb) / n;
    for (let j = 0; j < d; j++) {
      const next = (w[j] ?? 0) - rate * ((grad[j] ?? 0) / n + l2 * (w[j] ?? 0));
      const sign = options.signs?.[j] ?? 0;
      w[j] = sign * next < 0 ? 0 : next;
    }
  }
  const weights = w.map((v, j) => v / (sd[j] ?? 1));
  const bias = b - w.reduce((acc, v, j) => acc + (v * (mean[j] ?? 0)) / (sd[j] ?? 1), 0);
  return { weights, bias };
}

/** The threshold on scores that maximizes accuracy (ties: the lowest), scanning every distinct score. */
export function bestThreshold(scores: readonly number[], ys: readonly number[]): { threshold: number; accuracy: number } {
  const order = scores.map((s, i) => [s, ys[i] ?? 0] as const).sort((a, b) => a[0] - b[0]);
  // Threshold below everything: all predicted positive.
  let correct = order.filter(([, y]) => y === 1).length;
  let best = { threshold: order[0]?.[0] ?? 0.5, accuracy: correct / Math.max(1, order.length) };
  for (let i = 0; i < order.length; i++) {
    const [s, y] = order[i] ?? [0, 0];
    correct += y === 1 ? -1 : 1; // item i now predicted negative
    const next = order[i + 1]?.[0];
    if (next === undefined || next === s) continue;
    const acc = correct / order.length;
    if (acc > best.accuracy) best = { threshold: (s + next) / 2, accuracy: acc };
  }
  return best;
}

/**
 * Accuracy of fit-then-threshold on data the model has not seen: each group (a story) is held out in
 * turn, a model and its accuracy-maximizing threshold are fitted on the other groups, and the held-out
 * pairs are classified. Pairs of one story share sentences, so holding out whole stories keeps a
 * restated sentence from being tested against its own training pairs.
 */
export function crossValidate(
  xs: readonly (readonly number[])[],
  ys: readonly number[],
  groups: readonly string[],
  options: FitOptions = {},
): { accuracy: number; folds: number } {
  const names = [...new Set(groups)].sort();
  let correct = 0;
  let seen = 0;
  let folds = 0;
  for (const g of names) {
    const train = xs.map((_, i) => i).filter((i) => groups[i] !== g);
    const test = xs.map((_, i) => i).filter((i) => groups[i] === g);
    if (train.length === 0 || test.length === 0) continue;
    const tys = train.map((i) => ys[i] ?? 0);
    const model = fitLogistic(train.map((i) => xs[i] ?? []), tys, options);
    const score = (x: readonly number[]): number => 1 / (1 + Math.exp(-(model.bias + model.weights.reduce((s, w, j) => s + w * (x[j] ?? 0), 0))));
    const { threshold } = bestThreshold(train.map((i) => score(xs[i] ?? [])), tys);
    for (const i of test) if ((score(xs[i] ?? []) >= threshold) === (ys[i] === 1)) correct++;
    seen += test.length;
    folds++;
  }
  return { accuracy: seen > 0 ? correct / seen : 0, folds };
}

export interface Metrics {
  readonly accuracy: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Accuracy, and precision, recall and F1 of the positive class. */
export function metrics(predicted: readonly boolean[], gold: readonly number[]): Metrics {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let ok = 0;
  predicted.forEach((p, i) => {
    const g = gold[i] === 1;
    if (p === g) ok++;
    if (p && g) tp++;
    else if (p) fp++;
    else if (g) fn++;
  });
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { accuracy: ok / Math.max(1, predicted.length), precision, recall, f1 };
}
