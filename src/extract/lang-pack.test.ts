/** @module Tests of the English numbers pack: loading, validation, and what a phrase before a bare number makes it count. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { PackError } from "../errors.ts";
import { isContrastWord, nonPredicateVerbs, numberLexicon, parseContrastLexicon, parseNumberLexicon, parsePronounLexicon, parseVerbLexicon, personPronouns } from "./lang-pack.ts";
import { extractQuantities } from "./quantities.ts";
import { segment } from "../text/sentences.ts";
import type { Sentence } from "../types.ts";

function sentence(text: string): Sentence {
  const [s] = segment(text, [0, text.length]);
  assert.ok(s);
  return { index: 0, span: s.span, text, paragraph: 0, block: "prose", tokens: s.tokens };
}
const units = (text: string): string[] => extractQuantities(sentence(text), { mentions: [], dateSpans: [] }).map((q) => `${q.value} ${q.unit}`);

test("loads the bundled numbers pack", () => {
  assert.equal(numberLexicon().impliedUnits.get("mother of"), "child");
});

test("rejects a numbers pack of the wrong shape, naming the file and the path", () => {
  assert.throws(
    () => parseNumberLexicon({ pack: "lang-en-numbers", version: 1, description: "x", impliedUnits: [{ unit: "", after: ["mother of"] }] }, "my-numbers.json"),
    (e: unknown) => e instanceof PackError && /my-numbers\.json: invalid numbers pack at \$\.impliedUnits\.0\.unit/.test(e.message),
  );
});

test("a mother of two counts children, not the dead of the sentence's verb", () => {
  assert.deepEqual(units("The mother of two died in the crash."), ["2 child"]);
  assert.deepEqual(units("Two people died in the crash."), ["2 killed"]);
});

test("a proper name right after the number is whom the phrase is about, not what the number counts", () => {
  assert.deepEqual(units("Mother of three Jane Doe shot dead in her home."), ["3 child"]);
  assert.deepEqual(units("Father of two John Smith death ruled a homicide."), ["2 child"]);
  assert.deepEqual(units("The mother of three children spoke."), ["3 child"]);
  assert.deepEqual(units("Five Rafale jets landed."), ["5 jet"]);
});

test("quantity.glued-name: letters glued to a number that are no unit make a name; a unit glued to it stays a measure", () => {
  assert.deepEqual(units("He spent three seasons with the 49ers."), ["3 season"]);
  const dropped: string[] = [];
  extractQuantities(sentence("The 76ers won again."), { mentions: [], dateSpans: [], onDrop: (rule, _span, text) => dropped.push(`${rule.id} ${text}`) });
  assert.deepEqual(dropped, ["quantity.glued-name 76ers"]);
  assert.deepEqual(units("The village lies 12km from the coast."), ["12 km"]);
  assert.ok(numberLexicon().gluedUnits.has("bn"));
});

test("the contrast pack: days, directions, colours and opposites are contrast words; other words are not", () => {
  for (const w of ["Monday", "west", "grey", "silver", "increase", "decrease", "hired", "fired"]) assert.ok(isContrastWord(w), w);
  for (const w of ["rehab", "clinic", "acquire", "blaze"]) assert.ok(!isContrastWord(w), w);
});

test("rejects a contrast pack or a verbs pack of the wrong shape, naming the file", () => {
  assert.throws(
    () => parseContrastLexicon({ pack: "lang-en-contrast", version: 1, description: "x", sets: [{ kind: "day", words: ["monday"] }] }, "my-contrast.json"),
    (e: unknown) => e instanceof PackError && /my-contrast\.json: invalid contrast pack at \$\.sets\.0\.words/.test(e.message),
  );
  assert.throws(
    () => parseVerbLexicon({ pack: "lang-en-verbs", version: 1, description: "x", reporting: [] , light: ["be"] }, "my-verbs.json"),
    (e: unknown) => e instanceof PackError && /my-verbs\.json: invalid verbs pack at \$\.reporting/.test(e.message),
  );
  assert.ok(nonPredicateVerbs().has("say") && nonPredicateVerbs().has("be") && !nonPredicateVerbs().has("acquire"));
});

test("the pronouns pack: pronouns for a person and clause openers, validated on load", () => {
  assert.ok(personPronouns().person.has("he"));
  assert.ok(personPronouns().clauseOpeners.has("that"));
  assert.throws(
    () => parsePronounLexicon({ pack: "lang-en-pronouns", version: 1, description: "x", person: [], clauseOpeners: ["that"] }, "my-pronouns.json"),
    (e: unknown) => e instanceof PackError && /my-pronouns\.json: invalid pronouns pack/.test(e.message),
  );
});
