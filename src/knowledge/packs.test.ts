/** @module Tests: coverage and consistency of the built-in packs (general.json, defense.json). */
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadKnowledge } from "./kb.ts";
import type { PackEntity } from "./schema.ts";

const kb = loadKnowledge();
const all = [...kb.entities.values()];
const of = (type: PackEntity["type"]): PackEntity[] => all.filter((e) => e.type === type);

void test("lists all 193 UN member states plus the two observer states", () => {
  const members = of("country").filter((e) => e.member === "un");
  assert.equal(members.length, 193);
  assert.deepEqual(of("country").filter((e) => e.member === "observer").map((e) => e.id).sort(), ["country:ps", "country:va"]);
  assert.equal(new Set(members.map((e) => e.iso2)).size, 193);
  for (const c of members) assert.ok(c.capital, `${c.id} has a capital`);
  assert.equal(kb.entities.get("place:tw")?.type, "place");
  assert.equal(kb.entities.get("place:xk")?.type, "place");
});

void test("holds at least 150 weapon systems from many origins, each with category and origin", () => {
  const weapons = of("weapon");
  assert.ok(weapons.length >= 150, `${weapons.length} weapons`);
  const origins = new Set(weapons.map((w) => w.country));
  for (const c of ["ru", "us", "cn", "in", "fr", "gb", "il", "tr", "de", "se", "kr", "ir"]) assert.ok(origins.has(`country:${c}`), c);
  for (const w of weapons) {
    assert.ok(w.category, `${w.id} category`);
    assert.ok(w.country, `${w.id} origin`);
  }
});

void test("includes the real near neighbours that must never be flagged", () => {
  for (const d of ["S-300", "S-350", "S-400", "S-500", "S-550", "Su-27", "Su-30", "Su-30MKI", "Su-33", "Su-34", "Su-35", "Su-57", "Su-75",
    "MiG-21", "MiG-29", "MiG-31", "MiG-35", "F-15", "F-16", "F-18", "F-22", "F-35", "Tejas", "Rafale", "C-130", "C-17", "C-5", "C-295"]) {
    const e = kb.lookup(d);
    assert.equal(e?.type, "weapon", d);
  }
});

void test("gives leaders their offices with start dates", () => {
  const trump = kb.entities.get("person:donald-trump");
  assert.ok(trump?.roles?.some((r) => r.title === "President" && r.of === "country:us" && r.from === "2025-01-20" && !r.to));
  assert.equal(kb.lookup("Narendra Modi")?.roles?.[0]?.title, "Prime Minister");
  assert.equal(kb.lookup("Dmitry Peskov")?.country, "country:ru");
  assert.equal(kb.lookup("Rajesh Kumar Singh")?.roles?.[0]?.title, "Defence Secretary");
  assert.equal(kb.lookup("Xi Jinping")?.country, "country:cn");
});

void test("describes major wire agencies and national outlets", () => {
  for (const name of ["Reuters", "AP", "AFP", "Bloomberg", "TASS", "RIA Novosti", "Interfax", "Xinhua", "PTI", "ANI", "Yonhap", "Kyodo"]) {
    assert.equal(kb.lookup(name)?.type, "outlet", name);
  }
  for (const name of ["The Hindu", "Hindustan Times", "NDTV", "The New York Times", "BBC", "Le Monde", "Der Spiegel", "Kommersant", "RT"]) {
    assert.equal(kb.lookup(name)?.type, "outlet", name);
  }
});

void test("names international organisations", () => {
  for (const name of ["UN", "NATO", "EU", "BRICS", "SCO", "Quad", "IAEA", "WHO", "IMF", "World Bank"]) {
    assert.equal(kb.lookup(name)?.type, "organization", name);
  }
});

void test("every person role, country and event date is well-formed", () => {
  for (const e of all) {
    for (const r of e.roles ?? []) {
      assert.ok(kb.entities.has(r.of), `${e.id} role of ${r.of}`);
      if (r.from && r.to) assert.ok(r.from <= r.to, `${e.id} ${r.title}`);
    }
    if (e.type === "event" && e.end) assert.ok(e.start! <= e.end, e.id);
  }
});
