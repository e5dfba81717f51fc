/**
 * @module Tests of how a word-vector file is read: the word index kept beside it (`<file>.idx`) is
 * written on the first read, used on the next, ignored when made for another file; vectors read
 * row by row and, past a few thousand rows, all at once give the same cosines.
 */
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readVectors } from "./vectors.ts";
import { buildWordIndex, readWordIndex, wordLookup } from "./vector-index.ts";

const script = fileURLToPath(new URL("../../scripts/build-vectors.mjs", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "triangulate-vector-index-"));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Letters-only made-up words ("ab", "ac", ...), distinct, as the converter keeps them. */
const wordOf = (i: number): string => {
  let w = "";
  for (let n = i + 27; n > 0; n = Math.floor(n / 26)) w = String.fromCharCode(97 + (n % 26)) + w;
  return w;
};

/** A vector file of `n` words with seeded pseudo-random 8-dimensional vectors, made by the real converter. */
function vectorFile(name: string, n: number): string {
  let seed = 7;
  const next = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32) * 2 - 1;
  const words = Array.from({ length: n }, (_, i) => wordOf(i));
  const vectors = Object.fromEntries(words.map((w) => [w, Array.from({ length: 8 }, next)]));
  const from = join(dir, `${name}.json`);
  const out = join(dir, `${name}.bin`);
  writeFileSync(from, JSON.stringify({ dimensions: 8, words, vectors }));
  execFileSync(process.execPath, [script, "--from", from, "--out", out], { stdio: "pipe" });
  return out;
}

test("the word index is kept beside the file, read back on the next start, and ignored when made for another file", () => {
  const file = vectorFile("kept", 300);
  assert.equal(existsSync(`${file}.idx`), false);
  const first = readVectors(file);
  assert.ok(existsSync(`${file}.idx`), "written on the first read");
  const second = readVectors(file);
  for (let i = 0; i < 300; i += 7) {
    assert.equal(first.indexOf(wordOf(i)), i);
    assert.equal(second.indexOf(wordOf(i)), i);
  }
  assert.equal(second.indexOf("notaword"), -1);
  assert.equal(second.indexOf("é"), -1);
  const later = new Date(Date.now() + 5_000);
  utimesSync(file, later, later);
  const vocab = readFileSync(file);
  const { size, mtimeMs } = { size: vocab.length, mtimeMs: later.getTime() };
  assert.equal(readWordIndex(`${file}.idx`, { size, mtimeMs, count: 300 }), null, "made for the file before it changed");
  assert.equal(readVectors(file).indexOf(wordOf(299)), 299, "rebuilt");
  writeFileSync(`${file}.idx`, "garbage");
  assert.equal(readVectors(file).indexOf(wordOf(42)), 42, "an unreadable index is rebuilt");
});

test("a word listed twice answers its last row; a vocabulary with another word count has no index", () => {
  const vocab = new TextEncoder().encode("alpha\nbeta\nalpha\ngamma");
  const index = buildWordIndex(vocab, 4);
  assert.ok(index);
  const lookup = wordLookup(index, vocab);
  assert.deepEqual(["alpha", "beta", "gamma", "delta", "alph"].map(lookup), [2, 1, 3, -1, -1]);
  assert.equal(buildWordIndex(vocab, 3), null);
  assert.equal(buildWordIndex(vocab, 5), null);
});

/** Cosine of rows i and j computed straight from the file's bytes, as the reader does. */
function rawCosine(file: string): (i: number, j: number) => number {
  const buf = readFileSync(file);
  const headerLength = buf.readUInt32LE(0);
  const { dims, count } = JSON.parse(buf.subarray(4, 4 + headerLength).toString("utf8")) as { dims: number; count: number };
  let offset = 8 + headerLength + buf.readUInt32LE(4 + headerLength);
  offset += (4 - (offset % 4)) % 4;
  const data = offset + count * 4;
  return (i, j) => {
    let dot = 0;
    for (let k = 0; k < dims; k++) dot += buf.readInt8(data + i * dims + k) * buf.readInt8(data + j * dims + k);
    return dot * buf.readFloatLE(offset + i * 4) * buf.readFloatLE(offset + j * 4);
  };
}

test("vectors read row by row and, past 4,096 rows, all at once give the cosines the file holds", () => {
  const file = vectorFile("rows", 5000);
  const expected = rawCosine(file);
  const v = readVectors(file);
  // The rows needed go past 4,096 partway, when the reader switches to the whole table. (A pair
  // asked again is answered from the cosine cache, in single precision.)
  for (let i = 0; i < 5000; i++) {
    const j = (i * 31 + 5) % 5000;
    assert.equal(Math.fround(v.cosine(i, j)), Math.fround(expected(i, j)), `rows ${i}, ${j}`);
  }
  assert.equal(v.cosine(4999, 3), expected(4999, 3));
  assert.ok(Math.abs(v.cosine(10, 10) - 1) < 0.02, "unit length");
  assert.equal(v.cosine(-1, 3), 0);
});
