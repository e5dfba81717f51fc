/**
 * @module Online TF-IDF: a growing vocabulary with document frequencies updated as articles arrive
 * (Miranda et al. 2018 compute IDF over the stream seen so far), and sparse unit vectors
 * (sub-linear TF × smoothed IDF, truncated to the strongest features) in typed arrays.
 */

export interface SparseVector {
  /** Feature ids, in decreasing weight order. */
  readonly ids: Int32Array;
  /** Weights, L2-normalized. */
  readonly weights: Float32Array;
}

export const EMPTY_VECTOR: SparseVector = { ids: new Int32Array(0), weights: new Float32Array(0) };

/** A vocabulary of feature strings with online document frequencies. */
export class OnlineIdf {
  private readonly ids = new Map<string, number>();
  private df = new Int32Array(1024);
  private docs = 0;

  get documents(): number {
    return this.docs;
  }

  get size(): number {
    return this.ids.size;
  }

  /** Count one document's features, then return its TF-IDF vector (top `maxFeatures`, unit length). */
  addAndVectorize(counts: ReadonlyMap<string, number>, maxFeatures: number): SparseVector {
    this.docs++;
    const ids: number[] = [];
    for (const key of counts.keys()) {
      let id = this.ids.get(key);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(key, id);
        if (id >= this.df.length) {
          const grown = new Int32Array(this.df.length * 2);
          grown.set(this.df);
          this.df = grown;
        }
      }
      this.df[id] = (this.df[id] as number) + 1;
      ids.push(id);
    }
    const n = this.docs;
    const k = ids.length;
    const w = new Float64Array(k);
    let i = 0;
    for (const tf of counts.values()) {
      w[i] = (1 + Math.log(tf)) * (Math.log((1 + n) / (1 + (this.df[ids[i] as number] as number))) + 1);
      i++;
    }
    const order = Array.from({ length: k }, (_, j) => j);
    order.sort((a, b) => (w[b] as number) - (w[a] as number) || (ids[a] as number) - (ids[b] as number));
    const m = Math.min(k, maxFeatures);
    let norm = 0;
    for (let j = 0; j < m; j++) norm += (w[order[j] as number] as number) ** 2;
    norm = Math.sqrt(norm) || 1;
    const outIds = new Int32Array(m);
    const outW = new Float32Array(m);
    for (let j = 0; j < m; j++) {
      const o = order[j] as number;
      outIds[j] = ids[o] as number;
      outW[j] = (w[o] as number) / norm;
    }
    return { ids: outIds, weights: outW };
  }
}

/** A cluster centroid: the sum of its members' unit vectors, pruned to its strongest features. */
export class Centroid {
  private readonly sums = new Map<number, number>();
  private normSq = 0;

  constructor(private readonly maxFeatures: number) {}

  get norm(): number {
    return Math.sqrt(this.normSq);
  }

  /** Dot product with a sparse vector. */
  dot(v: SparseVector): number {
    let s = 0;
    for (let i = 0; i < v.ids.length; i++) s += (v.weights[i] as number) * (this.sums.get(v.ids[i] as number) ?? 0);
    return s;
  }

  /** Cosine similarity with a unit vector (0 when either is empty). */
  cosine(v: SparseVector): number {
    if (this.normSq === 0 || v.ids.length === 0) return 0;
    return this.dot(v) / Math.sqrt(this.normSq);
  }

  add(v: SparseVector): void {
    for (let i = 0; i < v.ids.length; i++) {
      const id = v.ids[i] as number;
      const old = this.sums.get(id) ?? 0;
      const w = old + (v.weights[i] as number);
      this.sums.set(id, w);
      this.normSq += w * w - old * old;
    }
    if (this.sums.size > this.maxFeatures * 2) this.prune();
  }

  private prune(): void {
    const entries = [...this.sums.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, this.maxFeatures);
    this.sums.clear();
    this.normSq = 0;
    for (const [id, w] of entries) {
      this.sums.set(id, w);
      this.normSq += w * w;
    }
  }
}
