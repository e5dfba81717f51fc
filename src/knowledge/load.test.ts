/** @module Tests: pack loading, validation errors that name file and JSON path, extra packs. */
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PackError, TriangulateError } from "../errors.ts";
import { loadKnowledge } from "./kb.ts";
import { jsonPath } from "./load.ts";

const country = { id: "country:xa", name: "Exampleland", type: "country", iso2: "XA", adjectives: ["Examplish"], aliases: [] };

const made: string[] = [];
after(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function packDir(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), "triangulate-packs-"));
  made.push(dir);
  for (const [name, data] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(join(path, ".."), { recursive: true });
    writeFileSync(path, typeof data === "string" ? data : JSON.stringify(data));
  }
  return dir;
}

void test("formats zod paths as JSON paths", () => {
  assert.equal(jsonPath(["entities", 3, "roles", 0, "of"]), "$.entities[3].roles[0].of");
});

void test("rejects a pack with a bad entity type, naming the file, the path, the entity and the value", () => {
  const dir = packDir({
    "general.json": { pack: "t", version: 1, entities: [country, { id: "weapon:x-1", name: "X-1", type: "tnk", aliases: [] }] },
  });
  assert.throws(
    () => loadKnowledge({ packsDir: dir }),
    (err: unknown) => {
      assert.ok(err instanceof PackError);
      assert.equal(err.code, "PACK_INVALID");
      assert.match(err.message, /general\.json/);
      assert.match(err.message, /\$\.entities\[1\]\.type/);
      assert.match(err.message, /entity "weapon:x-1"/);
      assert.match(err.message, /"tnk"/);
      assert.match(err.message, /expected/i);
      return true;
    },
  );
});

void test("rejects malformed ids, missing names and unknown fields", () => {
  const dir = packDir({
    "general.json": { pack: "t", version: 1, entities: [{ id: "Bad Id", type: "country", aliases: [], colour: "red" }] },
  });
  assert.throws(() => loadKnowledge({ packsDir: dir }), (err: unknown) => {
    assert.ok(err instanceof PackError);
    assert.match(err.message, /\$\.entities\[0\]\.id/);
    assert.match(err.message, /\$\.entities\[0\]\.name/);
    assert.match(err.message, /colour/);
    return true;
  });
});

void test("rejects JSON syntax errors with the file name", () => {
  const dir = packDir({ "general.json": "{ not json" });
  assert.throws(() => loadKnowledge({ packsDir: dir }), /Invalid knowledge pack .*general\.json: expected JSON/);
});

void test("rejects references to entities no pack defines", () => {
  const dir = packDir({
    "general.json": {
      pack: "t",
      version: 1,
      entities: [country, { id: "person:a-b", name: "A B", type: "person", aliases: [], roles: [{ title: "President", of: "country:zz" }] }],
    },
  });
  assert.throws(() => loadKnowledge({ packsDir: dir }), /\$\.entities\[1\]\.roles\[0\]\.of .*"country:zz"/);
});

void test("rejects an id defined twice across packs", () => {
  const dir = packDir({
    "a.json": { pack: "a", version: 1, entities: [country] },
    "b.json": { pack: "b", version: 1, entities: [country] },
  });
  assert.throws(() => loadKnowledge({ packsDir: dir }), /b\.json: at \$\.entities\[0\]\.id: expected a unique id; found "country:xa", already defined in .*a\.json/);
});

void test("reads only top-level pack files, ignoring sub-folders such as lexicon/", () => {
  const dir = packDir({
    "general.json": { pack: "t", version: 1, entities: [country] },
    "lexicon/words.json": ["not", "a", "pack"],
  });
  const kb = loadKnowledge({ packsDir: dir });
  assert.equal(kb.country("Examplish")?.id, "country:xa");
  assert.equal(kb.sources.length, 1);
});

void test("loads user packs given by path and resolves their names", () => {
  const dir = packDir({ "general.json": { pack: "t", version: 1, entities: [country] } });
  const extra = packDir({
    "mine.json": {
      pack: "mine",
      version: 1,
      entities: [{ id: "weapon:zx-9", name: "ZX-9 Example", type: "weapon", aliases: ["ZX-9"], country: "country:xa", category: "drone" }],
    },
  });
  const kb = loadKnowledge({ packsDir: dir, extraPacks: [join(extra, "mine.json")] });
  assert.equal(kb.lookup("zx 9")?.id, "weapon:zx-9");
  assert.throws(() => loadKnowledge({ packsDir: dir, extraPacks: [join(extra, "missing.json")] }), (err: unknown) => {
    assert.ok(err instanceof TriangulateError);
    assert.equal(err.code, "PACK_NOT_FOUND");
    return true;
  });
});

void test("caches the knowledge base per option set", () => {
  assert.equal(loadKnowledge(), loadKnowledge());
  assert.equal(loadKnowledge({ extraPacks: [] }), loadKnowledge());
});
