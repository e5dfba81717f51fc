/**
 * @module Online TF-IDF: a growing vocabulary with document frequencies updated as articles arrive
 * (Miranda et al. 2018 compute IDF over the stream seen so far), sparse unit vectors (sub-linear
 * TF × smoothed IDF, truncated to the strongest features) in typed arrays, and the dense query
 * that story centroids (centroid.ts) are scored against.
 */

export interface SparseVector {
  /** Feature ids, in decreasing weight order. */
  readonly ids: Int32Array;
  /** Weights, L2-normalized. */
  readonly weights: Float32Array;
}

export const EMPTY_VECTOR: SparseVector = { ids: new Int32Array(0), weights: new Float32Array(0) };

/**
 * A vocabulary of feature strings with online document frequencies. `background` counts that many
 * documents, seen before the stream, in which no feature occurs: IDF = ln((1 + n + B) / (1 + df)) + 1.
 * Without it, a small batch on one event (six articles) gives the event's own words, found in every
 * article, the lowest weight of all, so its articles look unrelated; with it, they keep nearly their
 * full weight until the stream is large enough to tell common words apart (B is negligible then).
 */
export class OnlineIdf {
  constructor(private readonly background = 0) {}

  private readonly ids = new Map<string, number>();
  /** Feature id → its string. */
  private readonly keys: string[] = [];
  private df = new Int32Array(1024);
  private docs = 0;
  // The document being gathered: its feature ids (in order of first count), their counts (by id),
  // and which ids it counted (the document's number + 1, by id).
  private readonly gathered: number[] = [];
  private acc = new Float64Array(1024);
  private seen = new Int32Array(1024);
  // Scratch of `vectorize`: weights, their order, the result.
  private ws = new Float64Array(256);
  private readonly order: number[] = [];
  private outIds = new Int32Array(256);
  private outWeights = new Float32Array(256);

  get documents(): number {
    return this.docs;
  }

  get size(): number {
    return this.ids.size;
  }

  /** The id of a feature, added to the vocabulary (with document frequency 0) when new. */
  idOf(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
      this.keys.push(key);
      if (id >= this.df.length) {
        this.df = grow(this.df, id + 1);
        this.acc = grow(this.acc, id + 1);
        this.seen = grow(this.seen, id + 1);
      }
    }
    return id;
  }

  /** The feature string of an id handed out by `idOf`. */
  keyOf(id: number): string {
    const key = this.keys[id];
    if (key === undefined) throw new RangeError(`no feature ${id}`);
    return key;
  }

  /**
   * Documents counted before the stream (a store's articles filed earlier): `documents` more
   * documents, in which the features `df` gives occur that often. The stream's documents then
   * count on top, so IDF is that of the earlier documents and the stream together.
   */
  countBefore(documents: number, df: Iterable<readonly [string, number]>): void {
    this.docs += documents;
    for (const [key, n] of df) {
      const id = this.idOf(key);
      this.df[id] = (this.df[id] as number) + n;
    }
  }

  /** Add `tf` to feature `id`'s count in the document being gathered (see `vectorize`). */
  count(id: number, tf: number): void {
    if (this.seen[id] !== this.docs + 1) {
      this.seen[id] = this.docs + 1;
      this.acc[id] = 0;
      this.gathered.push(id);
    }
    this.acc[id] = (this.acc[id] as number) + tf;
  }

  /**
   * Count one document's features (given as a map), then return its TF-IDF vector, as `vectorize`.
   */
  addAndVectorize(counts: ReadonlyMap<string, number>, maxFeatures: number): SparseVector {
    for (const [key, tf] of counts) this.count(this.idOf(key), tf);
    return this.vectorize(maxFeatures);
  }

  /**
   * Close the document gathered with `count`: update document frequencies and return its TF-IDF
   * vector (top `maxFeatures`, unit length, strongest first; ties by feature id). The vector
   * lives in this vocabulary's scratch buffers: it is valid until the next call (copy it, e.g.
   * into a `VectorPool`, to keep it), which spares two typed arrays per article.
   */
  vectorize(maxFeatures: number): SparseVector {
    this.docs++;
    const ids = this.gathered;
    const k = ids.length;
    if (k > this.ws.length) {
      const cap = Math.max(k, this.ws.length * 2);
      this.ws = new Float64Array(cap);
      this.outIds = new Int32Array(cap);
      this.outWeights = new Float32Array(cap);
    }
    const w = this.ws;
    const n = this.docs;
    for (let i = 0; i < k; i++) {
      const id = ids[i] as number;
      const df = (this.df[id] as number) + 1;
      this.df[id] = df;
      w[i] = (1 + Math.log(this.acc[id] as number)) * (Math.log((1 + n + this.background) / (1 + df)) + 1);
    }
    const order = this.order;
    order.length = k;
    for (let j = 0; j < k; j++) order[j] = j;
    order.sort((a, b) => (w[b] as number) - (w[a] as number) || (ids[a] as number) - (ids[b] as number));
    const m = Math.min(k, maxFeatures);
    let norm = 0;
    for (let j = 0; j < m; j++) norm += (w[order[j] as number] as number) ** 2;
    norm = Math.sqrt(norm) || 1;
    const outIds = this.outIds;
    const outW = this.outWeights;
    for (let j = 0; j < m; j++) {
      const o = order[j] as number;
      outIds[j] = ids[o] as number;
      outW[j] = (w[o] as number) / norm;
    }
    ids.length = 0;
    return { ids: outIds.subarray(0, m), weights: outW.subarray(0, m) };
  }
}

/** A copy of `a` with room for at least `min` entries (doubling). */
function grow<T extends Int32Array<ArrayBuffer> | Float64Array<ArrayBuffer>>(a: T, min: number): T {
  const b = new (a.constructor as new (n: number) => T)(Math.max(min, a.length * 2));
  b.set(a);
  return b;
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
    this.loadScaled(v.ids, v.weights, 1);
    this.loaded = v;
  }

  /** Load `weights × scale` at `ids` (a vector that is not a unit `SparseVector`, e.g. a centroid). */
  loadScaled(ids: Int32Array, weights: ArrayLike<number>, scale: number): void {
    this.clear();
    let max = -1;
    for (let i = 0; i < ids.length; i++) max = Math.max(max, ids[i] as number);
    if (max >= this.values.length) this.values = new Float64Array(Math.max(max + 1, this.values.length * 2));
    for (let i = 0; i < ids.length; i++) this.values[ids[i] as number] = (weights[i] as number) * scale;
    this.loaded = { ids, weights: EMPTY_WEIGHTS };
  }

  /** Whether nothing (or an empty vector) is loaded. */
  get empty(): boolean {
    return this.loaded.ids.length === 0;
  }

  /** The weight of feature `id` (0 when absent). */
  at(id: number): number {
    return id < this.values.length ? (this.values[id] as number) : 0;
  }

  clear(): void {
    const ids = this.loaded.ids;
    for (let i = 0; i < ids.length; i++) this.values[ids[i] as number] = 0;
    this.loaded = EMPTY_VECTOR;
  }
}

const EMPTY_WEIGHTS = new Float32Array(0);
