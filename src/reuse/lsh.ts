/**
 * @module Locality-sensitive hashing of MinHash signatures by banding: a signature is cut into
 * `bands` bands of `rows` slots; two items sharing any band's hash become candidates. With b bands
 * of r rows, a pair of Jaccard similarity s is found with probability 1 − (1 − s^r)^b. Buckets live
 * in typed arrays: chained entries (8 bytes per item and band) under an open-addressing table of
 * band keys (12 bytes a slot, at most 3/4 full). A bucket keeps at most `maxBucket` items, so
 * boilerplate shared by thousands of texts cannot make the index quadratic.
 */
import { OptionError } from "../errors.ts";
import { combine } from "./hash.ts";

export interface LshOptions {
  /** Bands per signature (default 32). */
  readonly bands?: number;
  /** Signature slots per band (default 2). */
  readonly rows?: number;
  /**
   * Most items a bucket keeps (default 50). A later item is not added to a full bucket but still finds
   * the items in it, so a family of more near-copies than that stays linked to its first members.
   */
  readonly maxBucket?: number;
}

const MAX_LOAD = 0.75;

export class LshIndex {
  readonly bands: number;
  readonly rows: number;
  readonly maxBucket: number;
  /** Open-addressing table, 3 ints a slot: band key, band, head entry + 1 (0 = empty slot). */
  private table = new Int32Array(3 * 1024);
  private capacity = 1024;
  private used = 0;
  /** Chained entries, 2 ints each: item id, next entry + 1 (0 = end of the bucket). */
  private entries = new Int32Array(2 * 1024);
  private entryCount = 0;
  private count = 0;

  constructor(options: LshOptions = {}) {
    this.bands = options.bands ?? 32;
    this.rows = options.rows ?? 2;
    this.maxBucket = options.maxBucket ?? 50;
    if (!Number.isInteger(this.bands) || this.bands < 1 || this.bands > 65536 || !Number.isInteger(this.rows) || this.rows < 1)
      throw new OptionError(`LshIndex bands (1..65536) and rows must be positive integers, got ${this.bands} × ${this.rows}`);
    if (!(this.maxBucket >= 1))
      throw new OptionError(`LshIndex maxBucket must be at least 1 (Infinity for unbounded buckets), got ${this.maxBucket}`);
  }

  /** The probability that a pair of the given Jaccard similarity becomes a candidate. */
  static candidateProbability(similarity: number, bands: number, rows: number): number {
    return 1 - Math.pow(1 - Math.pow(similarity, rows), bands);
  }

  get size(): number {
    return this.count;
  }

  private bandKey(sig: Uint32Array, band: number): number {
    let h = band;
    const base = band * this.rows;
    for (let r = 0; r < this.rows; r++) h = combine(h, sig[base + r] as number);
    return h;
  }

  /** The table slot of band `band`'s `key`: where it is, or the empty slot where it would go. */
  private slot(key: number, band: number): number {
    const t = this.table;
    const mask = this.capacity - 1;
    const k = key | 0;
    let s = key & mask;
    while (t[3 * s + 2] !== 0 && (t[3 * s] !== k || t[3 * s + 1] !== band)) s = (s + 1) & mask;
    return s;
  }

  private grow(): void {
    const old = this.table;
    this.capacity *= 2;
    this.table = new Int32Array(3 * this.capacity);
    for (let o = 0; o < old.length; o += 3) {
      if (old[o + 2] === 0) continue;
      const s = 3 * this.slot((old[o] as number) >>> 0, old[o + 1] as number);
      this.table[s] = old[o] as number;
      this.table[s + 1] = old[o + 1] as number;
      this.table[s + 2] = old[o + 2] as number;
    }
  }

  /** A new entry for `id` in front of entry `next` (+ 1); returns its index + 1. */
  private newEntry(id: number, next: number): number {
    if (2 * this.entryCount === this.entries.length) {
      const grown = new Int32Array(this.entries.length * 2);
      grown.set(this.entries);
      this.entries = grown;
    }
    this.entries[2 * this.entryCount] = id;
    this.entries[2 * this.entryCount + 1] = next;
    return ++this.entryCount;
  }

  /** Index item `id` (an integer in 0..2³¹−1) under its signature. */
  add(id: number, sig: Uint32Array): void {
    this.visit(sig, id, null);
  }

  /** Ids of indexed items sharing at least one band with `sig`, ascending, without duplicates. */
  query(sig: Uint32Array): number[] {
    const found: number[] = [];
    this.visit(sig, null, found);
    return sortedUnique(found);
  }

  /** `query(sig)`, then `add(id, sig)`, in one pass over the bands. */
  addAndQuery(id: number, sig: Uint32Array): number[] {
    const found: number[] = [];
    this.visit(sig, id, found);
    return sortedUnique(found);
  }

  /** For each band: collect its bucket into `found` (when given), then add `id` to it (when given). */
  private visit(sig: Uint32Array, id: number | null, found: number[] | null): void {
    if (id !== null && (!Number.isInteger(id) || id < 0 || id > 0x7fffffff))
      throw new OptionError(`LshIndex item ids must be integers in 0..2^31-1, got ${id}`);
    if (sig.length < this.bands * this.rows)
      throw new OptionError(`LshIndex needs signatures of ≥ ${this.bands * this.rows} slots (bands × rows), got ${sig.length}`);
    const cap = this.maxBucket;
    for (let b = 0; b < this.bands; b++) {
      const key = this.bandKey(sig, b);
      const s = 3 * this.slot(key, b);
      const head = this.table[s + 2] as number;
      let length = 0;
      for (let e = head; e !== 0; e = this.entries[2 * e - 1] as number) {
        found?.push(this.entries[2 * e - 2] as number);
        length++;
      }
      if (id === null || length >= cap) continue;
      this.table[s + 2] = this.newEntry(id, head);
      if (head !== 0) continue;
      this.table[s] = key;
      this.table[s + 1] = b;
      if (++this.used > this.capacity * MAX_LOAD) this.grow();
    }
    if (id !== null) this.count++;
  }
}

function sortedUnique(xs: number[]): number[] {
  if (xs.length < 2) return xs;
  xs.sort((x, y) => x - y);
  let w = 1;
  for (let r = 1; r < xs.length; r++) if (xs[r] !== xs[w - 1]) xs[w++] = xs[r] as number;
  xs.length = w;
  return xs;
}
