/**
 * @module End-to-end test on a second story (test/fixtures/tank-deal) with real-world entities
 * from the bundled packs: figures that differ, a part of a total, a deal's value, a denial, and a
 * name spelled with and without diacritics.
 */
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { analyze } from "../src/index.ts";
import type { Fact, Report } from "../src/report/types.ts";

const folder = fileURLToPath(new URL("./fixtures/tank-deal", import.meta.url));
let report: Report;
const outletsOf = (f: Fact, value?: string): string[] =>
  [...new Set(f.variants.filter((v) => value === undefined || v.value === value).flatMap((v) => v.evidence.map((e) => report.articles.find((a) => a.id === e.articleId)?.outlet ?? "")))].sort();

before(async () => {
  report = await analyze([folder], { generatedAt: "2025-08-03T00:00:00.000Z" });
});

test("reads the four articles as one story", () => {
  assert.equal(report.errors.length, 0);
  assert.equal(report.stories.length, 1);
  assert.equal(report.articles.length, 4);
});

test("contests the tank count, names the denial and keeps the locally built part out of it", () => {
  const f = report.facts.find((x) => x.verdict === "contested" && x.subject.includes("K2 Black Panther"));
  assert.ok(f, "a contested K2 fact");
  assert.equal(f.differs, "number differs: 180 tanks vs 160 tanks; status differs: ordered vs denied");
  assert.ok(!f.variants.some((v) => /\b81\b/.test(v.value)), "81 is a part, not a competing total");
  assert.deepEqual(outletsOf(f, "160 tanks; about $6.5 billion; ordered"), ["Baltic Wire"]);
  assert.deepEqual(outletsOf(f, "denied / not done"), ["capital-desk"]);
  const v180 = f.variants.find((v) => v.value.startsWith("180 tanks"));
  assert.match(v180?.value ?? "", /\$6\.5 billion/, "the deal's value joins each account");
  assert.equal(f.independentOrigins, 2, "Reuters for three outlets, the ministry for the denial");
});

test("treats the minister's statement as one source however his name is spelled", () => {
  const f = report.facts.find((x) => x.statement.startsWith("Wladyslaw Kosiniak-Kamysz") || x.statement.startsWith("Władysław Kosiniak-Kamysz"));
  assert.ok(f, "one statement fact for the minister");
  assert.deepEqual(outletsOf(f), ["Baltic Wire", "Warsaw Ledger"]);
  assert.equal(f.independentOrigins, 1);
  assert.equal(f.verdict, "single-source");
  const e = report.entities?.find((x) => x.name.includes("Kosiniak-Kamysz"));
  assert.deepEqual(e?.forms, ["Wladyslaw Kosiniak-Kamysz", "Władysław Kosiniak-Kamysz"]);
});
