/** @module Tests of quantity extraction: number words, units, items, approximations, ranges. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { segment } from "../text/sentences.ts";
import type { Mention, Sentence } from "../types.ts";
import { extractQuantities } from "./quantities.ts";
import { unitClass } from "./units.ts";

function sentence(text: string): Sentence {
  const [s] = segment(text, [0, text.length]);
  assert.ok(s);
  return { index: 0, span: s.span, text, paragraph: 0, block: "prose", tokens: s.tokens };
}

function weapon(text: string, surface: string, canonical: string): Mention {
  const at = text.indexOf(surface);
  return { kind: "mention", span: [at, at + surface.length], sentence: 0, text: surface, entityId: `weapon:${canonical}`, canonical, type: "weapon", source: "pack", role: null };
}

const q = (text: string, mentions: Mention[] = []) => extractQuantities(sentence(text), { mentions, dateSpans: [] });

test("reads a number word with its formation unit and the item after 'of'", () => {
  const text = "The ministry approved the purchase of five divisions of S-400 surface-to-air missile systems.";
  const [x] = q(text, [weapon(text, "S-400", "S-400 Triumf")]);
  assert.equal(x?.value, 5);
  assert.equal(x?.unit, "division");
  assert.equal(x?.item, "S-400 Triumf");
});

test("reads a numeral with the designation before the counted noun", () => {
  const text = "The potential acquisition of 140 Su-57 fighter jets was revealed.";
  const [x] = q(text, [weapon(text, "Su-57", "Su-57")]);
  assert.deepEqual([x?.value, x?.unit, x?.item], [140, "jet", "Su-57"]);
});

test("marks 'five more' as an increment, not a total", () => {
  const [x] = q("India is contemplating acquiring five more S-400 squadrons.");
  assert.equal(x?.incremental, true);
  assert.equal(x?.unit, "squadron");
});

test("prefers a formation unit inside a compound ('five S-400 division systems')", () => {
  assert.equal(q("The approval was reportedly for five S-400 division systems.")[0]?.unit, "division");
});

test("reads approximations, vague counts, ranges and currency", () => {
  const xs = q("More than 2,000 people, about 30 tanks, dozens of drones, 10 to 12 ships and $5 billion.");
  assert.deepEqual(
    xs.map((x) => [x.value, x.upper, x.unit, x.approx]),
    [
      [2000, 2000, "people", "more-than"],
      [30, 30, "tank", "about"],
      [24, 24, "drone", "at-least"],
      [10, 12, "ship", "range"],
      [5e9, 5e9, "usd", "exact"],
    ],
  );
});

test("ignores years, ordinals and 'one of the'", () => {
  assert.deepEqual(q("In 2019 the 23rd summit was one of the largest."), []);
});

test("skips numbers inside date spans", () => {
  const text = "Putin will visit on 4-5 December.";
  const at = text.indexOf("4-5");
  assert.deepEqual(extractQuantities(sentence(text), { mentions: [], dateSpans: [[at, at + 12]] }), []);
});

test("groups interchangeable counted nouns and keeps formations apart", () => {
  assert.equal(unitClass("jet"), unitClass("fighter"));
  assert.notEqual(unitClass("division"), unitClass("squadron"));
});

test("marks a count that is part of a larger one", () => {
  const [total, part] = q("Poland ordered 180 tanks, 81 of them to be built locally.");
  assert.equal(total?.part, false);
  assert.equal(part?.part, true);
  assert.equal(q("The deal includes 81 tanks to be built in Poland.")[0]?.part, true);
  assert.equal(q("The deal includes about 80 tanks.")[0]?.part, true);
  assert.equal(q("India will buy 26 jets.")[0]?.part, false);
});

test("reads an amount with its currency sign and the approximation before the sign", () => {
  const [x] = q("The deal is worth about $6.5 billion.");
  assert.deepEqual([x?.value, x?.unit, x?.approx, x?.text], [6.5e9, "usd", "about", "about $6.5 billion"]);
  assert.deepEqual(q("It costs €2.3bn.").map((y) => [y.value, y.unit]), [[2.3e9, "eur"]]);
  assert.deepEqual(q("a deal for about ₹63,000 crore").map((y) => [y.value, y.unit]), [[6.3e11, "inr"]]);
});

test("tells the dead from the injured by the words around a count of people", () => {
  const units = (text: string) => q(text).map((x) => [x.value, x.unit]);
  assert.deepEqual(units("The quake struck on Sunday, killing at least 30 people and injuring more than 200."), [[30, "killed"], [200, "injured"]]);
  assert.deepEqual(units("At least 30 people died and about 250 were injured."), [[30, "killed"], [250, "injured"]]);
  assert.deepEqual(units("Dozens of people were killed."), [[24, "killed"]]);
  assert.deepEqual(units("The death toll from the quake rose to 41 on Monday."), [[41, "killed"]]);
  assert.deepEqual(units("Twelve soldiers were wounded in the attack."), [[12, "injured"]]);
  assert.deepEqual(units("About 40 people attended the briefing."), [[40, "people"]]);
});

test("reads a quake's magnitude as a measure, not a count of quakes", () => {
  assert.deepEqual(q("A magnitude 6.1 earthquake struck.").map((x) => [x.value, x.unit]), [[6.1, "magnitude"]]);
  assert.deepEqual(q("A 6.4-magnitude quake hit.").map((x) => [x.value, x.unit]), [[6.4, "magnitude"]]);
});

test("does not read a year that names an event as a count", () => {
  assert.deepEqual(q("The city is still recovering from the 2023 earthquakes.").map((x) => x.value), []);
  assert.deepEqual(q("India ordered 2000 rifles.").map((x) => [x.value, x.unit]), [[2000, "rifle"]]);
});

test("a clock time is not a count, and a hyphened measure is what its number counts", () => {
  const at = (text: string) => extractQuantities(sentence(text), { mentions: [], dateSpans: [] }).map((q) => `${q.value} ${q.unit}`);
  assert.deepEqual(at("The station recorded 412 millimetres of rain in the 24 hours to 8 a.m. Saturday."), ["412 millimeter", "24 hour"]);
  assert.deepEqual(at("The rocket lifted off at 11.02am with seven satellites."), ["7 satellite"]);
  assert.deepEqual(at("The agency uses 10-minute average winds."), ["10 minute"]);
  assert.deepEqual(at("They signed a five-year deal for 36 jets."), ["5 year", "36 jet"]);
});

test("leaves out scores, and marks figures a sentence has left behind or that describe a noun", () => {
  const at = (text: string) => extractQuantities(sentence(text), { mentions: [], dateSpans: [] });
  assert.deepEqual(at("The committee voted 6-3 to cut rates.").map((q) => q.value), []);
  const up = at("The company was in contact with five satellites, up from four on Wednesday.");
  assert.deepEqual(up.map((q) => [q.value, q.part]), [[5, false], [4, true]]);
  const cut = at("The deadline was cut from 15 working days to five.");
  assert.deepEqual(cut.map((q) => [q.value, q.part]), [[15, true], [5, false]]);
  assert.deepEqual(at("Appeals must be lodged within five days rather than 15.").map((q) => [q.value, q.part]), [[5, false], [15, true]]);
  assert.deepEqual(at("The nine-member committee met.").map((q) => [q.value, q.part]), [[9, true]]);
  assert.deepEqual(at("The nine members of the Monetary Policy Committee voted.").map((q) => [q.value, q.part]), [[9, true]]);
  // "more than 200" is an approximation, not a figure left behind.
  assert.deepEqual(at("The quake injured more than 200 people.").map((q) => [q.value, q.part]), [[200, false]]);
});

test("a toll of one group of people is scoped to that group", () => {
  const at = (text: string) => extractQuantities(sentence(text), { mentions: [], dateSpans: [] }).map((q) => `${q.value} ${q.unit} ${q.scope ?? "-"}`);
  assert.deepEqual(at("Forty-one police officers were injured in the clashes."), ["41 injured among officers"]);
  assert.deepEqual(at("At least 66 people were injured."), ["66 injured -"]);
  assert.deepEqual(at("The death toll on the Kyrgyz side had risen to 21."), ["21 killed on the Kyrgyz side"]);
  assert.deepEqual(at("Fighting that officials on both sides said had killed at least 31 people."), ["31 killed -"]);
});

test("a toll after an opening locative, with a word or two around the place's name, is that place's toll", () => {
  const at = (text: string) => extractQuantities(sentence(text), { mentions: [], dateSpans: [] }).map((q) => `${q.value} ${q.unit} ${q.scope ?? "-"}`);
  assert.deepEqual(at("In Dunmore, 12 people died."), ["12 killed in Dunmore"]);
  assert.deepEqual(at("In neighbouring Upper Vale district, 10 people were killed."), ["10 killed in Upper Vale"]);
  assert.deepEqual(at("In the end, 10 people were killed."), ["10 killed -"]);
  assert.deepEqual(at("In recent years 10 people were killed."), ["10 killed -"]);
});

test("a change 'from four to three' keeps the new figure, a vote tally is no count, a day's new cases are no running total", () => {
  const at = (text: string) => extractQuantities(sentence(text), { mentions: [], dateSpans: [] }).map((q) => [q.value, q.part]);
  assert.deepEqual(at("The merger would cut the number of operators from four to three."), [[4, true], [3, false]]);
  assert.deepEqual(at("The committee split six to three on the decision."), []);
  assert.deepEqual(at("Officials reported 96 new cases and four deaths in the previous 24 hours."), [[96, true], [4, true], [24, false]]);
  assert.deepEqual(at("Between 10 and 12 people were hurt."), [[10, false]]);
});

test("reads amounts with the sign glued on, in more currencies", () => {
  const at = (text: string) => extractQuantities(sentence(text), { mentions: [], dateSpans: [] }).map((x) => `${x.value} ${unitClass(x.unit)}${x.part ? " (left behind)" : ""}`);
  assert.deepEqual(at("Each point costs about R7.2bn a year."), ["7200000000 zar"]);
  assert.deepEqual(at("Damage reached P1.2 billion."), ["1200000000 php"]);
  assert.deepEqual(at("The insurer put the value at €6.8m."), ["6800000 eur"]);
  assert.deepEqual(at("The stake is worth NZ$86m."), ["86000000 nzd"]);
  assert.deepEqual(at("The allowance rose to R1,200 from R1,000."), ["1200 zar", "1000 zar (left behind)"]);
  assert.deepEqual(at("He paid 500 million naira."), ["500000000 ngn"]);
  // A letter and a bare number is no amount: "R2" is a name.
  assert.deepEqual(at("The R2 road was closed."), []);
});

test("no one is no count; clock times, model numbers and 'no more than' read right", () => {
  const at = (text: string) => extractQuantities(sentence(text), { mentions: [], dateSpans: [] }).map((q) => `${q.approx} ${q.value} ${q.unit}`);
  assert.deepEqual(at("No one was injured in the blast."), []);
  assert.deepEqual(at("The thieves struck at 10.35am on Sunday."), []);
  assert.deepEqual(at("The meeting ended at five o'clock."), []);
  assert.deepEqual(at("The launch was at 1002 GMT."), []);
  assert.deepEqual(at("It was an ATR 72 turboprop carrying 48 passengers."), ["exact 48 passenger"]);
  assert.deepEqual(at("The drone flew no more than 30 km into the country."), ["up-to 30 km"]);
});

test("an age written apart ('a 22 year-old resident', '45 years old') is an age in years, like '22-year-old', not a count of what follows", () => {
  for (const text of ["She spoke to a 22 year-old resident of the village.", "A 22 year old resident said so.", "The man, 45 years old, was hurt.", "She spoke to a 22-year-old resident of the village."]) {
    const [x] = q(text);
    assert.equal(x?.unit, "year", text);
    assert.equal(x?.part, true, text);
  }
  assert.equal(q("He served 12 years in prison.")[0]?.part, false);
});

test("a word that names an object's built-in property ('constructor', 'toString') before a number is no currency sign", () => {
  for (const word of ["constructor", "toString", "__proto__"]) {
    const qs = extractQuantities(sentence(`The ${word} 12 engines were sold.`), { mentions: [], dateSpans: [] });
    assert.ok(qs.every((q) => q.unit === null || typeof q.unit === "string"), word);
    assert.ok(!qs.some((q) => q.unit !== null && /usd|eur|function/.test(q.unit)), word);
  }
});

test("a number below zero keeps its sign: a sign word before it, a sign in its token, 'below zero' after its unit", () => {
  const read = (text: string) => q(text).map((x) => [x.text, x.value, x.upper, x.unit]);
  assert.deepEqual(read("Crews fought the blaze in temperatures of minus 17 degrees."), [["minus 17 degrees", -17, -17, "degree"]]);
  assert.deepEqual(read("Crews worked in minus-20 degree temperatures."), [["minus-20 degree temperatures", -20, -20, "degree"]]);
  assert.deepEqual(read("Outside temperatures were minus 20 as crews worked."), [["minus 20", -20, -20, "degree"]]);
  assert.deepEqual(read("It was 17 degrees below zero."), [["17 degrees below zero", -17, -17, "degree"]]);
  assert.deepEqual(read("Output fell by -5 percent."), [["-5 percent", -5, -5, "percent"]]);
});

test("must not fire: a hyphen between two numbers, a word that is no sign, a currency", () => {
  assert.deepEqual(q("Crowds of 10-12 people gathered.").map((x) => [x.value, x.upper]), [[10, 12]]);
  assert.deepEqual(q("Some sub-20 teams played 3 games.").map((x) => x.value), [3]);
  assert.deepEqual(q("They paid $20 minus fees.").map((x) => x.value), [20]);
});

test("a unit of measure written in the singular before a noun is what the number measures ('a 10 mile stretch'); a counted noun is not", () => {
  assert.deepEqual(q("They closed a 10 mile stretch of road.").map((x) => [x.value, x.unit]), [[10, "mile"]]);
  assert.deepEqual(q("They sent 10 fire trucks.").map((x) => [x.value, x.unit]), [[10, "truck"]]);
});
