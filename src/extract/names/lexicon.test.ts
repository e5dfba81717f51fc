/** @module Behaviour of the name lexicon loader: shipped lists load and index; broken files throw PackError. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { PackError } from "../../errors.ts";
import { buildNameLexicon, lexKey, loadNameLexicon } from "./lexicon.ts";

const FILES = ["given-names", "person-titles", "organizations", "places", "nationalities", "common"];
const shipped = new URL("../../../packs/lexicon/", import.meta.url);

function copyLexicon(edit?: (name: string, json: Record<string, unknown>) => void): URL {
  const dir = mkdtempSync(join(tmpdir(), "names-lexicon-"));
  for (const name of FILES) {
    const json = JSON.parse(readFileSync(new URL(`${name}.json`, shipped), "utf8")) as Record<string, unknown>;
    edit?.(name, json);
    writeFileSync(join(dir, `${name}.json`), JSON.stringify(json));
  }
  return pathToFileURL(`${dir}/`);
}

test("loads the shipped lexicon as lower-cased lookup sets, multi-word entries included", () => {
  const lex = loadNameLexicon();
  assert.ok(lex.countries.has("united kingdom"));
  assert.ok(lex.cities.has("new york"));
  assert.ok(lex.honorifics.has("mr"));
  assert.ok(lex.orgSuffixes.has("ltd"));
  assert.ok(lex.nationalities.has("brazilian"));
  assert.ok(lex.maxPhrase >= 3);
  assert.equal(loadNameLexicon(), lex);
});

test("normalizes keys: case, inner spaces and surrounding blanks", () => {
  assert.equal(lexKey("  New   York "), "new york");
});

test("throws a PackError naming the file when a list has the wrong shape", () => {
  const dir = copyLexicon((name, json) => {
    if (name === "places") json["countries"] = "France";
  });
  try {
    assert.throws(() => buildNameLexicon(dir), (e: unknown) => e instanceof PackError && /places\.json/.test(e.message));
  } finally {
    rmSync(new URL(dir), { recursive: true, force: true });
  }
});

test("throws a PackError when a lexicon file is missing", () => {
  const dir = copyLexicon();
  rmSync(new URL("common.json", dir));
  try {
    assert.throws(() => buildNameLexicon(dir), (e: unknown) => e instanceof PackError && e.code === "PACK_INVALID");
  } finally {
    rmSync(new URL(dir), { recursive: true, force: true });
  }
});
