/**
 * @module The word → row index of a word-vector file (vectors.ts): an open-addressing hash table
 * over the vocabulary's UTF-8 bytes as stored (words separated by "\n"), so no string is made per
 * word. Building it is a pass over the 150,000 words; it is kept beside the vector file
 * (`<file>.idx`, written the first time, best effort) and read back on later starts, which is much
 * cheaper than building it again. An index file made for another vector file (size, modification
 * time, word count) is not used.
 */
import { readFileSync, renameSync, writeFileSync } from "node:fs";

export interface WordIndex {
  /** Byte offset of each row's word in the vocabulary; starts[count] is one past the end. */
  readonly starts: Int32Array;
  /** Slot → row, or -1; a power-of-two length at least twice the word count. */
  readonly table: Int32Array;
}

/** The vector file an index was built for. */
export interface IndexStamp {
  readonly size: number;
  readonly mtimeMs: number;
  readonly count: number;
}

/** FNV-1a over bytes. */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const NEWLINE = 10;
const FORMAT = "triangulate-vector-index/1";

/** Row whose word is `bytes[0, length)`, or -(1 + the free slot where it would go). */
function find(index: WordIndex, vocab: Uint8Array, hash: number, bytes: Uint8Array, length: number): number {
  const { starts, table } = index;
  const mask = table.length - 1;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const r = table[slot] ?? -1;
    if (r < 0) return -1 - slot;
    const start = starts[r] ?? 0;
    if ((starts[r + 1] ?? 0) - 1 - start !== length) continue;
    let k = 0;
    while (k < length && vocab[start + k] === bytes[k]) k++;
    if (k === length) return slot;
  }
}

/** Index `count` words of `vocab`; null when the vocabulary does not hold exactly `count` words. A word listed twice answers its last row. */
export function buildWordIndex(vocab: Uint8Array, count: number): WordIndex | null {
  const starts = new Int32Array(count + 1);
  let slots = 1;
  while (slots < count * 2) slots <<= 1;
  const index = { starts, table: new Int32Array(slots).fill(-1) };
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
    const at = find(index, vocab, hash, vocab.subarray(start, p), p - start);
    index.table[at >= 0 ? at : -1 - at] = row;
    row++;
    start = p + 1;
    hash = FNV_OFFSET;
  }
  return row === count ? index : null;
}

/** Row of a word, or -1. Lower-case words are mostly ASCII: their code units are hashed directly. */
export function wordLookup(index: WordIndex, vocab: Uint8Array): (word: string) => number {
  const encoder = new TextEncoder();
  let scratch = new Uint8Array(64);
  return (word) => {
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
    const at = find(index, vocab, h, scratch, length);
    return at >= 0 ? (index.table[at] ?? -1) : -1;
  };
}

/** Int32 values at `offset` of `buf`, viewed in place when aligned, else copied. */
function int32s(buf: Buffer, offset: number, length: number): Int32Array {
  const base = buf.byteOffset + offset;
  return base % 4 === 0 ? new Int32Array(buf.buffer, base, length) : new Int32Array(new Uint8Array(buf.subarray(offset, offset + length * 4)).buffer);
}

/** The index kept in `file` for the vector file `stamp` names, or null (absent, unreadable, or made for another file). */
export function readWordIndex(file: string, stamp: IndexStamp): WordIndex | null {
  try {
    const buf = readFileSync(file);
    const headerLength = buf.readUInt32LE(0);
    const header = JSON.parse(buf.subarray(4, 4 + headerLength).toString("utf8")) as Partial<IndexStamp> & { format?: string; slots?: number };
    const slots = header.slots ?? 0;
    if (header.format !== FORMAT || header.size !== stamp.size || header.mtimeMs !== stamp.mtimeMs || header.count !== stamp.count) return null;
    const offset = 4 + headerLength;
    if (slots <= 0 || (slots & (slots - 1)) !== 0 || buf.length !== offset + (stamp.count + 1 + slots) * 4) return null;
    return { starts: int32s(buf, offset, stamp.count + 1), table: int32s(buf, offset + (stamp.count + 1) * 4, slots) };
  } catch {
    return null;
  }
}

/** Keep the index in `file` (best effort: a folder that cannot be written is no error). */
export function writeWordIndex(file: string, stamp: IndexStamp, index: WordIndex): void {
  const json = JSON.stringify({ format: FORMAT, size: stamp.size, mtimeMs: stamp.mtimeMs, count: stamp.count, slots: index.table.length });
  // The header is padded with spaces so the tables start on a 4-byte boundary.
  const header = Buffer.from(json.padEnd(json.length + ((4 - ((4 + json.length) % 4)) % 4)));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length, 0);
  const bytes = (a: Int32Array): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  try {
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, Buffer.concat([length, header, bytes(index.starts), bytes(index.table)]));
    renameSync(tmp, file);
  } catch {
    // read-only folder: the index is built on every start
  }
}
