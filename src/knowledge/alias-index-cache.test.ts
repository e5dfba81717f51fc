/** @module The alias-index cache gives the index a build gives, for the same packs and code only. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildAliasIndex, keyExtender, type AliasIndex } from "./alias-index.ts";
import { deserializeIndex, indexCacheFile, keepIndex, readIndex, serializeIndex } from "./alias-index-cache.ts";
import { createKnowledgeBase } from "./kb.ts";
import { defaultPacksDir, packFilesIn, readPackWith } from "./load.ts";
import { withTempDir } from "../testing.ts";

const packs = packFilesIn(defaultPacksDir()).map((f) => readPackWith(f, null));
const built = buildAliasIndex(
  packs.flatMap((p) => p.pack.entities),
  packs.flatMap((p) => p.pack.ministries ?? []),
  packs.flatMap((p) => p.pack.titles ?? []),
);

const withDir = (f: (dir: string) => void): void => withTempDir("tri-index-cache-", f);

function assertSameIndex(a: AliasIndex, b: AliasIndex): void {
  const entries = (i: AliasIndex): unknown[] => [...i.byKey.keys()].map((k) => [k, i.byKey.get(k)]);
  assert.deepStrictEqual(entries(a), entries(b));
  assert.deepStrictEqual([...a.ministries], [...b.ministries]);
  assert.deepStrictEqual([...a.titles], [...b.titles]);
  assert.equal(a.maxTokens, b.maxTokens);
  assert.deepStrictEqual(a.sortedKeys, b.sortedKeys);
}

test("keyExtender says whether some key strictly extends a key, as every proper prefix would", () => {
  const keys = ["su57", "su", "s400", "s400triumf", "ministryofdefense", "ab", "abc"];
  const extendable = keyExtender([...keys].sort());
  const naive = (k: string): boolean => keys.some((x) => x.length > k.length && x.startsWith(k));
  const probes = ["", "s", "su", "su5", "su57", "su570", "s4", "s400", "s400t", "s400triumf", "ministry", "a", "ab", "abc", "abd", "z", "sa"];
  for (const p of probes) assert.equal(extendable(p), naive(p), p);
});

test("an index read back from its JSON is the index built, and extends keys the same way", () => {
  const read = deserializeIndex(serializeIndex(built));
  assert.ok(read);
  assertSameIndex(read, built);
  for (const key of [...built.byKey.keys()].slice(0, 2000)) {
    for (const n of [0, 1, Math.floor(key.length / 2), key.length - 1, key.length]) {
      assert.equal(read.extendable(key.slice(0, n)), built.extendable(key.slice(0, n)), key.slice(0, n));
    }
  }
});

test("the cache file is keyed by every pack's bytes, and only packs read from files are kept", () => {
  withDir((dir) => {
    const file = indexCacheFile(dir, packs);
    assert.ok(file?.startsWith(dir));
    assert.equal(indexCacheFile(dir, packs), file, "same packs, same file");
    assert.notEqual(indexCacheFile(dir, [...packs, { digest: "0".repeat(64) }]), file, "another pack set");
    assert.notEqual(indexCacheFile(dir, [{ digest: "1".repeat(64) }, ...packs.slice(1)]), file, "other bytes");
    assert.equal(indexCacheFile(dir, [...packs, {}]), null, "a pack with no file");
    assert.equal(indexCacheFile(null, packs), null, "caching off");
  });
});

test("a kept index is read back; a missing or damaged file reads as none", () => {
  withDir((dir) => {
    const file = join(dir, "sub", "index.json");
    assert.equal(readIndex(file), null);
    keepIndex(file, built);
    const read = readIndex(file);
    assert.ok(read);
    assertSameIndex(read, built);
    assert.deepEqual(readdirSync(join(dir, "sub")), ["index.json"]);
    writeFileSync(file, serializeIndex(built).slice(0, 1000));
    assert.equal(readIndex(file), null);
    writeFileSync(file, JSON.stringify({ format: 0 }));
    assert.equal(readIndex(file), null);
  });
});

test("a knowledge base on the cached index finds what one on a fresh index finds", () => {
  const fresh = createKnowledgeBase(packs.map(({ file, pack }) => ({ file, pack })));
  const cached = [createKnowledgeBase(packs), createKnowledgeBase(packs)];
  const text = "Russian President Vladimir Putin met Indian Prime Minister Narendra Modi; the Ministry of Defence of India ordered the S-400 Triumf and Su-57s from Moscow.";
  for (const kb of cached) {
    assert.deepStrictEqual(kb.findAliases(text), fresh.findAliases(text));
    assert.deepStrictEqual(kb.lookup("Su 57"), fresh.lookup("Su 57"));
  }
});

test("only the indexes used last are kept", () => {
  withDir((dir) => {
    const files = Array.from({ length: 10 }, (_, i) => join(dir, `${i}.json`));
    files.forEach((f, i) => {
      writeFileSync(f, serializeIndex(built));
      utimesSync(f, new Date(1e12 + i * 1000), new Date(1e12 + i * 1000));
    });
    assert.ok(readIndex(files[0]!), "the oldest, read now");
    keepIndex(join(dir, "new.json"), built);
    assert.deepEqual(readdirSync(dir).sort(), ["0.json", "4.json", "5.json", "6.json", "7.json", "8.json", "9.json", "new.json"]);
  });
});
