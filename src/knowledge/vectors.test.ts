/**
 * @module Tests of the optional word vectors: the install-time converter (scripts/build-vectors.mjs)
 * and the reader agree on the file format; a bad file is an error naming it; in content overlap a
 * word matches a close one only where the sentences already share a word, and never a contrast word.
 * A tiny made-up vector table stands in for GloVe, so the tests do not depend on it being installed.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { TriangulateError } from "../errors.ts";
import { readVectors, useWordVectors, wordVectors, type WordVectors } from "./vectors.ts";
import { buildIdf, contentOverlap, sentenceFeatures } from "../crosscheck/similarity.ts";

const script = fileURLToPath(new URL("../../scripts/build-vectors.mjs", import.meta.url));

/** Converts a small table in the package's JSON shape with the real converter, and reads it back. */
function tinyVectors(dir: string): WordVectors {
  const vectors: Record<string, number[]> = {
    clinic: [1, 0.1, 0, 0],
    facility: [0.9, 0.2, 0, 0],
    monday: [0, 0, 1, 0],
    tuesday: [0, 0, 0.99, 0.05],
    harbour: [0, 1, 0, 0],
    Capital: [0, 0, 0, 1],
  };
  const json = { precision: 8, l2NormIndex: 4, wordIndex: 5, size: 6, dimensions: 4, words: Object.keys(vectors), vectors, unkVector: [0, 0, 0, 0] };
  const from = join(dir, "tiny.json");
  const out = join(dir, "tiny.bin");
  writeFileSync(from, JSON.stringify(json));
  execFileSync(process.execPath, [script, "--from", from, "--out", out], { stdio: "pipe" });
  return readVectors(out);
}

test("the converter writes what the reader reads: lower-case words, unit length, 8 bits", () => {
  const dir = mkdtempSync(join(tmpdir(), "triangulate-vectors-"));
  try {
    const v = tinyVectors(dir);
    assert.equal(v.dims, 4);
    assert.equal(v.count, 5, "the capitalized entry is left out");
    assert.equal(v.indexOf("Capital"), -1);
    assert.ok(Math.abs(v.cosine(v.indexOf("clinic"), v.indexOf("clinic")) - 1) < 0.02);
    assert.ok(v.cosine(v.indexOf("clinic"), v.indexOf("facility")) > 0.95);
    assert.ok(Math.abs(v.cosine(v.indexOf("clinic"), v.indexOf("harbour")) - 0.1) < 0.02);
    assert.equal(v.cosine(-1, v.indexOf("clinic")), 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a cosine is the same number whichever order its words are asked in, cached or not", () => {
  const dir = mkdtempSync(join(tmpdir(), "triangulate-vectors-"));
  try {
    const words = ["clinic", "facility", "monday", "tuesday", "harbour"];
    const first = tinyVectors(dir);
    const again = readVectors(join(dir, "tiny.bin"));
    for (const x of words)
      for (const y of words) {
        const [i, j] = [first.indexOf(x), first.indexOf(y)];
        const fresh = again.cosine(j, i);
        assert.equal(first.cosine(i, j), fresh, `${x}/${y}`);
        assert.equal(first.cosine(j, i), fresh, `${y}/${x}, cached`);
        assert.equal(again.cosine(i, j), fresh, `${x}/${y}, cached`);
      }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a file that is not a vector file is an error naming it", () => {
  const dir = mkdtempSync(join(tmpdir(), "triangulate-vectors-"));
  try {
    const bad = join(dir, "bad.bin");
    writeFileSync(bad, Buffer.from([5, 0, 0, 0, 123, 34, 120, 34, 125]));
    assert.throws(() => readVectors(bad), (e: unknown) => e instanceof TriangulateError && e.message.includes(bad));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("with vectors, overlap matches close words where sentences share one already, never contrast words", () => {
  const dir = mkdtempSync(join(tmpdir(), "triangulate-vectors-"));
  const saved = wordVectors();
  try {
    const score = (a: string, b: string): number => {
      const fa = sentenceFeatures(a);
      const fb = sentenceFeatures(b);
      return contentOverlap(fa, fb, buildIdf([fa, fb]), { vectors: true });
    };
    useWordVectors(null);
    const without = score("Varga toured the clinic", "Varga toured the facility");
    useWordVectors(tinyVectors(dir));
    const withVectors = score("Varga toured the clinic", "Varga toured the facility");
    assert.ok(withVectors > without, `${withVectors} > ${without}`);
    assert.equal(score("The clinic opened", "A facility closed"), 0, "no shared word: still unrelated");
    const days = score("Varga toured the port on Monday", "Varga toured the port on Tuesday");
    useWordVectors(null);
    assert.equal(days, score("Varga toured the port on Monday", "Varga toured the port on Tuesday"), "Monday never matches Tuesday");
  } finally {
    useWordVectors(saved);
    rmSync(dir, { recursive: true, force: true });
  }
});
