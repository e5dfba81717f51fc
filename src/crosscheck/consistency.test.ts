/** @module Tests of internal consistency: arithmetic, "enters its Nth year", tense against the calendar. */
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "../extract/index.ts";
import { loadKnowledge, type KnowledgeBase } from "../knowledge/index.ts";
import { buildDoc } from "../text/index.ts";
import type { Article } from "../types.ts";
import { arithmeticAnomalies, temporalAnomalies, tenseAnomalies } from "./consistency.ts";

let kb: KnowledgeBase;
before(() => {
  kb = loadKnowledge();
});

function doc(text: string, published: string | null = null) {
  const article: Article = { id: "a1", origin: "t.txt", outlet: "Test", url: null, title: null, published, byline: null, language: "en", format: "txt", text };
  return extract(buildDoc(article), { kb });
}

test("flags formations whose sizes do not add up to the stated total", () => {
  const [a] = arithmeticAnomalies(doc("The air force will buy 36 F-16 jets, which would form four squadrons of 12 aircraft each."));
  assert.match(a?.explanation ?? "", /make 48, but the sentence gives 36/);
  assert.deepEqual(arithmeticAnomalies(doc("The air force will buy 36 F-16 jets, which would form three squadrons of 12 aircraft each.")), []);
});

test("flags parts that exceed their total", () => {
  const [a] = arithmeticAnomalies(doc("The army received a total of 10 tanks, including 6 tanks from Germany and 7 tanks from Poland."));
  assert.match(a?.explanation ?? "", /exceed the stated total of 10/);
});

test("checks 'enters its Nth year' against the war's start date", () => {
  const x = doc("As the war in Ukraine enters its second year, supplies are short.");
  const eventStart = (m: { entityId: string | null }) => (m.entityId ? { name: "the war", start: "2022-02-24" } : null);
  assert.equal(temporalAnomalies(x, { storyDate: { date: "2025-12-04", basis: "test" }, eventStart }).length, 1);
  assert.equal(temporalAnomalies(x, { storyDate: { date: "2023-06-01", basis: "test" }, eventStart }).length, 0);
});

test("flags a past visit described as upcoming, and not a future one", () => {
  const past = doc("President Vladimir Putin will visit India on 4 March 2026 for talks.", "2026-03-10");
  assert.match(tenseAnomalies(past)[0]?.explanation ?? "", /still to come/);
  const future = doc("President Vladimir Putin will visit India on 14 March 2026 for talks.", "2026-03-10");
  assert.deepEqual(tenseAnomalies(future), []);
});
