/** @module The binary copy of the wink core model reads back as the model its JSON gives, for that JSON only. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { keepWinkCore, lexemeTable, readWinkCore, wordList, type RawCore } from "./wink-core-cache.ts";
import { cachedCore, loadCore } from "./wink-model.ts";
import { withTempDir } from "../testing.ts";

const require = createRequire(import.meta.url);
const source = require.resolve("wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json");
const readRaw = (): RawCore => JSON.parse(readFileSync(source, "utf8")) as RawCore;

const withDir = (f: (dir: string) => void): void => withTempDir("tri-wink-core-", f);

test("the word table answers as an object of words would, and keeps words added to it", () => {
  const list = ["the", "The", "zebra", "__proto__", "a", "constructor", ""];
  const order = Uint32Array.from(list.keys()).sort((a, b) => (list[a]! < list[b]! ? -1 : 1));
  const table = lexemeTable((i) => list[i]!, order, list.length);
  list.forEach((w, i) => assert.equal(table[w], i, w));
  for (const miss of ["THE", "zebras", "b", "toString", "hasOwnProperty"]) assert.equal(table[miss], undefined, miss);
  table["zebras"] = 7;
  assert.equal(table["zebras"], 7);
  assert.equal(table["zebra"], 2);
});

test("the word list reads as the array of its words, and grows as one", () => {
  const all = ["the", "zebra", "", "__proto__", "length", "a", "über", "constructor"];
  const words = wordList(all.join("\0"), all.length);
  assert.ok(words);
  const { list, wordAt } = words;
  assert.ok(Array.isArray(list));
  assert.equal(list.length, all.length);
  assert.equal(list[5], "a");
  assert.equal(wordAt(3), "__proto__");
  assert.equal(list[all.length], undefined);
  assert.equal(list.push("new"), all.length + 1);
  assert.equal(list[all.length], "new");
  assert.equal(list.length - 1, all.length);
  assert.deepEqual([...list], [...all, "new"]);
  all.forEach((w, i) => assert.equal(list[i], w));
  assert.equal(wordList(all.join("\0"), all.length + 1), null, "fewer words than said");
  assert.equal(wordList(all.join("\0"), all.length - 1), null, "more words than said");
});

test("the kept model reads back as the JSON gives it, and every word has its index", () => {
  withDir((dir) => {
    const file = join(dir, "core.bin");
    keepWinkCore(file, source, readRaw());
    const kept = readWinkCore(file, source);
    assert.ok(kept);
    const json = loadCore();
    assert.deepStrictEqual(kept.lexicon, json.lexicon);
    assert.deepStrictEqual(kept.xpansions, json.xpansions);
    const raw = readRaw();
    const { lexicon: _l, xpansions: _x, ...rest } = raw;
    const withoutList = (r: Omit<RawCore, "lexicon" | "xpansions">): unknown => ({ ...r, features: { ...r.features, lexeme: { ...r.features.lexeme, list: null } } });
    assert.deepStrictEqual(withoutList(kept.rest), withoutList(rest));
    assert.deepStrictEqual([...kept.rest.features.lexeme.list], rest.features.lexeme.list);
    raw.features.lexeme.list.forEach((w, i) => {
      if (kept.lexemeHash[w] !== i) assert.fail(`${JSON.stringify(w)}: ${kept.lexemeHash[w]} for ${i}`);
    });
    assert.equal(kept.lexemeHash["qzxjvkw"], undefined);
  });
});

test("a copy made from other bytes, or damaged, is not read", () => {
  withDir((dir) => {
    const file = join(dir, "core.bin");
    const other = join(dir, "model.json");
    copyFileSync(source, other);
    keepWinkCore(file, other, readRaw());
    assert.ok(readWinkCore(file, other));
    writeFileSync(other, `${readFileSync(other, "utf8")} `);
    assert.equal(readWinkCore(file, other), null, "the JSON changed");
    assert.equal(readWinkCore(join(dir, "none.bin"), source), null, "no file");
    writeFileSync(file, readFileSync(file).subarray(0, 5000));
    assert.equal(readWinkCore(file, source), null, "damaged");
  });
});

test("the CLI's core model is loadCore's, but for the word table, which answers the same", () => {
  for (let i = 0; i < 2; i++) {
    const cached = cachedCore() as unknown as { features: { lexeme: { hash: Record<string, number>; list: string[] } } };
    const json = loadCore() as unknown as typeof cached;
    const table = cached.features.lexeme.hash;
    const list = json.features.lexeme.list;
    for (const w of [list[0]!, list[100]!, list[list.length - 1]!, "unknownword"]) assert.equal(table[w], json.features.lexeme.hash[w], w);
    // The word list is read word by word (wordList): the same words, then the rest of the model.
    assert.deepStrictEqual([...cached.features.lexeme.list], list);
    const without = (m: typeof cached): unknown => ({ ...m, features: { ...m.features, lexeme: { ...m.features.lexeme, hash: null, list: null } } });
    assert.deepStrictEqual(without(cached), without(json));
  }
});
