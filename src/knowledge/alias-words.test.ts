/** @module Tests of the aliases language pack: what the alias matcher reads around a name, validated on load. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { aliasWords, parseAliasWords } from "./alias-words.ts";

const pack = { pack: "lang-en-aliases", version: 1, description: "t", militaryContext: ["tank", "tanks", "air force"], calendarWords: ["Monday"], openingWords: ["then"], placePrepositions: ["in"], titleAbbreviations: { PM: "prime minister" } };

test("the aliases pack reads whole military words and phrases, and lower-cases its word sets", () => {
  const w = parseAliasWords(pack, "aliases.json");
  assert.ok(w.militaryContext.test("Russian tanks crossed"));
  assert.ok(w.militaryContext.test("the Air Force said"));
  assert.ok(!w.militaryContext.test("a tanker docked"));
  assert.ok(w.calendarWords.has("monday"));
  assert.equal(w.titleAbbreviations.get("pm"), "prime minister");
  assert.equal(w.titleAbbreviations.get("constructor"), undefined);
});

test("a bad aliases pack is refused with its file and the path that is wrong", () => {
  assert.throws(() => parseAliasWords({ ...pack, militaryContext: [] }, "my-aliases.json"), /my-aliases\.json: invalid aliases pack at \$\.militaryContext/);
});

test("the bundled aliases pack loads", () => {
  assert.ok(aliasWords().militaryContext.test("fighter jets"));
  assert.ok(aliasWords().placePrepositions.has("in"));
});
