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

/**
 * A dense copy of one sparse vector, indexed by feature id: loaded once per article so that the
 * dot products with many centroids read each centroid's arrays in sequence instead of probing
 * hash maps (whose cache misses grow with the number of stories).
 */
export class DenseQuery {
  private values = new Float64Array(1024);
  private loaded: SparseVector = EMPTY_VECTOR;

  /** Load `v` (replacing the vector loaded before). */
  load(v: SparseVector): void {
    this.clear();
    let max = -1;
    for (let i = 0; i < v.ids.length; i++) max = Math.max(max, v.ids[i] as number);
    if (max >= this.values.length) this.values = new Float64Array(Math.max(max + 1, this.values.length * 2));
    for (let i = 0; i < v.ids.length; i++) this.values[v.ids[i] as number] = v.weights[i] as number;
    this.loaded = v;
  }

  /** The loaded vector. */
  get vector(): SparseVector {
    return this.loaded;
  }

  /** The weight of feature `id` (0 when absent). */
  at(id: number): number {
    return id < this.values.length ? (this.values[id] as number) : 0;
  }

  clear(): void {
    const v = this.loaded;
    for (let i = 0; i < v.ids.length; i++) this.values[v.ids[i] as number] = 0;
    this.loaded = EMPTY_VECTOR;
  }
}

/** Slot of each feature id in the centroid being updated, plus one (0: absent); shared scratch, all zero between calls. */
let slotScratch = new Int32Array(1024);

/**
 * A cluster centroid: the sum of its members' unit vectors, pruned to its strongest features,
 * in parallel typed arrays (feature ids, sums) in no particular order.
 */
export class Centroid {
  private ids = new Int32Array(16);
  private sums = new Float64Array(16);
  private size = 0;
  private normSq = 0;

  constructor(private readonly maxFeatures: number) {}

  get norm(): number {
    return Math.sqrt(this.normSq);
  }

  /** Dot product with the vector loaded in `q`. */
  dotDense(q: DenseQuery): number {
    if (q.vector.ids.length === 0) return 0;
    const ids = this.ids;
    const sums = this.sums;
    let s = 0;
    for (let j = 0; j < this.size; j++) s += (sums[j] as number) * q.at(ids[j] as number);
    return s;
  }

  /** Cosine similarity with the unit vector loaded in `q` (0 when either is empty). */
  cosineDense(q: DenseQuery): number {
    if (this.normSq === 0) return 0;
    return this.dotDense(q) / Math.sqrt(this.normSq);
  }

  /** Cosine similarity with each of `vs` (unit vectors; 0 when either is empty). */
  cosines(vs: readonly SparseVector[]): number[] {
    const q = new DenseQuery();
    // The centroid loaded as the dense side: one pass over it, then one lookup per member feature.
    q.load({ ids: this.ids.subarray(0, this.size), weights: Float32Array.from(this.sums.subarray(0, this.size)) });
    const norm = Math.sqrt(this.normSq);
    return vs.map((v) => {
      if (norm === 0 || v.ids.length === 0) return 0;
      let s = 0;
      for (let i = 0; i < v.ids.length; i++) s += (v.weights[i] as number) * q.at(v.ids[i] as number);
      return s / norm;
    });
  }

  add(v: SparseVector): void {
    let max = -1;
    for (let i = 0; i < v.ids.length; i++) max = Math.max(max, v.ids[i] as number);
    for (let j = 0; j < this.size; j++) max = Math.max(max, this.ids[j] as number);
    if (max >= slotScratch.length) slotScratch = new Int32Array(Math.max(max + 1, slotScratch.length * 2));
    const slots = slotScratch;
    if (this.size + v.ids.length > this.ids.length) this.grow(this.size + v.ids.length);
    for (let j = 0; j < this.size; j++) slots[this.ids[j] as number] = j + 1;
    for (let i = 0; i < v.ids.length; i++) {
      const id = v.ids[i] as number;
      let slot = (slots[id] as number) - 1;
      if (slot < 0) {
        slot = this.size++;
        this.ids[slot] = id;
        this.sums[slot] = 0;
        slots[id] = slot + 1;
      }
      const old = this.sums[slot] as number;
      const w = old + (v.weights[i] as number);
      this.sums[slot] = w;
      this.normSq += w * w - old * old;
    }
    for (let j = 0; j < this.size; j++) slots[this.ids[j] as number] = 0;
    if (this.size > this.maxFeatures * 2) this.prune();
  }

  private grow(min: number): void {
    const cap = Math.max(min, Math.ceil(this.ids.length * 1.5));
    const ids = new Int32Array(cap);
    const sums = new Float64Array(cap);
    ids.set(this.ids.subarray(0, this.size));
    sums.set(this.sums.subarray(0, this.size));
    this.ids = ids;
    this.sums = sums;
  }

  private prune(): void {
    const order = Array.from({ length: this.size }, (_, j) => j);
    order.sort((a, b) => (this.sums[b] as number) - (this.sums[a] as number) || (this.ids[a] as number) - (this.ids[b] as number));
    const keep = order.slice(0, this.maxFeatures);
    const ids = new Int32Array(this.maxFeatures + Math.ceil(this.maxFeatures / 2));
    const sums = new Float64Array(ids.length);
    this.normSq = 0;
    keep.forEach((o, j) => {
      ids[j] = this.ids[o] as number;
      const w = this.sums[o] as number;
      sums[j] = w;
      this.normSq += w * w;
    });
    this.ids = ids;
    this.sums = sums;
    this.size = keep.length;
  }
}

/** Where a pooled vector lies: its chunk, first slot and length. */
export interface PooledRef {
  readonly chunk: number;
  readonly offset: number;
  readonly length: number;
}

/**
 * Sparse vectors kept for later, packed into large shared typed arrays: one pair of buffers per
 * 2^18 features instead of a pair per vector, so hundreds of thousands of kept vectors add
 * little garbage-collector work.
 */
export class VectorPool {
  private static readonly CHUNK = 1 << 18;
  private readonly ids: Int32Array[] = [];
  private readonly weights: Float32Array[] = [];
  private used = VectorPool.CHUNK;

  add(v: SparseVector): PooledRef {
    const n = v.ids.length;
    if (this.used + n > VectorPool.CHUNK) {
      const size = Math.max(VectorPool.CHUNK, n);
      this.ids.push(new Int32Array(size));
      this.weights.push(new Float32Array(size));
      this.used = 0;
    }
    const chunk = this.ids.length - 1;
    (this.ids[chunk] as Int32Array).set(v.ids, this.used);
    (this.weights[chunk] as Float32Array).set(v.weights, this.used);
    const ref = { chunk, offset: this.used, length: n };
    this.used += n;
    return ref;
  }

  /** A view of a pooled vector (shares the pool's memory). */
  view(ref: PooledRef): SparseVector {
    const end = ref.offset + ref.length;
    const ids = this.ids[ref.chunk];
    const weights = this.weights[ref.chunk];
    if (!ids || !weights) return EMPTY_VECTOR;
    return { ids: ids.subarray(ref.offset, end), weights: weights.subarray(ref.offset, end) };
  }
}
