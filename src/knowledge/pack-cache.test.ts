/** @module The pack cache gives the pack validation gives, and never stands in for other bytes or a failed validation. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { defaultPacksDir, readPackWith } from "./load.ts";
import { packCacheFile } from "./pack-cache.ts";
import { withTempDir } from "../testing.ts";

const withDir = (f: (dir: string) => void): void => withTempDir("tri-pack-cache-", f);

test("a bundled pack read through the cache is the pack validation gives, the first time and after", () => {
  withDir((dir) => {
    for (const name of ["general.json", "defense.json"]) {
      const file = join(defaultPacksDir(), name);
      const validated = readPackWith(file, null);
      assert.deepStrictEqual(readPackWith(file, dir), validated);
      assert.deepStrictEqual(readPackWith(file, dir), validated);
    }
    assert.equal(readdirSync(dir).length, 2);
  });
});

test("the cache answers for the same bytes only: an edited pack is validated again", () => {
  withDir((dir) => {
    const file = join(dir, "pack.json");
    const pack = { pack: "t", version: 1, entities: [{ id: "person:jane-roe", name: "  Jane Roe ", type: "person" }] };
    writeFileSync(file, JSON.stringify(pack));
    const cache = join(dir, "cache");
    const first = readPackWith(file, cache);
    assert.equal(first.pack.entities[0]?.name, "Jane Roe", "validated: trimmed");
    assert.deepEqual(first.pack.entities[0]?.aliases, [], "validated: defaults filled in");
    const kept = packCacheFile(cache, readFileSync(file));
    assert.ok(kept && readdirSync(cache).length === 1);
    // What is kept is what is returned for the same bytes…
    writeFileSync(kept, JSON.stringify({ ...first.pack, description: "from the cache" }));
    assert.equal(readPackWith(file, cache).pack.description, "from the cache");
    // …and other bytes are validated on their own.
    writeFileSync(file, JSON.stringify({ ...pack, entities: [{ ...pack.entities[0], name: "John Roe" }] }));
    assert.equal(readPackWith(file, cache).pack.entities[0]?.name, "John Roe");
    assert.equal(readdirSync(cache).length, 2);
  });
});

test("a pack that fails validation fails every time and is never kept", () => {
  withDir((dir) => {
    const file = join(dir, "bad.json");
    writeFileSync(file, JSON.stringify({ pack: "t", version: 1, entities: [{ id: "Bad Id", name: "x", type: "person" }] }));
    const cache = join(dir, "cache");
    assert.throws(() => readPackWith(file, cache), /expected an id like/);
    assert.throws(() => readPackWith(file, cache), /expected an id like/);
    assert.deepEqual(readdirSync(dir), ["bad.json"]);
  });
});
