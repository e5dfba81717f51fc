/**
 * @module An English spelling dictionary (Hunspell's en-US from `dictionary-en`, checked with
 * `nspell`), loaded on first use and once per process: garble and name-variant detection ask it
 * whether a word is ordinary English ("Africa", "Johnson") before calling it a misspelled name.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type nspellType from "nspell";

const require = createRequire(import.meta.url);
type Speller = ReturnType<typeof nspellType>;
let speller: Speller | null = null;

function load(): Speller {
  const nspell = require("nspell") as typeof nspellType;
  // dictionary-en's own entry reads its files with top-level await; read them here, synchronously.
  const dir = dirname(require.resolve("dictionary-en"));
  return nspell({ aff: readFileSync(join(dir, "index.aff")), dic: readFileSync(join(dir, "index.dic")) });
}

/** Is the word spelled as in the English dictionary (as written, or with only its first letter capitalized)? */
export function isDictionaryWord(word: string): boolean {
  speller ??= load();
  if (speller.correct(word)) return true;
  const lower = word.toLowerCase();
  return lower !== word && speller.correct(lower.charAt(0).toUpperCase() + lower.slice(1));
}
