/** @module Tests of number roles: ages after a name, bare numbers that fill no slot, counted numbers. */
import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import type { Claim, Mention, Quantity } from "../types.ts";
import { NUMBER_RULES, numberRole, rateOf } from "./number-roles.ts";

function claim(text: string, names: string[]): Claim {
  const mentions: Mention[] = names.map((n) => {
    const at = text.indexOf(n);
    return { kind: "mention", span: [at, at + n.length], sentence: 0, text: n, entityId: null, canonical: n, type: "person", source: "chunk", role: null };
  });
  return { kind: "claim", id: "a:0:0", articleId: "a", sentence: 0, span: [0, text.length], text, subjects: names, mentions, quantities: [], dates: [], attribution: null, modality: "asserted", hedges: [], frame: null, commentary: false };
}

function qty(text: string, c: Claim, unit: string | null = null): Quantity {
  const at = c.text.indexOf(text);
  return { kind: "quantity", span: [at, at + text.length], sentence: 0, text, value: Number(text.replace(/\D/g, "")), upper: Number(text.replace(/\D/g, "")), approx: "exact", unit, item: null, incremental: false, part: false };
}

describe("number roles", () => {
  it(`${NUMBER_RULES.age.id}: a number after a name and a comma is that person's age`, () => {
    const c = claim("Mara Quint, 41, of Dunmore, was hired on Monday.", ["Mara Quint"]);
    const r = numberRole(qty("41", c), c);
    assert.equal(r.role, "age");
    assert.equal(r.role === "age" ? r.person : "", "maraquint");
    const d = claim("The clerk, Tomas Ferr, aged 58, retired.", ["Tomas Ferr"]);
    assert.equal(numberRole(qty("58", d), d).role, "age");
  });

  it(`${NUMBER_RULES.offset.id}: a span of time before or after something places it in time; a duration stays a count`, () => {
    const c = claim("The rule takes effect nine days before the inauguration.", []);
    assert.deepEqual(numberRole({ ...qty("nine days", c, "day"), value: 9, upper: 9 }, c), { role: "dropped", rule: NUMBER_RULES.offset });
    const d = claim("The talks ended three years ago.", []);
    assert.equal(numberRole({ ...qty("three years", d, "year"), value: 3, upper: 3 }, d).role, "dropped");
    const e = claim("The rule takes effect in 30 days.", []);
    assert.equal(numberRole(qty("30 days", e, "day"), e).role, "count");
    const f = claim("Ten people died after the blast.", []);
    assert.equal(numberRole({ ...qty("Ten people", f, "people"), value: 10, upper: 10 }, f).role, "count");
  });

  it("a rate ('5.2 yards a carry', '5,000 gallons of water a minute') is a count of its own, compared only with rates of the same thing", () => {
    const c = claim("He averaged 5.2 yards a carry and ran for 716 yards.", []);
    const rate = { ...qty("5.2 yards", c, "yard"), value: 5.2, upper: 5.2 };
    assert.equal(rateOf(rate, c), "carry");
    assert.deepEqual(numberRole(rate, c), { role: "count", key: "yard/carry" });
    assert.deepEqual(numberRole(qty("716 yards", c, "yard"), c), { role: "count", key: "yard" });
    const w = claim("About 5,000 gallons of water a minute were poured on the fire.", []);
    assert.equal(rateOf({ ...qty("5,000 gallons", w, "gallon"), value: 5000, upper: 5000 }, w), "minute");
    const n = claim("Police found 12 bags in the car.", []);
    assert.equal(rateOf(qty("12 bags", n, "bag"), n), null);
  });

  it(`${NUMBER_RULES.bare.id}: an address number or a stray figure is no age and no count`, () => {
    const c = claim("She was walking into the store at 200 W. Elm Street.", []);
    assert.deepEqual(numberRole(qty("200", c), c), { role: "dropped", rule: NUMBER_RULES.bare });
    const d = claim("Mara Quint, 2013 winner, spoke first.", ["Mara Quint"]);
    assert.equal(numberRole(qty("2013", d), d).role, "dropped");
  });

  it("a number with a counted noun is a count of that noun", () => {
    const c = claim("Mara Quint, 12 children and a dog lived there.", ["Mara Quint"]);
    assert.deepEqual(numberRole(qty("12", c, "child"), c), { role: "count", key: "child" });
  });

  it(`${NUMBER_RULES.money.id}: money counts only as what a thing is worth`, () => {
    const c = claim("The firm bought the plant in a $40 million deal.", []);
    assert.equal(numberRole(qty("$40 million", c, "usd"), c).role, "value");
    const d = claim("The plant, worth $40 million, changed hands.", []);
    assert.equal(numberRole(qty("$40 million", d, "usd"), d).role, "value");
    const e = claim("Damage reached $40 million after the storm.", []);
    assert.deepEqual(numberRole(qty("$40 million", e, "usd"), e), { role: "dropped", rule: NUMBER_RULES.money });
  });

  it(`${NUMBER_RULES.part.id} and ${NUMBER_RULES.percent.id}: a part of a total and a share are left out`, () => {
    const c = claim("The fleet includes 81 built locally, 40 percent of the total.", []);
    assert.deepEqual(numberRole({ ...qty("81", c, "tank"), part: true }, c), { role: "dropped", rule: NUMBER_RULES.part });
    assert.deepEqual(numberRole(qty("40 percent", c, "percent"), c), { role: "dropped", rule: NUMBER_RULES.percent });
  });
});

describe("parts by why they are parts", () => {
  it(`${NUMBER_RULES.descriptive.id}, ${NUMBER_RULES.previous.id}, ${NUMBER_RULES.recent.id}, ${NUMBER_RULES.wholeBody.id}: each part names its own rule; an unexplained part is a part of a total`, () => {
    const c = claim("A nine-member panel met.", []);
    const q = qty("nine-member", c, "member");
    assert.deepEqual(numberRole({ ...q, value: 9, upper: 9, part: true, partOf: "descriptive" }, c), { role: "dropped", rule: NUMBER_RULES.descriptive });
    assert.deepEqual(numberRole({ ...q, part: true, partOf: "previous" }, c), { role: "dropped", rule: NUMBER_RULES.previous });
    assert.deepEqual(numberRole({ ...q, part: true, partOf: "recent" }, c), { role: "dropped", rule: NUMBER_RULES.recent });
    assert.deepEqual(numberRole({ ...q, part: true, partOf: "whole-body" }, c), { role: "dropped", rule: NUMBER_RULES.wholeBody });
    assert.deepEqual(numberRole({ ...q, part: true }, c), { role: "dropped", rule: NUMBER_RULES.part });
  });

  it("must not drop: a magnitude hyphened to its quake ('a 6.1-magnitude quake') is the magnitude", () => {
    const c = claim("A 6.1-magnitude quake struck.", []);
    const q = { ...qty("6.1-magnitude", c, "magnitude"), value: 6.1, upper: 6.1, part: true, partOf: "descriptive" as const };
    assert.deepEqual(numberRole(q, c), { role: "count", key: "magnitude" });
  });
});
