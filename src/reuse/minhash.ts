/**
 * @module MinHash signatures over word shingles (Broder 1997), in typed arrays. Each of the
 * `numHashes` functions is a seeded 32-bit permutation; the fraction of equal signature slots
 * estimates the Jaccard similarity of two shingle sets.
 */
import { OptionError } from "../errors.ts";
import { mix32, seededStream } from "./hash.ts";
import { wordTokens } from "./tokens.ts";

export interface MinHashOptions {
  /** Signature length (default 64: 32 LSH bands of 2 rows, see `DuplicateIndex`). */
  readonly numHashes?: number;
  /** Words per shingle (default 5; with 3, stock phrases make short unrelated texts look copied). */
  readonly shingleSize?: number;
  /** Seed of the hash family (default 1). Signatures are comparable only under the same seed. */
  readonly seed?: number;
}

const EMPTY = 0xffffffff;
/** Odd multiplier of the rolling shingle hash. */
const BASE = 0x9e3779b1 | 0;

export class MinHasher {
  readonly numHashes: number;
  readonly shingleSize: number;
  readonly seed: number;
  private readonly xors: Uint32Array;
  private readonly muls: Uint32Array;
  /** Scratch: the mixed shingle hashes of the signature being computed. */
  private mixed = new Uint32Array(256);

  constructor(options: MinHashOptions = {}) {
    this.numHashes = options.numHashes ?? 64;
    this.shingleSize = options.shingleSize ?? 5;
    this.seed = options.seed ?? 1;
    if (!Number.isInteger(this.numHashes) || this.numHashes < 1 || this.numHashes > 4096)
      throw new OptionError(`MinHasher numHashes must be an integer in 1..4096, got ${this.numHashes}`);
    if (!Number.isInteger(this.shingleSize) || this.shingleSize < 1)
      throw new OptionError(`MinHasher shingleSize must be a positive integer, got ${this.shingleSize}`);
    const next = seededStream(this.seed);
    this.xors = new Uint32Array(this.numHashes);
    this.muls = new Uint32Array(this.numHashes);
    for (let i = 0; i < this.numHashes; i++) {
      this.xors[i] = next();
      this.muls[i] = next() | 1;
    }
  }

  /** The number of shingles of `words` words (one when there are fewer words than the size, none for none). */
  shingleCount(words: number): number {
    return words === 0 ? 0 : Math.max(1, words - this.shingleSize + 1);
  }

  /**
   * Shingle hashes of a sequence of word hashes, in order (one shingle when there are fewer words than
   * the size): a rolling polynomial hash of the k word hashes, finalized by `mix32`, so the cost per
   * shingle does not grow with k. Written into `out` when given (it must hold `shingleCount` values).
   */
  shingles(words: Uint32Array, out?: Uint32Array): Uint32Array {
    const n = words.length;
    const k = Math.min(this.shingleSize, n);
    const count = this.shingleCount(n);
    const dest = out ? out.subarray(0, count) : new Uint32Array(count);
    if (dest.length < count) throw new OptionError(`MinHasher.shingles needs room for ${count} shingles, got ${dest.length}`);
    if (count === 0) return dest;
    let top = 1; // BASE^(k-1)
    for (let j = 1; j < k; j++) top = Math.imul(top, BASE);
    let h = 0;
    for (let j = 0; j < k; j++) h = (Math.imul(h, BASE) + (words[j] as number)) | 0;
    dest[0] = mix32(h);
    for (let i = 1; i < count; i++) {
      h = (Math.imul(h - Math.imul(words[i - 1] as number, top), BASE) + (words[i + k - 1] as number)) | 0;
      dest[i] = mix32(h);
    }
    return dest;
  }

  /** MinHash signature of a set of shingle hashes (duplicates are harmless). */
  signature(shingles: Uint32Array, out: Uint32Array = new Uint32Array(this.numHashes)): Uint32Array {
    const m = shingles.length;
    if (this.mixed.length < m) this.mixed = new Uint32Array(Math.max(m, this.mixed.length * 2));
    const mixed = this.mixed;
    for (let s = 0; s < m; s++) mixed[s] = mix32(shingles[s] as number);
    // Four hash functions at a time: their seeds and running minima stay in registers.
    const k = this.numHashes;
    const xors = this.xors;
    const muls = this.muls;
    let i = 0;
    for (; i + 3 < k; i += 4) {
      const x0 = xors[i] as number, m0 = muls[i] as number, x1 = xors[i + 1] as number, m1 = muls[i + 1] as number;
      const x2 = xors[i + 2] as number, m2 = muls[i + 2] as number, x3 = xors[i + 3] as number, m3 = muls[i + 3] as number;
      let a0 = EMPTY, a1 = EMPTY, a2 = EMPTY, a3 = EMPTY;
      for (let s = 0; s < m; s++) {
        const x = mixed[s] as number;
        let v = Math.imul(x ^ x0, m0);
        v = (v ^ (v >>> 15)) >>> 0;
        if (v < a0) a0 = v;
        v = Math.imul(x ^ x1, m1);
        v = (v ^ (v >>> 15)) >>> 0;
        if (v < a1) a1 = v;
        v = Math.imul(x ^ x2, m2);
        v = (v ^ (v >>> 15)) >>> 0;
        if (v < a2) a2 = v;
        v = Math.imul(x ^ x3, m3);
        v = (v ^ (v >>> 15)) >>> 0;
        if (v < a3) a3 = v;
      }
      out[i] = a0;
      out[i + 1] = a1;
      out[i + 2] = a2;
      out[i + 3] = a3;
    }
    for (; i < k; i++) {
      const xor = xors[i] as number;
      const mul = muls[i] as number;
      let min = EMPTY;
      for (let s = 0; s < m; s++) {
        let v = Math.imul((mixed[s] as number) ^ xor, mul);
        v = (v ^ (v >>> 15)) >>> 0;
        if (v < min) min = v;
      }
      out[i] = min;
    }
    return out;
  }

  /** Signature of a text's word shingles. */
  signText(text: string): Uint32Array {
    return this.signature(this.shingles(wordTokens(text).hashes));
  }

  /** Estimated Jaccard similarity: the share of equal slots (0 when either signature is empty). */
  static similarity(a: Uint32Array, b: Uint32Array): number {
    const n = Math.min(a.length, b.length);
    if (n === 0 || a[0] === EMPTY || b[0] === EMPTY) return 0;
    let same = 0;
    for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
    return same / n;
  }
}

/** Exact Jaccard similarity of two shingle-hash sets. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  const sa = new Set(a);
  const sb = new Set(b);
  let inter = 0;
  for (const x of sa) if (sb.has(x)) inter++;
  return inter / (sa.size + sb.size - inter);
}
