/** @module Tests: name folding, spelling variants, edit distance and script conversions. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { editDistance, foldName } from "./fold.ts";
import { cyrillicReadings, foldHomoglyphs, hasForeignLetters, transliterate } from "./script.ts";

void test("folds case, spaces, hyphens and punctuation to one key", () => {
  const key = foldName("Su-57");
  for (const s of ["Su 57", "Su57", "SU-57", "su–57", "Su‑57"]) assert.equal(foldName(s), key, s);
  assert.equal(foldName("U.S."), "us");
  assert.equal(foldName("Sukhoi Su-57"), "sukhoisu57");
});

void test("folds British and American spellings together", () => {
  assert.equal(foldName("Ministry of Defence"), foldName("Ministry of Defense"));
  assert.equal(foldName("Make in India programme"), foldName("Make in India program"));
  assert.equal(foldName("Shanghai Cooperation Organisation"), foldName("Shanghai Cooperation Organization"));
  assert.equal(foldName("Centre"), foldName("Center"));
  assert.notEqual(foldName("Defence"), foldName("Defiance"));
});

void test("drops diacritics of Latin letters but keeps other scripts", () => {
  assert.equal(foldName("Erdoğan"), "erdogan");
  assert.equal(foldName("Sébastien"), "sebastien");
  assert.equal(foldName("С-400"), "с400");
});

void test("measures Damerau-Levenshtein distance with transpositions", () => {
  assert.equal(editDistance("modi", "modl"), 1);
  assert.equal(editDistance("f61", "f16"), 1);
  assert.equal(editDistance("putin", "putn"), 1);
  assert.equal(editDistance("s400", "s400"), 0);
  assert.equal(editDistance("abcdef", "zzzzzz", 2), 3);
});

void test("folds Cyrillic look-alike letters to Latin", () => {
  assert.equal(foldHomoglyphs("С-400"), "C-400");
  assert.equal(foldHomoglyphs("Т-90"), "T-90");
  assert.equal(foldHomoglyphs("MiG-29"), "MiG-29");
  assert.ok(hasForeignLetters("Т-90"));
  assert.ok(!hasForeignLetters("T-90"));
});

void test("transliterates Cyrillic names and designations", () => {
  assert.equal(transliterate("С-400 «Триумф»"), "S-400 «Triumf»");
  assert.equal(transliterate("Су-57"), "Su-57");
  assert.equal(transliterate("МиГ-29"), "MiG-29");
  assert.equal(transliterate("Ми-17"), "Mi-17");
  assert.equal(transliterate("Владимир Путин"), "Vladimir Putin");
  assert.equal(transliterate("Жуков"), "Zhukov");
  assert.equal(transliterate("MiГ-29"), "MiG-29");
});

void test("re-reads Latin look-alikes as Cyrillic letters", () => {
  const readings = cyrillicReadings("Cy").map((r) => r.latin);
  assert.ok(readings.includes("Su"));
  assert.ok(readings.includes("Sy"));
  assert.deepEqual(cyrillicReadings("C").map((r) => r.latin), ["S"]);
  assert.deepEqual(cyrillicReadings("F"), []);
});

void test("folds Latin letters that have no decomposition to their base letters", () => {
  assert.equal(foldName("Władysław Kosiniak-Kamysz"), foldName("Wladyslaw Kosiniak Kamysz"));
  assert.equal(foldName("Đorđe"), foldName("Dorde"));
  assert.equal(foldName("Iğdır"), foldName("Igdir"));
});
