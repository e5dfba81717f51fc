/**
 * @module How flat a stream's batch rates are: the last batch's rate against the first's, as the
 * target states it, and two estimates a noisy machine moves less: the median of the last `k`
 * batches against that of the first `k`, and the ratio a robust trend through every batch gives
 * at the last batch and the first (Theil–Sen: the median of the slopes between all pairs of
 * batches, so a few batches slowed by other processes do not tilt it).
 */

export interface Flatness {
  /** Last batch's rate / first batch's. */
  readonly ratio: number;
  /** Median rate of the last `k` batches / of the first `k`. */
  readonly median: number;
  /** The trend's rate at the last batch / at the first. */
  readonly trend: number;
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Theil–Sen line through (i, ys[i]): the median pairwise slope, and the median intercept for it. */
export function theilSen(ys: readonly number[]): { intercept: number; slope: number } {
  const slopes: number[] = [];
  for (let i = 0; i < ys.length; i++) for (let j = i + 1; j < ys.length; j++) slopes.push(((ys[j] as number) - (ys[i] as number)) / (j - i));
  const slope = slopes.length === 0 ? 0 : median(slopes);
  return { intercept: median(ys.map((y, i) => y - slope * i)), slope };
}

/**
 * Flatness of per-batch rates, from the seconds each batch of `size` articles took (the trend is
 * fitted to the seconds, which add up, not to the rates).
 */
export function flatness(seconds: readonly number[], k = 3): Flatness {
  const n = seconds.length;
  const rates = seconds.map((s) => 1 / s);
  const first = rates[0] ?? NaN;
  const last = rates[n - 1] ?? NaN;
  const fit = theilSen(seconds);
  return {
    ratio: last / first,
    median: median(rates.slice(-k)) / median(rates.slice(0, k)),
    trend: fit.intercept / (fit.intercept + fit.slope * (n - 1)),
  };
}
