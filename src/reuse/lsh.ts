/**
 * @module Locality-sensitive hashing of MinHash signatures by banding: a signature is cut into
 * `bands` bands of `rows` slots; two items sharing any band's hash become candidates. With b bands
 * of r rows, a pair of Jaccard similarity s is found with probability 1 − (1 − s^r)^b.
 */
import { OptionError } from "../errors.ts";
import { combine } from "./hash.ts";

export interface LshOptions {
  readonly bands?: number;
  readonly rows?: number;
}

export class LshIndex {
  readonly bands: number;
  readonly rows: number;
  private readonly buckets: Map<number, number | number[]>[];
  private count = 0;

  constructor(options: LshOptions = {}) {
    this.bands = options.bands ?? 32;
    this.rows = options.rows ?? 4;
    if (!Number.isInteger(this.bands) || this.bands < 1 || !Number.isInteger(this.rows) || this.rows < 1)
      throw new OptionError(`LshIndex bands and rows must be positive integers, got ${this.bands} × ${this.rows}`);
    this.buckets = Array.from({ length: this.bands }, () => new Map<number, number | number[]>());
  }

  /** The probability that a pair of the given Jaccard similarity becomes a candidate. */
  static candidateProbability(similarity: number, bands: number, rows: number): number {
    return 1 - Math.pow(1 - Math.pow(similarity, rows), bands);
  }

  get size(): number {
    return this.count;
  }

  private bandKey(sig: Uint32Array, band: number): number {
    if (sig.length < this.bands * this.rows)
      throw new OptionError(`LshIndex needs signatures of ≥ ${this.bands * this.rows} slots, got ${sig.length}`);
    let h = band;
    const base = band * this.rows;
    for (let r = 0; r < this.rows; r++) h = combine(h, sig[base + r] as number);
    return h;
  }

  /** Index item `id` (a non-negative integer) under its signature. */
  add(id: number, sig: Uint32Array): void {
    for (let b = 0; b < this.bands; b++) {
      const key = this.bandKey(sig, b);
      const map = this.buckets[b] as Map<number, number | number[]>;
      const cur = map.get(key);
      if (cur === undefined) map.set(key, id);
      else if (typeof cur === "number") map.set(key, [cur, id]);
      else cur.push(id);
    }
    this.count++;
  }

  /** Ids of indexed items sharing at least one band with `sig`, ascending, without duplicates. */
  query(sig: Uint32Array): number[] {
    const seen = new Set<number>();
    for (let b = 0; b < this.bands; b++) {
      const cur = (this.buckets[b] as Map<number, number | number[]>).get(this.bandKey(sig, b));
      if (cur === undefined) continue;
      if (typeof cur === "number") seen.add(cur);
      else for (const id of cur) seen.add(id);
    }
    return [...seen].sort((x, y) => x - y);
  }
}
