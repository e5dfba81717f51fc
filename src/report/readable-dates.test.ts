/** @module Tests of normalized dates rewritten for readers. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { readableDates } from "./readable-dates.ts";

test("reads a day range within one month as one span of days", () => {
  assert.equal(readableDates("visits India on XXXX-12-04/XXXX-12-05"), "visits India on 4–5 Dec");
  assert.equal(readableDates("on 2025-12-04/2025-12-05"), "on 4–5 Dec 2025");
});

test("reads a range across months and a range of months", () => {
  assert.equal(readableDates("2025-11-30/2025-12-02"), "30 Nov – 2 Dec 2025");
  assert.equal(readableDates("2026-03/2026-04"), "Mar–Apr 2026");
});

test("says when the year is not given and never invents one", () => {
  assert.equal(readableDates("late XXXX-09"), "late Sep (year not given)");
  assert.equal(readableDates("briefing on XXXX-12-02"), "briefing on 2 Dec");
});

test("reads fiscal years, quarters, seasons and weeks", () => {
  assert.equal(readableDates("deliveries by FY2026-27"), "deliveries by fiscal year 2026–27");
  assert.equal(readableDates("in 2026-Q1"), "in Q1 2026");
  assert.equal(readableDates("2025-SU"), "summer 2025");
  assert.equal(readableDates("2025-W49"), "week 49 of 2025");
  assert.equal(readableDates("on XXXX-WXX-6"), "on a Saturday (week not given)");
  assert.equal(readableDates("2025-W49-1"), "Monday of week 49, 2025");
});

test("leaves designations, figures and other hyphenated numbers alone", () => {
  for (const s of ["S-400 and Su-57", "140 fighters; 7 squadrons", "MiG-29", "1990-13", "the 2026-27 budget"]) assert.equal(readableDates(s), s);
});
