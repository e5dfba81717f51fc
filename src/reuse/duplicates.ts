/**
 * @module A streaming index of exact and near-duplicate articles. `add(id, text)` answers, against
 * every article added before: the identical ones (same normalized words), and the near-duplicates
 * (MinHash + LSH banding candidates, confirmed by their copied-word share ≥ `threshold`). Memory
 * per article: its shingles once (4 bytes a word, in one pooled array; an identical copy stores
 * nothing) and its LSH band entries; signatures are not kept.
 */
import { OptionError } from "../errors.ts";
import { combine } from "./hash.ts";
import { copiedShare, sortedCopy, type ShingledText } from "./copied.ts";
import { LshIndex } from "./lsh.ts";
import { MinHasher } from "./minhash.ts";
import { wordTokens } from "./tokens.ts";

export interface DuplicateOptions {
  /** Signatures and shingles (default `new MinHasher()`: 64 hashes over 5-word shingles, seed 1). */
  readonly hasher?: MinHasher;
  /** LSH rows per band (default 2) and bands (default all the signature's slots: numHashes / rows). */
  readonly rows?: number;
  readonly bands?: number;
  /** Copied-word share at which two articles are near-duplicates (default 0.8), in (0, 1]. */
  readonly threshold?: number;
  /** Most articles an LSH bucket keeps (default 50), see `LshOptions.maxBucket`. */
  readonly maxBucket?: number;
}

/** The settings in force, for reports and benchmarks. */
export interface DuplicateSettings {
  readonly shingleSize: number;
  readonly numHashes: number;
  readonly bands: number;
  readonly rows: number;
  readonly threshold: number;
  readonly maxBucket: number;
}

export interface NearDuplicate {
  readonly id: string;
  /** Copied-word share with the added article, in [threshold, 1]. */
  readonly similarity: number;
}

export interface DuplicateMatch {
  /** The first earlier article with the same normalized text, or null. */
  readonly exactOf: string | null;
  /** Every earlier article with the same normalized text, in the order added (exactOf first). */
  readonly identical: readonly string[];
  /** Earlier near-duplicates, in the order added; identical copies of one are listed too. */
  readonly near: readonly NearDuplicate[];
}

export interface DuplicateStats {
  readonly articles: number;
  /** Articles whose shingles are stored (the first of each identical group, with words). */
  readonly indexed: number;
  /** LSH candidates checked, and those confirmed as near-duplicates. */
  readonly candidates: number;
  readonly confirmed: number;
  /** The lowest copied-word share confirmed and the highest rejected (NaN when none): the threshold's margin. */
  readonly lowestConfirmed: number;
  readonly highestRejected: number;
}

const NO_MATCH: DuplicateMatch = Object.freeze({ exactOf: null, identical: Object.freeze([]), near: Object.freeze([]) });

function grown<T extends Int32Array | Uint32Array>(a: T, need: number, make: (n: number) => T): T {
  if (need <= a.length) return a;
  const b = make(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

export class DuplicateIndex {
  readonly settings: DuplicateSettings;
  private readonly hasher: MinHasher;
  private readonly lsh: LshIndex;
  private readonly sig: Uint32Array;
  private readonly ids: string[] = [];
  private readonly known = new Set<string>();
  /** Per first article: where its shingles start in `pool`, and its word count. */
  private start = new Int32Array(256);
  private words = new Int32Array(256);
  private pool = new Uint32Array(1 << 14);
  private poolUsed = 0;
  private indexed = 0;
  private candidates = 0;
  private confirmed = 0;
  private lowestConfirmed = NaN;
  private highestRejected = NaN;
  /** Hash of the word sequence → first article(s) with it. */
  private readonly byContent = new Map<number, number | number[]>();
  /** First article → every article identical to it, in order (only groups of ≥ 2). */
  private readonly groups = new Map<number, number[]>();
  /** First article → flat [other first article, copied-word share, ...] of its near-duplicates. */
  private readonly links = new Map<number, number[]>();

  constructor(options: DuplicateOptions = {}) {
    this.hasher = options.hasher ?? new MinHasher();
    const rows = options.rows ?? 2;
    const bands = options.bands ?? Math.floor(this.hasher.numHashes / rows);
    const threshold = options.threshold ?? 0.8;
    if (!(threshold > 0 && threshold <= 1)) throw new OptionError(`DuplicateIndex threshold must be in (0, 1], got ${threshold}`);
    if (bands * rows > this.hasher.numHashes || bands < 1)
      throw new OptionError(
        `DuplicateIndex bands × rows must fit the signature: ${bands} × ${rows} > ${this.hasher.numHashes} hashes; lower them or use a MinHasher with more hashes`,
      );
    this.lsh = new LshIndex({ bands, rows, ...(options.maxBucket === undefined ? {} : { maxBucket: options.maxBucket }) });
    this.sig = new Uint32Array(this.hasher.numHashes);
    this.settings = { shingleSize: this.hasher.shingleSize, numHashes: this.hasher.numHashes, bands, rows, threshold, maxBucket: this.lsh.maxBucket };
  }

  get size(): number {
    return this.ids.length;
  }

  get stats(): DuplicateStats {
    const { candidates, confirmed, lowestConfirmed, highestRejected } = this;
    return { articles: this.ids.length, indexed: this.indexed, candidates, confirmed, lowestConfirmed, highestRejected };
  }

  /** Add an article by its text; ids must be unique. */
  add(id: string, text: string): DuplicateMatch {
    return this.addWords(id, wordTokens(text).hashes);
  }

  /** Add an article by its word-key hashes (`wordTokens(text).hashes`); ids must be unique. */
  addWords(id: string, words: Uint32Array): DuplicateMatch {
    if (this.known.has(id)) throw new OptionError(`DuplicateIndex ids must be unique: "${id}" was already added`);
    this.known.add(id);
    const a = this.ids.length;
    this.ids.push(id);
    if (words.length === 0) return NO_MATCH;
    // Shingles go straight to the end of the pool; they stay there only if the article is indexed.
    this.pool = grown(this.pool, this.poolUsed + this.hasher.shingleCount(words.length), (n) => new Uint32Array(n));
    const doc: ShingledText = { shingles: this.hasher.shingles(words, this.pool.subarray(this.poolUsed)), words: words.length };
    const key = sequenceKey(words);
    const first = this.identicalTo(key, doc);
    if (first >= 0) return this.addCopy(a, first);
    const known = this.byContent.get(key);
    this.byContent.set(key, known === undefined ? a : typeof known === "number" ? [known, a] : [...known, a]);
    this.hasher.signature(doc.shingles, this.sig);
    const near = this.findNear(a, doc);
    this.store(a, doc);
    return near.length === 0 ? NO_MATCH : { exactOf: null, identical: [], near };
  }

  private stored(r: number): ShingledText {
    const words = this.words[r] as number;
    const from = this.start[r] as number;
    return { shingles: this.pool.subarray(from, from + this.hasher.shingleCount(words)), words };
  }

  /** Keep `a`'s shingles (already at the end of the pool; `findNear` indexed its signature). */
  private store(a: number, doc: ShingledText): void {
    this.start = grown(this.start, a + 1, (n) => new Int32Array(n));
    this.words = grown(this.words, a + 1, (n) => new Int32Array(n));
    this.start[a] = this.poolUsed;
    this.words[a] = doc.words;
    this.poolUsed += doc.shingles.length;
    this.indexed++;
  }

  /** The first earlier article with the same words, or -1. */
  private identicalTo(key: number, doc: ShingledText): number {
    const known = this.byContent.get(key);
    if (known === undefined) return -1;
    for (const r of typeof known === "number" ? [known] : known) {
      const other = this.stored(r);
      if (other.words !== doc.words) continue;
      let same = true;
      for (let i = 0; i < doc.shingles.length && same; i++) same = other.shingles[i] === doc.shingles[i];
      if (same) return r;
    }
    return -1;
  }

  private addCopy(a: number, first: number): DuplicateMatch {
    const group = this.groups.get(first);
    const earlier = group ? group.slice() : [first];
    if (group) group.push(a);
    else this.groups.set(first, [first, a]);
    return { exactOf: this.ids[first] as string, identical: earlier.map((i) => this.ids[i] as string), near: this.expand(this.links.get(first) ?? []) };
  }

  /** Near-duplicates of new article `a` (signed into `sig`) among the stored ones; indexes `a` and records the links. */
  private findNear(a: number, doc: ShingledText): NearDuplicate[] {
    const candidates = this.lsh.addAndQuery(a, this.sig);
    if (candidates.length === 0) return [];
    this.candidates += candidates.length;
    const k = this.hasher.shingleSize;
    const sorted = sortedCopy(doc.shingles);
    const found: number[] = [];
    for (const r of candidates) {
      const share = copiedShare(this.stored(r), doc, k, undefined, sorted);
      if (share < this.settings.threshold) {
        if (!(share <= this.highestRejected)) this.highestRejected = share;
        continue;
      }
      if (!(share >= this.lowestConfirmed)) this.lowestConfirmed = share;
      found.push(r, share);
      this.link(r, a, share);
      this.link(a, r, share);
      this.confirmed++;
    }
    return this.expand(found);
  }

  private link(from: number, to: number, share: number): void {
    const list = this.links.get(from);
    if (list) list.push(to, share);
    else this.links.set(from, [to, share]);
  }

  /** Flat [first article, share, ...] → every article of those groups, in the order added. */
  private expand(flat: readonly number[]): NearDuplicate[] {
    const out: { at: number; similarity: number }[] = [];
    for (let i = 0; i < flat.length; i += 2) {
      const r = flat[i] as number;
      const similarity = flat[i + 1] as number;
      for (const at of this.groups.get(r) ?? [r]) out.push({ at, similarity });
    }
    return out.sort((x, y) => x.at - y.at).map((x) => ({ id: this.ids[x.at] as string, similarity: x.similarity }));
  }
}

/** A 32-bit hash of a word sequence (its length included); equal keys are confirmed shingle by shingle. */
function sequenceKey(words: Uint32Array): number {
  let h = combine(0x2545f491, words.length);
  for (let i = 0; i < words.length; i++) h = combine(h, words[i] as number);
  return h;
}
