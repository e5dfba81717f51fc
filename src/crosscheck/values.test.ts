/** @module Tests of value comparison: what makes two claims disagree. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { claim, quantity } from "./testing.ts";
import { claimValue, conflict, datesCompatible } from "./values.ts";
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
