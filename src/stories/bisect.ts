/**
 * @module Spectral bisection of one story's articles: the sign pattern of the second eigenvector
 * of the normalized similarity matrix (power iteration from a start that depends only on the
 * articles, sorted by id), cut where the normalized cut is smallest. A story holding two events
 * falls apart along it even when a greedy merge, bridged by a few articles, would not.
 */

/** Two parts of `n` items with pairwise similarity `sim` (each at least `minPart` items), or null. */
export function bisect(n: number, sim: (i: number, j: number) => number, minPart: number): [number[], number[]] | null {
  if (n < 2 * minPart) return null;
  const w: Float64Array[] = Array.from({ length: n }, () => new Float64Array(n));
  const deg = new Float64Array(n);
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const v = Math.max(0, sim(i, j));
      (w[i] as Float64Array)[j] = v;
      (w[j] as Float64Array)[i] = v;
      deg[i] = (deg[i] as number) + v;
      deg[j] = (deg[j] as number) + v;
    }
  if (deg.some((d) => d <= 0)) return null;
  const s = Array.from(deg, (d) => 1 / Math.sqrt(d));
  // First eigenvector of D^-1/2 W D^-1/2 is D^1/2 1; iterate (M + I)/2 orthogonal to it.
  const v1 = Array.from(deg, (d) => Math.sqrt(d));
  const norm1 = Math.sqrt(v1.reduce((a, x) => a + x * x, 0));
  for (let i = 0; i < n; i++) v1[i] = (v1[i] as number) / norm1;
  let x = Array.from({ length: n }, (_, i) => Math.cos(i * 2.399963) + 0.5 * Math.sin(i * 1.3));
  const orth = (y: number[]): void => {
    let p = 0;
    for (let i = 0; i < n; i++) p += (y[i] as number) * (v1[i] as number);
    for (let i = 0; i < n; i++) y[i] = (y[i] as number) - p * (v1[i] as number);
    const nn = Math.sqrt(y.reduce((a, t) => a + t * t, 0)) || 1;
    for (let i = 0; i < n; i++) y[i] = (y[i] as number) / nn;
  };
  orth(x);
  for (let it = 0; it < 200; it++) {
    const y = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) {
      const row = w[i] as Float64Array;
      let t = 0;
      for (let j = 0; j < n; j++) t += (row[j] as number) * (s[j] as number) * (x[j] as number);
      y[i] = ((s[i] as number) * t + (x[i] as number)) / 2;
    }
    orth(y);
    let diff = 0;
    for (let i = 0; i < n; i++) diff += Math.abs((y[i] as number) - (x[i] as number));
    x = y;
    if (diff < 1e-9 * n) break;
  }
  const f = x.map((v, i) => v * (s[i] as number));
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (f[a] as number) - (f[b] as number) || a - b);
  // Sweep: the cut with the smallest normalized cut, both sides at least minPart.
  const total = deg.reduce((a, d) => a + d, 0);
  let volA = 0;
  let cut = 0;
  const inA = new Uint8Array(n);
  let best = Infinity;
  let bestK = -1;
  for (let k = 0; k < n - 1; k++) {
    const i = order[k] as number;
    const row = w[i] as Float64Array;
    let toA = 0;
    for (let j = 0; j < n; j++) if (inA[j]) toA += row[j] as number;
    cut += (deg[i] as number) - 2 * toA;
    volA += deg[i] as number;
    inA[i] = 1;
    if (k + 1 < minPart || n - k - 1 < minPart) continue;
    const ncut = cut / volA + cut / (total - volA);
    if (ncut < best) [best, bestK] = [ncut, k];
  }
  if (bestK < 0) return null;
  const a = order.slice(0, bestK + 1).sort((p, q) => p - q);
  const b = order.slice(bestK + 1).sort((p, q) => p - q);
  return a[0] === 0 ? [a, b] : [b, a];
}
