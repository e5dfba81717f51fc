/** @module The English model assembled by wink-model.ts is the package's own, part for part. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import winkNLP from "wink-nlp";
import { englishLiteModel, loadCore, sentencePosModel } from "./wink-model.ts";

const require = createRequire(import.meta.url);
const original = require("wink-eng-lite-web-model") as Record<string, unknown> & { core: () => unknown; addons: Record<string, unknown> };

test("the faster core loader builds the same lexicon, tables and features as the package's", () => {
  assert.deepStrictEqual(loadCore(), original.core());
});

test("the assembled model has the package's loaders and add-ons", () => {
  const model = englishLiteModel() as unknown as Record<string, unknown> & { addons: Record<string, unknown> };
  assert.deepEqual(Object.keys(model).sort(), Object.keys(original).sort());
  for (const key of Object.keys(original)) if (key !== "core" && key !== "addons") assert.equal(model[key], original[key], key);
  assert.deepEqual(Object.keys(model.addons).sort(), Object.keys(original.addons).sort());
  for (const key of Object.keys(original.addons)) assert.equal(model.addons[key], original.addons[key], key);
});

test("wink-nlp reads text the same with either model", () => {
  const text = "Władysław said on Monday the Su-57s weren't delivered. Dr. Roe, 41, left at 5 p.m.; Sampras didn't.";
  /* eslint-disable @typescript-eslint/unbound-method -- wink-nlp `its.*` readers are free functions typed as methods */
  const read = (nlp: ReturnType<typeof winkNLP>) => {
    const doc = nlp.readDoc(text);
    return { values: doc.tokens().out(nlp.its.value), pos: doc.tokens().out(nlp.its.pos), ids: doc.tokens().out(nlp.its.uniqueId), sentences: doc.sentences().out() };
  };
  /* eslint-enable @typescript-eslint/unbound-method */
  const expected = read(winkNLP(original as never, ["sbd", "pos"]));
  assert.deepEqual(read(winkNLP(englishLiteModel(), ["sbd", "pos"])), expected);
  assert.deepEqual(read(winkNLP(sentencePosModel(), ["sbd", "pos"])), expected);
});

test("the sentence and POS model has the package's parts but the named-entity and sentiment ones, which recognize nothing", () => {
  const model = sentencePosModel() as unknown as Record<string, unknown> & { ner: () => { machines: unknown[] }; sa: () => { machines: string[] } };
  assert.deepEqual(Object.keys(model).sort(), Object.keys(original).sort());
  for (const key of Object.keys(original)) if (!["core", "addons", "ner", "sa"].includes(key)) assert.equal(model[key], original[key], key);
  assert.deepEqual(model.ner().machines, []);
  assert.equal(model.sa().machines.length, 1);
});
