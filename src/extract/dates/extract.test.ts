/** @module Tests for extractTimexes: durations, sets, clock times and overlap handling (the TimeML types dates leave out). */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractTimexes } from "./extract.ts";

const ANCHOR = "2013-03-22";
const found = (text: string, anchor: string | null = ANCHOR): unknown =>
  extractTimexes(text, { anchor }).map((t) => [text.slice(t.start, t.end), t.type, t.value]);

describe("extractTimexes", () => {
  it("reads counted and vague durations as ISO 8601 periods", () => {
    assert.deepEqual(found("He served five years, then 18 months, then several days."), [
      ["five years", "DURATION", "P5Y"],
      ["18 months", "DURATION", "P18M"],
      ["several days", "DURATION", "PXD"],
    ]);
    assert.deepEqual(found("A three-month review took 24 hours."), [
      ["three-month", "DURATION", "P3M"],
      ["24 hours", "DURATION", "PT24H"],
    ]);
  });
  it("does not read ages as durations", () => {
    assert.deepEqual(found("A 45-year-old man and a boy five years old."), []);
  });
  it("prefers 'two years ago' (a date) over the duration inside it", () => {
    assert.deepEqual(found("It closed two years ago."), [["two years ago", "DATE", "2011"]]);
  });
  it("reads sets such as 'every morning' and 'annually'", () => {
    assert.deepEqual(found("They meet every morning and report annually."), [
      ["every morning", "SET", "XXXX-XX-XXTMO"],
      ["annually", "SET", "P1Y"],
    ]);
  });
  it("reads clock times through chrono on the anchor day", () => {
    assert.deepEqual(found("The vote is at 8 PM."), [["8 PM", "TIME", "2013-03-22T20:00"]]);
    assert.deepEqual(found("The vote is at 8 PM.", null), [["8 PM", "TIME", "XXXX-XX-XXT20:00"]]);
  });
  it("reads a weekday with a part of day as a TIME", () => {
    assert.deepEqual(found("Obama arrived Friday afternoon."), [["Friday afternoon", "TIME", "2013-03-22TAF"]]);
  });
  it("reads numeric ISO dates", () => {
    assert.deepEqual(found("Filed on 2025-12-04."), [["2025-12-04", "DATE", "2025-12-04"]]);
  });
  it("filters by TimeML type", () => {
    const t = extractTimexes("In 2010 he served five years.", { anchor: null, types: ["DATE"] });
    assert.deepEqual(t.map((x) => x.value), ["2010"]);
  });
});
