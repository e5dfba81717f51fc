/**
 * @module MinHash signatures over word shingles (Broder 1997), in typed arrays. Each of the
 * `numHashes` functions is a seeded 32-bit permutation; the fraction of equal signature slots
 * estimates the Jaccard similarity of two shingle sets.
 */
import { OptionError } from "../errors.ts";
import { combine, mix32, seededStream } from "./hash.ts";
import { wordTokens } from "./tokens.ts";

export interface MinHashOptions {
  /** Signature length (default 128). */
  readonly numHashes?: number;
  /** Words per shingle (default 5). */
  readonly shingleSize?: number;
  /** Seed of the hash family (default 1). Signatures are comparable only under the same seed. */
  readonly seed?: number;
}

const EMPTY = 0xffffffff;

export class MinHasher {
  readonly numHashes: number;
  readonly shingleSize: number;
  readonly seed: number;
  private readonly xors: Uint32Array;
  private readonly muls: Uint32Array;

  constructor(options: MinHashOptions = {}) {
    this.numHashes = options.numHashes ?? 128;
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

  /** Shingle hashes of a sequence of word hashes (one shingle when there are fewer words than the size). */
  shingles(words: Uint32Array): Uint32Array {
    const k = this.shingleSize;
    const n = words.length;
    if (n === 0) return new Uint32Array(0);
    if (n <= k) {
      let h = 0;
      for (let i = 0; i < n; i++) h = combine(h, words[i] ?? 0);
      return Uint32Array.of(h);
    }
    const out = new Uint32Array(n - k + 1);
    for (let i = 0; i + k <= n; i++) {
      let h = 0;
      for (let j = 0; j < k; j++) h = combine(h, words[i + j] ?? 0);
      out[i] = h;
    }
    return out;
  }

  /** MinHash signature of a set of shingle hashes (duplicates are harmless). */
  signature(shingles: Uint32Array, out: Uint32Array = new Uint32Array(this.numHashes)): Uint32Array {
    const k = this.numHashes;
    const xors = this.xors;
    const muls = this.muls;
    out.fill(EMPTY);
    for (let s = 0; s < shingles.length; s++) {
      const x = mix32(shingles[s] ?? 0);
      for (let i = 0; i < k; i++) {
        let v = Math.imul(x ^ (xors[i] as number), muls[i] as number);
        v = (v ^ (v >>> 15)) >>> 0;
        if (v < (out[i] as number)) out[i] = v;
      }
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
