/** @module Tests: garbled designations and names are flagged with evidence; real names never are. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { findGarbles, type GarbleFinding } from "./garble.ts";
import { loadKnowledge } from "./kb.ts";

const kb = loadKnowledge();

function one(text: string, story: readonly string[] = []): GarbleFinding {
  const found = findGarbles(text, { kb, storyEntityIds: new Set(story) });
  assert.equal(found.length, 1, `${text}: ${JSON.stringify(found)}`);
  return found[0]!;
}

function none(text: string, story: readonly string[] = []): void {
  assert.deepEqual(findGarbles(text, { kb, storyEntityIds: new Set(story) }), [], text);
}

void test("flags a designation with a dropped final digit, citing context and story", () => {
  const text = "The deal includes the acquisition of Su-5 fighter aircraft.";
  const g = one(text, ["weapon:su-57"]);
  assert.equal(g.text, "Su-5");
  assert.deepEqual(g.span, [37, 41]);
  assert.equal(text.slice(g.span[0], g.span[1]), "Su-5");
  assert.equal(g.entityId, "weapon:su-57");
  assert.equal(g.suggestion, "Sukhoi Su-57");
  assert.equal(g.method, "truncation");
  assert.match(g.explanation, /"Su-5" is not a known designation; "Su-57" \(Sukhoi Su-57, a Russian fighter\) differs by a dropped final digit/);
  assert.match(g.explanation, /the context says "fighter aircraft"/);
  assert.match(g.explanation, /other articles of this story mention Su-57/);
  assert.ok(g.confidence > 0.7);
});

void test("flags a designation garbled by Cyrillic transliteration", () => {
  const g = one("India may buy an advanced version of the C-500 anti-missile defense system.");
  assert.equal(g.entityId, "weapon:s-500");
  assert.equal(g.method, "transliteration");
  assert.match(g.explanation, /Cyrillic "С" \(= "S"\) gives "S-500"/);
  assert.match(g.explanation, /anti-missile/);
});

void test("flags a Cyrillic letter inside a Latin-script designation", () => {
  const t = one("The army will field the Т-90 main battle tank next year."); // Cyrillic Т
  assert.equal(t.entityId, "weapon:t-90");
  assert.equal(t.method, "homoglyph");
  assert.match(t.explanation, /Cyrillic letters \("Т"\)/);
  const m = one("Two MiГ-29 fighter jets landed.");
  assert.equal(m.entityId, "weapon:mig-29");
  assert.equal(m.method, "transliteration");
});

void test("does not flag native Cyrillic text", () => {
  none("Россия поставит Индии С-400 и истребители Су-57, сообщил Песков.");
});

void test("flags a truncated designation near a fitting cue", () => {
  const g = one("Officials said the F-3 stealth fighter would not be offered.");
  assert.equal(g.entityId, "weapon:f-35");
  assert.equal(g.method, "truncation");
});

void test("flags swapped digits", () => {
  const g = one("The air force wants more F-61 fighter jets.");
  assert.equal(g.entityId, "weapon:f-16");
  assert.equal(g.method, "digit-swap");
  assert.match(g.explanation, /two swapped digits/);
});

void test("flags a dropped interior digit when the story names the system", () => {
  const g = one("Delivery of the S-40 units is delayed.", ["weapon:s-400"]);
  assert.equal(g.entityId, "weapon:s-400");
});

void test("flags Latin look-alike letters read as Cyrillic", () => {
  const g = one("The Cy-57 fighter was displayed in Zhuhai.");
  assert.equal(g.entityId, "weapon:su-57");
  assert.equal(g.method, "transliteration");
});

void test("never flags real near-neighbour designations", () => {
  none(
    "The S-300, S-350, S-400, S-500 and S-550 air defence systems; Su-27, Su-30, Su-30MKI, Su-33, Su-34, Su-35, Su-57 " +
      "and Su-75 fighter jets; MiG-21, MiG-29, MiG-31 and MiG-35 fighters; F-15, F-16, F-18, F-22 and F-35 fighter aircraft; " +
      "C-130, C-17, C-5, C-295 and C-390 transport aircraft; the Tejas and Rafale fighters.",
    ["weapon:su-57", "weapon:s-400", "weapon:f-35"],
  );
});

void test("does not flag an unknown variant of a known designation", () => {
  none("Malaysia flies the Su-30MKM fighter jet.", ["weapon:su-30mki"]);
});

void test("requires context or story evidence", () => {
  none("The committee discussed item Su-5 on Tuesday.");
  none("The F-3 was mentioned once.");
  const g = one("The committee discussed item Su-5 on Tuesday.", ["weapon:su-57"]);
  assert.equal(g.entityId, "weapon:su-57");
});

void test("does not flag a near miss whose category contradicts the context", () => {
  none("The K-5 fighter jets flew past."); // K-4 is a missile, not a fighter
});

void test("skips ambiguous near misses that evidence cannot separate", () => {
  none("The MiG-2 fighter jets took off."); // MiG-21, -23, -25, -29 all fit
});

void test("flags person names misspelled by one letter next to the other name part", () => {
  const m = one("Prime Minister Narendra Modl will host the summit.");
  assert.equal(m.entityId, "person:narendra-modi");
  assert.equal(m.text, "Modl");
  assert.equal(m.method, "edit");
  const p = one("Talks with Vladimir Putn are expected.");
  assert.equal(p.entityId, "person:vladimir-putin");
  assert.match(p.explanation, /"Vladimir Putn" matches the rest of the name/);
});

void test("flags a lone misspelled surname only when the story mentions the person", () => {
  none("The talks with President Putn were short.");
  const g = one("The talks with President Putn were short.", ["person:vladimir-putin"]);
  assert.equal(g.entityId, "person:vladimir-putin");
  assert.match(g.explanation, /other articles of this story mention Vladimir Putin/);
});

void test("does not flag correctly spelled or unrelated names", () => {
  none("Narendra Modi met Vladimir Putin and Dmitry Peskov in New Delhi.", ["person:vladimir-putin"]);
  none("Analyst Maria Lopez said the Tejas programme was delayed.", ["person:narendra-modi"]);
});

void test("an ordinary English word one letter from a known surname is no garble, even when the story names the person", () => {
  // "Mode" and "Pulin" are both one edit from a part of a known name; only the word no dictionary knows is flagged.
  none("Prime Minister Narendra Modi spoke on Monday. Crowds gathered in Mode Street afterwards.", ["person:narendra-modi"]);
  const g = one("Prime Minister Narendra Modi spoke on Monday. Later, President Pulin arrived.", ["person:vladimir-putin"]);
  assert.equal(g.text, "Pulin");
});

void test("names the outlets of the other articles that mention the intended entity", () => {
  const found = findGarbles("The deal includes the acquisition of Su-5 fighter aircraft.", {
    kb,
    storyEntityIds: new Set(["weapon:su-57"]),
    storyEntityOutlets: (id) => (id === "weapon:su-57" ? ["Daily Ledger", "The Courier"] : []),
  });
  assert.match(found[0]?.explanation ?? "", /other articles of this story \(Daily Ledger, The Courier\) mention Su-57/);
});
