/** @module Tests of background: a written year before the story's makes a claim context; a year the resolver supplied does not. */
import { strict as assert } from "node:assert";
import { test } from "node:test";
import type { DateValue } from "../types.ts";
import { BACKGROUND_RULE, backgroundTrace, isBackground } from "./background.ts";
import { claim } from "./testing.ts";

const date = (text: string, value: string): DateValue => ({ kind: "date", span: [0, text.length], sentence: 0, text, value, start: null, end: null, granularity: "year", role: "point" });

test("a year written before the story's makes a claim background; a resolved one, or none, does not", () => {
  assert.equal(isBackground(claim("a", 0, "In 2004, a magnitude 9.1 quake struck.", { dates: [date("2004", "2004")] }), { storyYear: 2013 }), true);
  assert.equal(isBackground(claim("a", 0, "Staff were briefed on shifts from the summer.", { dates: [date("the summer", "2025-SU")] }), { storyYear: 2026 }), false);
  assert.equal(isBackground(claim("a", 0, "The quake struck in 2013.", { dates: [date("2013", "2013")] }), { storyYear: 2013 }), false);
  assert.equal(isBackground(claim("a", 0, "In 2004, a quake struck.", { dates: [date("2004", "2004")] }), { storyYear: null }), false);
});

test(`${BACKGROUND_RULE.id}: a whole year counted back from the article's date is background; the past year and a resolved day are not`, () => {
  const rel = (text: string, value: string, granularity: DateValue["granularity"] = "year"): DateValue => ({ ...date(text, value), granularity, role: "relative" });
  assert.equal(isBackground(claim("a", 0, "Last year, a 6.4-magnitude quake struck.", { dates: [rel("Last year", "2012")] }), { storyYear: 2013 }), true);
  assert.equal(isBackground(claim("a", 0, "Two years ago a quake struck.", { dates: [rel("Two years ago", "2011")] }), { storyYear: 2013 }), true);
  assert.equal(isBackground(claim("a", 0, "Over the past year, 12 quakes struck.", { dates: [rel("the past year", "2012")] }), { storyYear: 2013 }), false);
  assert.equal(isBackground(claim("a", 0, "Last year the story began.", { dates: [rel("Last year", "2013")] }), { storyYear: 2013 }), false);
  assert.equal(isBackground(claim("a", 0, "Yesterday a quake struck.", { dates: [rel("Yesterday", "2012-12-31", "day")] }), { storyYear: 2013 }), false);
});

test(`${BACKGROUND_RULE.id}: each background sentence with figures leaves a trace entry`, () => {
  const q = { kind: "quantity" as const, span: [22, 25] as const, sentence: 0, text: "9.1", value: 9.1, upper: 9.1, approx: "exact" as const, unit: "magnitude", item: null, incremental: false, part: false };
  const old = claim("a", 0, "In 2004, a magnitude 9.1 quake struck.", { dates: [date("2004", "2004")], quantities: [q] });
  const now = claim("b", 0, "A magnitude 6.1 quake struck.", { quantities: [{ ...q, text: "6.1", value: 6.1, upper: 6.1 }] });
  const trace = backgroundTrace([old, now], { storyYear: 2013 });
  assert.deepEqual(trace.map((t) => [t.rule, t.action, t.articleId]), [[BACKGROUND_RULE.id, "reclassified", "a"]]);
});

test(`${BACKGROUND_RULE.id}: a calendar day a month or more before the first article is background; a day within the month, or a resolved weekday, is not`, () => {
  const day = (text: string, value: string, role: DateValue["role"] = "point"): DateValue => ({ ...date(text, value), start: value, end: value, granularity: "day", role });
  assert.equal(isBackground(claim("a", 0, "On April 20, a 6.4-magnitude quake struck.", { dates: [day("April 20", "2013-04-20")] }), { storyYear: 2013, storyStart: "2013-07-02" }), true);
  assert.equal(isBackground(claim("a", 0, "On June 20, a quake struck.", { dates: [day("June 20", "2013-06-20")] }), { storyYear: 2013, storyStart: "2013-07-02" }), false);
  assert.equal(isBackground(claim("a", 0, "On Tuesday a quake struck.", { dates: [day("Tuesday", "2013-04-20", "relative")] }), { storyYear: 2013, storyStart: "2013-07-02" }), false);
  assert.equal(isBackground(claim("a", 0, "On April 20, a quake struck.", { dates: [day("April 20", "2013-04-20")] }), { storyYear: 2013, storyStart: null }), false);
});
