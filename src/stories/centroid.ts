/**
 * @module Story centroids: the sum of a story's article vectors, pruned to its strongest features,
 * in typed arrays; cosines with a dense query (an article), with member vectors (the story's
 * most central article) and with another centroid (two stories that may merge).
 */
import { DenseQuery, type SparseVector } from "./vectors.ts";

/** The dense side of centroid-wide products (`cosines`, `cosineCentroid`); all zero between calls. */
const scratch = new DenseQuery();

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
    if (q.empty) return 0;
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
    // The centroid loaded as the dense side: one pass over it, then one lookup per member feature.
    // The dense side is a shared scratch: a fresh one per story would allocate a vocabulary-sized
    // array per story, which made reading all stories cost stories × vocabulary.
    const norm = Math.sqrt(this.normSq);
    const q = scratch;
    q.loadScaled(this.ids.subarray(0, this.size), this.sums, 1);
    const out = vs.map((v) => {
      if (norm === 0 || v.ids.length === 0) return 0;
      let s = 0;
      for (let i = 0; i < v.ids.length; i++) s += (v.weights[i] as number) * q.at(v.ids[i] as number);
      return s / norm;
    });
    q.clear();
    return out;
  }

  /** Cosine similarity with another centroid (0 when either is empty). */
  cosineCentroid(other: Centroid): number {
    if (this.normSq === 0 || other.normSq === 0) return 0;
    const q = scratch;
    q.loadScaled(this.ids.subarray(0, this.size), this.sums, 1 / Math.sqrt(this.normSq));
    const cos = other.cosineDense(q);
    q.clear();
    return cos;
  }

  /** Add a member's unit vector. */
  add(v: SparseVector): void {
    this.addSums(v.ids, v.weights, v.ids.length);
  }

  /** Add another centroid's sums (two stories merging). */
  addCentroid(other: Centroid): void {
    this.addSums(other.ids, other.sums, other.size);
  }

  private addSums(vIds: Int32Array, vWeights: ArrayLike<number>, n: number): void {
    let max = -1;
    for (let i = 0; i < n; i++) max = Math.max(max, vIds[i] as number);
    for (let j = 0; j < this.size; j++) max = Math.max(max, this.ids[j] as number);
    if (max >= slotScratch.length) slotScratch = new Int32Array(Math.max(max + 1, slotScratch.length * 2));
    const slots = slotScratch;
    if (this.size + n > this.ids.length) this.grow(this.size + n);
    for (let j = 0; j < this.size; j++) slots[this.ids[j] as number] = j + 1;
    for (let i = 0; i < n; i++) {
      const id = vIds[i] as number;
      let slot = (slots[id] as number) - 1;
      if (slot < 0) {
        slot = this.size++;
        this.ids[slot] = id;
        this.sums[slot] = 0;
        slots[id] = slot + 1;
      }
      const old = this.sums[slot] as number;
      const w = old + (vWeights[i] as number);
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
