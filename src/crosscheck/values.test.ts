/** @module Tests of value comparison: what makes two claims disagree. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { claim, procurement, quantity } from "./testing.ts";
import { claimValue, conflict, datesCompatible, describeQuantity, figureAct, sameNumber } from "./values.ts";
import type { DateValue } from "../types.ts";

const v = (...qs: ReturnType<typeof quantity>[]) => claimValue(claim("a", 0, "x", { quantities: qs }));

test("names a unit difference for the same count of different formations", () => {
  assert.equal(conflict(v(quantity(5, "division")), v(quantity(5, "squadron", { incremental: true })), { compareDates: false }), "unit differs: 5 divisions vs 5 squadrons");
});

test("names a number difference within one unit class", () => {
  assert.match(conflict(v(quantity(4, "battery")), v(quantity(6, "battery")), { compareDates: false }) ?? "", /^number differs: 4 batteries vs 6 batteries/);
});

test("treats interchangeable counted nouns and subsets as compatible", () => {
  assert.equal(conflict(v(quantity(140, "jet")), v(quantity(140, "fighter"), quantity(7, "squadron")), { compareDates: false }), null);
});

test("lets approximations overlap exact figures", () => {
  assert.equal(conflict(v(quantity(30, "tank", { approx: "about" })), v(quantity(32, "tank")), { compareDates: false }), null);
  assert.equal(conflict(v(quantity(2000, "people", { approx: "more-than" })), v(quantity(2500, "people")), { compareDates: false }), null);
});

test("sees a signing contradicted by a denial", () => {
  const signed = claimValue(claim("a", 0, "x", { frame: { type: "procurement", roles: { item: "X" }, status: "ordered" } }));
  const denied = claimValue(claim("b", 0, "y", { modality: "denied" }));
  assert.match(conflict(signed, denied, { compareDates: false }) ?? "", /^status differs/);
});

test("compares dates with unknown years", () => {
  assert.equal(datesCompatible("XXXX-12-04", "2025-12-04"), true);
  assert.equal(datesCompatible("2025-12", "2025-12-04"), true);
  assert.equal(datesCompatible("XXXX-12-04", "XXXX-12-05"), false);
  const d = (value: string): DateValue => ({ kind: "date", span: [0, 1], sentence: 0, text: value, value, start: null, end: null, granularity: "day", role: "point" });
  assert.match(conflict(claimValue(claim("a", 0, "x", { dates: [d("XXXX-12-04")] })), claimValue(claim("b", 0, "y", { dates: [d("XXXX-12-14")] })), { compareDates: true }) ?? "", /^date differs/);
});

test("compares a deal's value only with a value in the same currency, and leaves parts out", () => {
  const deal = (text: string, ...qs: ReturnType<typeof quantity>[]) => claimValue(claim("a", 0, text, { quantities: qs, frame: procurement("K2 Black Panther") }));
  const at = (text: string, what: string, value: number, unit: string, extra = {}) => quantity(value, unit, { span: [text.indexOf(what), text.indexOf(what) + what.length], text: what, ...extra });
  const a = "The deal, worth $6.5 billion, covers 180 tanks.";
  const b = "The contract is worth $5 billion.";
  const c = "The contract includes 81 tanks and an oil deal of $9 billion elsewhere.";
  const va = deal(a, at(a, "$6.5 billion", 6.5e9, "usd"), at(a, "180 tanks", 180, "tank"));
  const vb = deal(b, at(b, "$5 billion", 5e9, "usd"));
  assert.equal(conflict(va, vb, { compareDates: false }), "value differs: $6.5 billion vs $5 billion");
  const vc = deal(c, at(c, "81 tanks", 81, "tank", { part: true }), at(c, "$9 billion", 9e9, "usd"));
  assert.equal(conflict(va, vc, { compareDates: false }), null, "a part and an amount that is not the deal's value compare with nothing");
});

test("counts of different acts do not conflict; counts of the same act do", () => {
  const charged = claimValue(claim("a", 1, "Two men have been charged with attempted murder.", { quantities: [quantity(2, "man")] }));
  const arrested = claimValue(claim("b", 1, "Three men have been arrested in connection with the robbery.", { quantities: [quantity(3, "man")] }));
  const alsoArrested = claimValue(claim("c", 1, "Police have detained two men.", { quantities: [quantity(2, "man")] }));
  assert.equal(conflict(charged, arrested, { compareDates: false }), null);
  assert.equal(conflict(arrested, alsoArrested, { compareDates: false }), "number differs: 3 men vs 2 men");
  // A claim that names no act compares with any.
  const bare = claimValue(claim("d", 1, "Three men were involved.", { quantities: [quantity(3, "man")] }));
  assert.equal(conflict(charged, bare, { compareDates: false }), "number differs: 2 men vs 3 men");
});

test("a figure's act is the act said right before it when its sentence tells several: 'played in 10 games' does not rival 'missed four games'", () => {
  const at = (text: string, what: string, value: number, unit: string) => quantity(value, unit, { span: [text.indexOf(what), text.indexOf(what) + what.length], text: what });
  const both = "Osk played in 10 games, but had to sit out four straight after surgery.";
  const bothClaim = claim("a", 1, both, { quantities: [at(both, "10 games", 10, "game")] });
  assert.equal(figureAct(bothClaim, at(both, "10 games", 10, "game")), "played");
  assert.equal(figureAct(bothClaim, at(both, "four", 4, "game")), "missed");
  const missed = "Osk missed the next four games after surgery.";
  const missedValue = claimValue(claim("b", 1, missed, { quantities: [at(missed, "four games", 4, "game")] }));
  assert.equal(conflict(missedValue, claimValue(bothClaim), { compareDates: false }), null);
  // Figures of one act still disagree, whichever of the sentence's acts comes first.
  const alsoMissed = "Osk missed 10 games but played in the final.";
  assert.match(conflict(missedValue, claimValue(claim("c", 1, alsoMissed, { quantities: [at(alsoMissed, "10 games", 10, "game")] })), { compareDates: false }) ?? "", /^number differs: 4 games vs 10 games/);
});

test("a figure has no act of its own when the act comes after it or further than three words before it", () => {
  const after = "Five men were arrested and two were charged.";
  assert.equal(figureAct(claim("a", 0, after), quantity(5, "man", { span: [0, 4] })), null);
  const far = "Police arrested, after a long chase through the park, five men.";
  const q = quantity(5, "man", { span: [far.indexOf("five"), far.indexOf("five") + 4] });
  assert.equal(figureAct(claim("a", 0, far), q), null);
});

test("a vague count means at least its word's least and at most its word's most: dozens agree with 41, not with 269", () => {
  const dozens = quantity(24, "injured", { approx: "at-least", vague: "dozens" });
  assert.equal(sameNumber(dozens, quantity(41, "injured")), true);
  assert.equal(sameNumber(dozens, quantity(269, "injured")), false);
  assert.equal(sameNumber(quantity(24, "injured", { approx: "at-least" }), quantity(269, "injured")), true, "'at least 24' has no upper bound");
  assert.equal(describeQuantity(dozens), "dozens injured");
});

test("date.report-date: a date right after the reporting verb is when it was reported, no date of the fact; other dates stay", () => {
  const text = "The vote will have two parties, the agency reported September 26.";
  const at = (s: string): [number, number] => [text.indexOf(s), text.indexOf(s) + s.length];
  const day = (s: string, value: string): DateValue => ({ kind: "date", span: at(s), sentence: 0, text: s, value, start: null, end: null, granularity: "day", role: "point" });
  const said = { kind: "attribution" as const, span: at("the agency reported"), sentence: 0, source: "agency", sourceType: "agency" as const, upstream: [], via: null, date: "XXXX-09-26", cue: "reported" };
  const c = claim("a", 0, text, { attribution: said, dates: [day("September 26", "XXXX-09-26")] });
  assert.equal(claimValue(c).date, null);
  const text2 = "The agency reported that the vote is on December 15.";
  const at2 = (s: string): [number, number] => [text2.indexOf(s), text2.indexOf(s) + s.length];
  const d = claim("a", 1, text2, { attribution: { ...said, span: at2("The agency reported") }, dates: [{ ...day("December 15", "XXXX-12-15"), span: at2("December 15") }] });
  assert.equal(claimValue(d).date, "XXXX-12-15");
});
