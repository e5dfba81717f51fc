/** @module Tests: alias matching, person variants, ministries, countries and lookups on the real packs. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadKnowledge } from "./kb.ts";
import type { AliasMatch } from "./types.ts";

const kb = loadKnowledge();

function only(text: string): AliasMatch {
  const ms = kb.findAliases(text);
  assert.equal(ms.length, 1, `${text}: ${JSON.stringify(ms)}`);
  return ms[0]!;
}

void test("matches a designation however it is spaced, hyphenated or cased", () => {
  for (const s of ["Su 57", "Su57", "Su-57", "SU-57", "Sukhoi Su-57", "Sukhoi-57", "Su-57s"]) {
    const m = only(`They may buy the ${s} soon.`);
    assert.equal(m.entityId, "weapon:su-57", s);
    assert.equal(m.text, s);
  }
});

void test("keeps real near-neighbour designations apart", () => {
  const ids = kb.findAliases("S-300, S-350, S-400, S-500, S-550, Su-30, Su-30MKI, Su-35, MiG-29, MiG-31, F-15, F-16, C-130").map((m) => m.entityId);
  assert.deepEqual(ids, [
    "weapon:s-300", "weapon:s-350", "weapon:s-400", "weapon:s-500", "weapon:s-550", "weapon:su-30", "weapon:su-30mki",
    "weapon:su-35", "weapon:mig-29", "weapon:mig-31", "weapon:f-15", "weapon:f-16", "weapon:c-130",
  ]);
});

void test("resolves marketing names and NATO reporting names", () => {
  assert.equal(kb.lookup("S-400 Triumph")?.id, "weapon:s-400");
  assert.equal(kb.lookup("SA-21 Growler")?.id, "weapon:s-400");
  assert.equal(kb.lookup("Triumf")?.id, "weapon:s-400");
});

void test("resolves native Cyrillic and Chinese forms", () => {
  const ru = kb.findAliases("Россия поставит С-400 «Триумф» Индия");
  assert.deepEqual(ru.map(pick), [["country:ru", "native"], ["weapon:s-400", "native"], ["country:in", "native"]]);
  assert.equal(ru[1]!.text, "С-400 «Триумф");
  assert.equal(kb.lookup("歼-20")?.id, "weapon:j-20");
  assert.equal(kb.lookup("Су-57")?.id, "weapon:su-57");
});

void test("resolves a designation spelled with Cyrillic look-alikes via homoglyph folding", () => {
  const m = only("The Ѕu-57 was shown."); // Cyrillic dze looks like Latin S
  assert.deepEqual(pick(m), ["weapon:su-57", "homoglyph"]);
  assert.deepEqual(pick(only("The Сu-57 was shown.")), ["weapon:su-57", "transliteration"]); // Cyrillic Es + Latin u
});

void test("does not join names across a sentence end but keeps initials", () => {
  const ms = kb.findAliases("S. Jaishankar flew to Moscow. Prime Minister Modi stayed.");
  assert.deepEqual(ms.map((m) => m.text), ["S. Jaishankar", "Moscow", "Prime Minister Modi"]);
  assert.equal(ms[2]!.roleOf, undefined);
});

void test("resolves a designation with a Cyrillic letter via transliteration", () => {
  assert.deepEqual(pick(only("The MiГ-29 flew.")), ["weapon:mig-29", "transliteration"]);
});

void test("matches countries by adjective, name, capital metonym and US abbreviations", () => {
  const ms = kb.findAliases("Indian and Russian officials; the U.S. and the US; Washington and New Delhi; Kyiv, Kiev.");
  assert.deepEqual(ms.map((m) => [m.entityId, m.via]), [
    ["country:in", "adjective"], ["country:ru", "adjective"], ["country:us", "alias"], ["country:us", "alias"],
    ["country:us", "alias"], ["country:in", "alias"], ["country:ua", "alias"], ["country:ua", "alias"],
  ]);
  assert.equal(ms[4]!.form, "capital");
});

void test("does not read the pronoun 'us' or the word 'who' as acronyms", () => {
  assert.deepEqual(kb.findAliases("He told us who would come."), []);
  assert.equal(only("The WHO said so.").entityId, "org:who");
});

void test("country() accepts adjectives, demonyms, names, capitals and possessives", () => {
  assert.equal(kb.country("Indian")?.id, "country:in");
  assert.equal(kb.country("Russians")?.id, "country:ru");
  assert.equal(kb.country("the United States of America")?.id, "country:us");
  assert.equal(kb.country("Britain")?.id, "country:gb");
  assert.equal(kb.country("Moscow")?.id, "country:ru");
  assert.equal(kb.country("India's")?.id, "country:in");
  assert.equal(kb.country("Sukhoi"), null);
});

void test("turns ministry phrases into the owning country's ministry", () => {
  assert.equal(only("the Indian Ministry of Defence approved it").entityId, "org:ministry-of-defence:in");
  assert.equal(only("the Indian Ministry of Defense approved it").entityId, "org:ministry-of-defence:in");
  assert.equal(only("India’s Defence Ministry said").entityId, "org:ministry-of-defence:in");
  assert.equal(only("the Defense Ministry of India said").entityId, "org:ministry-of-defence:in");
  assert.equal(only("the Russian Foreign Ministry said").entityId, "org:ministry-of-foreign-affairs:ru");
  assert.equal(only("the Ministry of External Affairs said").entityId, "org:ministry-of-foreign-affairs:in");
  assert.equal(only("the Pentagon said").entityId, "org:ministry-of-defence:us");
  assert.equal(only("the Defence Ministry said").entityId, "org:ministry-of-defence");
  assert.equal(kb.lookup("the Defense Ministry of India")?.id, "org:ministry-of-defence:in");
});

void test("matches people by full name, surname, title and surname, and role prefix", () => {
  const a = only("Russian President Vladimir Putin arrives.");
  assert.equal(a.entityId, "person:vladimir-putin");
  assert.equal(a.text, "Russian President Vladimir Putin");
  assert.equal(a.via, "title");
  assert.equal(a.role, "President");
  assert.equal(a.roleOf, "country:ru");
  assert.deepEqual(pick(only("talks with President Putin")), ["person:vladimir-putin", "title"]);
  assert.deepEqual(pick(only("PM Modi said")), ["person:narendra-modi", "title"]);
  assert.deepEqual(pick(only("as Prime Minister Narendra Modi said")), ["person:narendra-modi", "title"]);
  assert.equal(only("India’s Prime Minister Narendra Modi").roleOf, "country:in");
  assert.deepEqual(pick(only("Then Putin left.")), ["person:vladimir-putin", "alias"]);
  const peskov = kb.findAliases("Kremlin press secretary Dmitry Peskov");
  assert.deepEqual(peskov.map(pick), [["org:kremlin", "alias"], ["person:dmitry-peskov", "title"]]);
  assert.equal(peskov[1]!.role, "press secretary");
});

void test("uses the title to tell apart people who share a surname", () => {
  assert.equal(only("Defence Secretary Rajesh Kumar Singh told reporters").entityId, "person:rajesh-kumar-singh");
  assert.equal(only("Defence Minister Singh told reporters").entityId, "person:rajnath-singh");
  assert.deepEqual(kb.findAliases("Mr Singh told reporters"), []);
});

void test("names laws, programmes, outlets and events", () => {
  assert.equal(kb.lookup("Countering America's Adversaries Through Sanctions Act")?.id, "law:caatsa");
  assert.equal(kb.lookup("CAATSA")?.id, "law:caatsa");
  assert.equal(kb.lookup("Make in India")?.id, "law:make-in-india");
  assert.equal(kb.lookup("The Times of India")?.id, "outlet:toi");
  assert.equal(kb.lookup("Bloomberg")?.id, "outlet:bloomberg");
  assert.equal(kb.lookup("conflict in Ukraine")?.id, "event:russia-ukraine-war");
});

void test("lists events with start dates", () => {
  const war = kb.events().find((e) => e.id === "event:russia-ukraine-war");
  assert.equal(war?.start, "2022-02-24");
  assert.ok(kb.events().every((e) => typeof e.start === "string"));
});

void test("returns null for names no pack knows", () => {
  assert.equal(kb.lookup("Su-5"), null);
  assert.equal(kb.lookup("Zorblax Industries"), null);
});

function pick(m: AliasMatch): [string, string] {
  return [m.entityId, m.via];
}

void test("a one-word organization alias inside a longer unknown name is not that organization", () => {
  assert.equal(kb.findAliases("Rafael Dimaculangan, spokesman for the disaster council, said most deaths were in Bicol.").length, 0);
  assert.equal(kb.findAliases("said spokesman Marcos Rafael on Friday").length, 0);
  // Alone it still is, also after a country it belongs to.
  assert.equal(only("The system was built by Rafael for the army.").entityId, "org:rafael");
  assert.ok(kb.findAliases("Israel's Rafael said the system was ready.").some((m) => m.entityId === "org:rafael"));
});

void test("lower-case words are not names, and a known name run into another capitalized word is another name", () => {
  for (const t of ["They had nowhere to go after the flood.", "He put in a bid.", "It looked as if it would rain.", "A bear was seen near the camp."]) {
    assert.deepEqual(kb.findAliases(t), [], t);
  }
  for (const t of ["Mark Austin said.", "Kim Soo-min won the race.", "Jordan Wapoose, a passenger, said.", "Kenya Airways cancelled flights."]) {
    assert.deepEqual(kb.findAliases(t), [], t);
  }
  assert.equal(only("Then Putin left.").entityId, "person:vladimir-putin");
  assert.equal(only("In Kenya, rain fell.").entityId, "country:ke");
  assert.equal(only("Togo signed.").entityId, "country:tg");
});

void test("a reporting name needs a military context; a designation is not a lower-case or 'a N' look-alike; 'in Austin' is a place", () => {
  assert.deepEqual(kb.findAliases("The Halo glasses went on sale in Austin on Friday."), []);
  assert.ok(kb.findAliases("Russia deployed Halo heavy-lift helicopters.").some((m) => m.entityId === "weapon:mi-26"));
  assert.deepEqual(kb.findAliases("A 10,000 metres runner won the race."), []);
  assert.deepEqual(kb.findAliases("she ran a 10 km race"), []);
  assert.equal(only("The A-10 jets flew low.").entityId, "weapon:a-10");
});

void test("a surname after a form of address is a pack person only where the text names them in full or names their country", () => {
  const wang = (text: string): string[] => kb.findAliases(text).filter((m) => m.entityId === "person:wang-yi").map((m) => m.text);
  assert.deepEqual(wang("Analysts were cautious, and Mr. Wang said the chip deal made sense for the company."), []);
  assert.deepEqual(wang("Mr. Wang told reporters in Beijing that talks would continue."), ["Mr. Wang"]);
  assert.deepEqual(wang("Wang Yi met his counterpart. Later Mr. Wang said talks would continue."), ["Wang Yi", "Mr. Wang"]);
  assert.deepEqual(wang("Then Wang left the room."), ["Wang"], "without a form of address the surname reads as before");
});
