/**
 * @module Sparse vectors kept for later (each article's story features), packed into large shared
 * typed arrays and named by a number: one pair of buffers per 2^18 features instead of a pair per
 * vector, and no object per vector, so hundreds of thousands of kept vectors add little
 * garbage-collector work.
 */
import type { SparseVector } from "./vectors.ts";

const CHUNK = 1 << 18;

export class VectorPool {
  private readonly ids: Int32Array[] = [];
  private readonly weights: Float32Array[] = [];
  private used = CHUNK;
  /** Per vector: its chunk, first slot and length. */
  private chunkOf = new Int32Array(1024);
  private offsetOf = new Int32Array(1024);
  private lengthOf = new Int32Array(1024);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Keep a copy of `v`; returns its handle (0, 1, 2, … in order of addition). */
  add(v: SparseVector): number {
    const n = v.ids.length;
    // The first vector opens the first chunk even when it is empty (an article with no words left).
    if (this.ids.length === 0 || this.used + n > CHUNK) {
      const size = Math.max(CHUNK, n);
      this.ids.push(new Int32Array(size));
      this.weights.push(new Float32Array(size));
      this.used = 0;
    }
    const chunk = this.ids.length - 1;
    (this.ids[chunk] as Int32Array).set(v.ids, this.used);
    (this.weights[chunk] as Float32Array).set(v.weights, this.used);
    const handle = this.count++;
    if (handle >= this.chunkOf.length) {
      const grow = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.chunkOf = grow(this.chunkOf);
      this.offsetOf = grow(this.offsetOf);
      this.lengthOf = grow(this.lengthOf);
    }
    this.chunkOf[handle] = chunk;
    this.offsetOf[handle] = this.used;
    this.lengthOf[handle] = n;
    this.used += n;
    return handle;
  }

  /** A view of a kept vector (shares the pool's memory). */
  view(handle: number): SparseVector {
    if (!(handle >= 0 && handle < this.count)) throw new RangeError(`no pooled vector ${handle}`);
    const chunk = this.chunkOf[handle] as number;
    const start = this.offsetOf[handle] as number;
    const end = start + (this.lengthOf[handle] as number);
    return { ids: (this.ids[chunk] as Int32Array).subarray(start, end), weights: (this.weights[chunk] as Float32Array).subarray(start, end) };
  }
}
