/** @module Tests of short-form resolution (coref.short-form, coref.story-short-form): each rule with names it must resolve and names it must leave alone. */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Mention } from "../types.ts";
import { COREF_RULES, isAcronymOf, isShortForm, resolveShortForms, shortFormMap, storyShortForms } from "./coref.ts";

let pos = 0;
function m(canonical: string, type: Mention["type"] = "person", source: Mention["source"] = "chunk"): Mention {
  pos += 10;
  return { kind: "mention", span: [pos, pos + canonical.length], sentence: 0, text: canonical, entityId: source === "chunk" ? null : canonical, canonical, type, source, role: null };
}

test("isShortForm: a surname of a person, the leading words of any name, or its initials", () => {
  assert.ok(isShortForm("Halvorsen", "Erik Halvorsen", true));
  assert.ok(!isShortForm("Halvorsen", "Erik Halvorsen", false), "a surname is a short form of people only");
  assert.ok(isShortForm("Varnholm Port", "Varnholm Port Authority", false));
  assert.ok(!isShortForm("Port Authority", "Varnholm Port Authority", false), "trailing words of a non-person are no short form");
  assert.ok(isAcronymOf("NPA", "Norland Press Agency"));
  assert.ok(isAcronymOf("KDM", "Kestria Daily Mirror Inc."));
  assert.ok(!isAcronymOf("NPA", "Norland Post"));
});

test("coref.short-form resolves a surname after the full name, and reports the rule", () => {
  const seen: string[] = [];
  const out = resolveShortForms([m("Erik Halvorsen"), m("Halvorsen"), m("Holmgard", "place")], (rule, mention, long) => seen.push(`${rule.id}: ${mention.text} → ${long}`));
  assert.deepEqual(out.map((x) => x.canonical), ["Erik Halvorsen", "Erik Halvorsen", "Holmgard"]);
  assert.deepEqual(seen, [`${COREF_RULES.document.id}: Halvorsen → Erik Halvorsen`]);
});

test("coref.short-form leaves a short form alone when two longer names fit, or when it comes first", () => {
  assert.deepEqual(resolveShortForms([m("Anna Varga"), m("Peter Varga"), m("Varga")]).map((x) => x.canonical), ["Anna Varga", "Peter Varga", "Varga"]);
  // "Skarn" the company, named before "Skarn Defence Systems" is: not rewritten.
  assert.deepEqual(resolveShortForms([m("Skarn", "organization"), m("Skarn Defence Systems", "organization")]).map((x) => x.canonical), ["Skarn", "Skarn Defence Systems"]);
  // A pack name is never rewritten.
  assert.deepEqual(resolveShortForms([m("Erik Halvorsen"), m("Halvorsen", "person", "pack")]).map((x) => x.canonical), ["Erik Halvorsen", "Halvorsen"]);
});

test("coref.story-short-form: across articles any single longer name of the story qualifies", () => {
  const map = storyShortForms([m("Halvorsen"), m("Erik Halvorsen"), m("Reiner"), m("Tomas Reiner"), m("Jan Reiner")]);
  assert.equal(map.get("Halvorsen"), "Erik Halvorsen");
  assert.equal(map.has("Reiner"), false);
  assert.equal(shortFormMap(new Map([["NPA", { person: false, chunk: true }], ["Norland Press Agency", { person: false, chunk: true }]])).get("NPA"), "Norland Press Agency");
});

test("a place is not the organization named after it", () => {
  assert.deepEqual(resolveShortForms([m("Varnholm Port Authority", "organization"), m("Varnholm", "place")]).map((x) => x.canonical), ["Varnholm Port Authority", "Varnholm"]);
  assert.deepEqual(resolveShortForms([m("Varnholm Port Authority", "organization"), m("Varnholm Port", "organization")]).map((x) => x.canonical), ["Varnholm Port Authority", "Varnholm Port Authority"]);
});

test("coref.story-short-form: a place's name stands for the one club of that place the story names (a nickname in the names lexicon), unless the story writes the nickname as a common word", () => {
  const mentions = [m("Varnholm", "place"), m("Varnholm Wolves", "organization"), m("Varnholm Port Authority", "organization")];
  assert.equal(storyShortForms(mentions, new Set(["the", "won"])).get("Varnholm"), "Varnholm Wolves");
  // A story that writes "wolves" in lower case may mean the animals: the place stays a place.
  assert.equal(storyShortForms(mentions, new Set(["the", "wolves"])).has("Varnholm"), false);
  // Without the story's words, or with two clubs of the place, or an organization that is no club: no rewrite.
  assert.equal(storyShortForms(mentions).has("Varnholm"), false);
  assert.equal(storyShortForms([...mentions, m("Varnholm Bruins", "organization")], new Set(["the"])).has("Varnholm"), false);
  assert.equal(storyShortForms([m("Varnholm", "place"), m("Varnholm Port Authority", "organization")], new Set(["the"])).has("Varnholm"), false);
});
