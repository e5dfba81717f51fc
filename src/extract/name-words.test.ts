/** @module Tests of the English names pack (packs/lang/en/names.json): a person's title, role and residence are read from its words. */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Claim, Mention } from "../types.ts";
import { claim } from "../crosscheck/testing.ts";
import { AGE_OLD, residences } from "../crosscheck/people.ts";
import { nameWords } from "./name-words.ts";
import { findNames, tokenizeForNames } from "./names.ts";

function named(text: string, name: string): Claim {
  const at = text.indexOf(name);
  const mentions: Mention[] = [{ kind: "mention", span: [at, at + name.length], sentence: 0, text: name, entityId: null, canonical: name, type: "person", source: "chunk", role: null }];
  return claim("a", 0, text, { mentions, subjects: [name] });
}

test("loads the bundled names pack", () => {
  assert.ok(nameWords().titleHeads.includes("Prime Minister"));
});

test("a residence is read after each of the pack's verbs and before each of its followers", () => {
  const w = nameWords();
  for (const verb of w.residenceVerbs) assert.deepEqual(residences(named(`Raj Chohan, who ${verb} nearby in South Ozone Park, said so.`, "Raj Chohan")).map((r) => r.place), ["South Ozone Park"], verb);
  for (const word of w.residenceFollowers) assert.deepEqual(residences(named(`Jo Reid, 33, of Bloomington ${word} there.`, "Jo Reid")).map((r) => r.place), ["Bloomington"], word);
  assert.deepEqual(residences(named("Jo Reid, 33, of Bloomington spoke there.", "Jo Reid")), []);
});

test("a name opened by each storm word of the pack is an event; one ended by a compass word is a place", () => {
  const typeOf = (text: string, name: string): string | undefined => findNames(text, tokenizeForNames(text)).find((c) => c.text === name)?.type;
  for (const word of nameWords().stormWords) {
    const storm = `${word[0]?.toUpperCase()}${word.slice(1)} Tindalo`;
    assert.equal(typeOf(`Officials said ${storm} hit the coast on Saturday.`, storm), "MISC", word);
  }
  assert.equal(typeOf("Officials said Ramon Tindalo hit the coast on Saturday.", "Ramon Tindalo"), "PER");
  assert.equal(typeOf("Floods hit Camarines Sur on Saturday.", "Camarines Sur"), "LOC");
});

test("an age's words come from the pack: the unit in either number, hyphened or spaced, and 'old'", () => {
  for (const after of ["-year-old actress", " years old", " years-old", " year old"]) assert.ok(AGE_OLD().test(after), after);
  for (const after of [" yards old", "-year-long", " years older"]) assert.ok(!AGE_OLD().test(after), after);
});
