/** @module Tests for date extraction: each news rule, anchoring, unknown years and things that are not dates. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { DateValue } from "../types.ts";
import { extractDates } from "./dates.ts";

const NOV = "2025-11-28"; // a Friday

function one(text: string, anchor: string | null = NOV): DateValue {
  const found = extractDates(text, { anchor });
  assert.equal(found.length, 1, `expected one date in ${JSON.stringify(text)}, got ${JSON.stringify(found.map((d) => d.text))}`);
  return found[0]!;
}

const brief = (d: DateValue): readonly unknown[] => [d.text, d.value, d.start, d.end, d.granularity, d.role];

describe("extractDates: ranges", () => {
  it("reads 'December 4 to 5' as one day-granularity range in the coming December", () => {
    assert.deepEqual(brief(one("Putin will visit from December 4 to 5.")), ["December 4 to 5", "2025-12-04/2025-12-05", "2025-12-04", "2025-12-05", "day", "range"]);
  });
  it("reads '4-5 December' and 'December 4-5' the same way", () => {
    for (const t of ["He visits on 4-5 December.", "He visits on December 4-5."]) {
      const d = one(t);
      assert.deepEqual([d.start, d.end, d.granularity, d.role], ["2025-12-04", "2025-12-05", "day", "range"]);
    }
  });
  it("crosses a year boundary in a range such as 'December 30 to January 2, 2025'", () => {
    const d = one("From December 30 to January 2, 2025 the office is closed.");
    assert.deepEqual([d.start, d.end], ["2025-12-30", "2026-01-02"]);
  });
});

describe("extractDates: parts of months and years", () => {
  it("reads 'late September' as days 21 to 30 of the nearest September", () => {
    assert.deepEqual(brief(one("Late September revelations indicated a plan.")), ["Late September", "2025-09", "2025-09-21", "2025-09-30", "part-of-month", "range"]);
  });
  it("reads 'early March' as days 1 to 10", () => {
    const d = one("Talks ended in early March 2024.");
    assert.deepEqual([d.text, d.start, d.end, d.granularity], ["early March 2024", "2024-03-01", "2024-03-10", "part-of-month"]);
  });
  it("reads 'mid-2026' as May to August 2026", () => {
    const d = one("Deliveries resume in mid-2026.");
    assert.deepEqual([d.text, d.value, d.start, d.end, d.role], ["mid-2026", "2026", "2026-05-01", "2026-08-31", "range"]);
  });
  it("reads 'earlier this month' as the start of the anchor's month up to the anchor", () => {
    const d = one("Earlier this month, the ministry approved it.");
    assert.deepEqual([d.text, d.value, d.start, d.end, d.role], ["Earlier this month", "2025-11", "2025-11-01", "2025-11-28", "relative"]);
  });
});

describe("extractDates: fiscal years and quarters", () => {
  it("reads 'by 2026-27' as a deadline within the April-to-March fiscal year", () => {
    assert.deepEqual(brief(one("Further deliveries are planned by 2026-27.")), ["2026-27", "FY2026-27", "2026-04-01", "2027-03-31", "fiscal-year", "deadline"]);
  });
  it("reads a bare '2026-27' as a fiscal-year range", () => {
    const d = one("The budget for 2026-27 was tabled.");
    assert.deepEqual([d.value, d.granularity, d.role], ["FY2026-27", "fiscal-year", "range"]);
  });
  it("reads 'FY2026' and 'fiscal 2025' as fiscal years", () => {
    const found = extractDates("Sales in FY2026 beat fiscal 2025.", { anchor: NOV });
    assert.deepEqual(found.map((d) => [d.text, d.value, d.granularity]), [["FY2026", "FY2026", "fiscal-year"], ["fiscal 2025", "FY2025", "fiscal-year"]]);
  });
  it("reads 'Q3 2025' as July to September 2025", () => {
    assert.deepEqual(brief(one("Profit rose in Q3 2025.")), ["Q3 2025", "2025-Q3", "2025-07-01", "2025-09-30", "season", "range"]);
  });
});

describe("extractDates: expressions relative to the publication date", () => {
  it("anchors 'last week' and 'next week' to ISO weeks around the anchor", () => {
    const found = extractDates("It began last week and ends next week.", { anchor: NOV });
    assert.deepEqual(found.map((d) => [d.value, d.start, d.end, d.role]), [["2025-W47", "2025-11-17", "2025-11-23", "relative"], ["2025-W49", "2025-12-01", "2025-12-07", "relative"]]);
  });
  it("anchors 'this year' and 'last year'", () => {
    const found = extractDates("Imports fell this year after rising last year.", { anchor: NOV });
    assert.deepEqual(found.map((d) => d.value), ["2025", "2024"]);
  });
  it("places 'on Tuesday' on the most recent Tuesday in a past-tense report", () => {
    const d = one("The minister said on Tuesday that talks were over.");
    assert.deepEqual([d.text, d.value, d.role], ["Tuesday", "2025-11-25", "relative"]);
  });
  it("places 'on Tuesday' on the coming Tuesday when the clause looks ahead", () => {
    assert.equal(one("The minister will arrive on Tuesday.").value, "2025-12-02");
  });
  it("resolves 'two years ago' and 'yesterday'", () => {
    const found = extractDates("Two years ago the plan stalled; yesterday it revived.", { anchor: NOV });
    assert.deepEqual(found.map((d) => d.value), ["2023", "2025-11-27"]);
  });
  it("gives 'now' the TIMEX3 present reference", () => {
    assert.equal(one("India is now weighing the offer.").value, "PRESENT_REF");
  });
});

describe("extractDates: years, decades, seasons", () => {
  it("reads 'in 2019' as a year", () => {
    assert.deepEqual(brief(one("The contract was signed in 2019.")), ["2019", "2019", "2019-01-01", "2019-12-31", "year", "point"]);
  });
  it("reads 'the 1990s' as a decade", () => {
    const d = one("Ties date back to the 1990s.");
    assert.deepEqual([d.value, d.start, d.end], ["199", "1990-01-01", "1999-12-31"]);
  });
  it("reads 'the summer of 2012' and 'last summer' as seasons", () => {
    assert.deepEqual(brief(one("It happened in the summer of 2012.")).slice(1, 5), ["2012-SU", "2012-06-01", "2012-08-31", "season"]);
    assert.equal(one("It happened last summer.").value, "2025-SU");
  });
  it("reads 'May 2010' as a month", () => {
    assert.deepEqual(brief(one("It was agreed in May 2010.")), ["May 2010", "2010-05", "2010-05-01", "2010-05-31", "month", "point"]);
  });
});

describe("extractDates: year-less dates", () => {
  it("keeps the year unknown when there is no anchor", () => {
    assert.deepEqual(brief(one("Putin visits on December 4.", null)), ["December 4", "XXXX-12-04", null, null, "day", "point"]);
  });
  it("never takes the current year for a year-less range without an anchor", () => {
    const d = one("The summit runs December 4-5.", null);
    assert.deepEqual([d.value, d.start, d.end], ["XXXX-12-04/XXXX-12-05", null, null]);
  });
  it("leaves relative expressions unresolved without an anchor", () => {
    const found = extractDates("Last week and this year.", { anchor: null });
    assert.deepEqual(found.map((d) => [d.value, d.start]), [["XXXX-WXX", null], ["XXXX", null]]);
  });
  it("picks the year that puts a year-less date nearest the anchor", () => {
    assert.equal(one("A meeting on December 4 is planned.").value, "2025-12-04"); // November article: the coming December
    assert.equal(one("A meeting on December 4 is planned.", "2026-01-10").value, "2025-12-04"); // January article: the December just gone
    assert.equal(one("The Times reported on November 27 that it was approved.").value, "2025-11-27");
  });
  it("treats an unusable anchor as no anchor", () => {
    assert.equal(one("Putin visits on December 4.", "sometime").value, "XXXX-12-04");
  });
});

describe("extractDates: not dates", () => {
  for (const text of [
    "India bought the S-400 and the Su-57, not the F-16.",
    "It was the 23rd summit.",
    "Five divisions and 5 divisions were ordered.",
    "See section 5.2 of the deal.",
    "India plans to buy 140 fighters worth 2,000 crore.",
    "The deal may collapse, and May they not regret it.",
    "Shares rose 7/8 to 2.50 a share.",
  ]) {
    it(`finds no date in ${JSON.stringify(text)}`, () => {
      assert.deepEqual(extractDates(text, { anchor: NOV }).map((d) => d.text), []);
    });
  }
});

describe("extractDates: spans", () => {
  it("adds the offset to spans and records the sentence", () => {
    const text = "The visit is on December 4.";
    const [d] = extractDates(text, { anchor: NOV, offset: 100, sentence: 7 });
    assert.ok(d);
    assert.deepEqual([d.span, d.sentence, d.kind], [[116, 126], 7, "date"]);
    assert.equal(text.slice(d.span[0] - 100, d.span[1] - 100), "December 4");
  });
});
