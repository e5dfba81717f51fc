/**
 * @module Tests of the English spelling check: loading only the dictionary lines a word could come
 * from gives the answers nspell gives with the whole dictionary loaded.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type nspellType from "nspell";
import { isDictionaryWord } from "./speller.ts";

const require = createRequire(import.meta.url);

test("answers as nspell does with the whole dictionary: stems, derived forms, cases, compounds, misspellings", () => {
  const nspell = require("nspell") as typeof nspellType;
  const dir = dirname(require.resolve("dictionary-en"));
  const full = nspell({ aff: readFileSync(join(dir, "index.aff")), dic: readFileSync(join(dir, "index.dic")) });
  const expected = (word: string): boolean => {
    if (full.correct(word)) return true;
    const lower = word.toLowerCase();
    return lower !== word && full.correct(lower.charAt(0).toUpperCase() + lower.slice(1));
  };
  const words = [
    "The", "THE", "Africa", "AFRICA", "africa", "Johnson", "Sampras", "Volgograd", "reopened", "unfriendliness", "nonexistent",
    "misspelt", "relabelling", "Reconsiders", "unhappily", "doesn’t", "DON'T", "1st", "21st", "11th", "112th", "3rd", "13rd",
    "NASA", "iPhone", "S-400", "HIMARS", "Geopolitical", "Diversification", "Observers", "shells", "former", "Pentagon's",
    "colour", "color", "flavours", "x", "", " padded ", "Putinn", "Moskow", "Kremlin", "Kremlins", "rewritable", "undoable",
  ];
  // Forms nspell derives (prefix, suffix, both) of a spread of dictionary entries, and near misses.
  const keys = Object.keys((full as unknown as { data: Record<string, unknown> }).data);
  for (let i = 0; i < keys.length; i += 997) {
    const k = keys[i] ?? "";
    words.push(k, k.toUpperCase(), k.charAt(0).toUpperCase() + k.slice(1), `${k}s`, `un${k}`, k.slice(0, -1));
  }
  for (const w of words) assert.equal(isDictionaryWord(w), expected(w), JSON.stringify(w));
});
