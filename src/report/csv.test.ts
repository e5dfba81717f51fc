/** @module Tests for the CSV exports: valid RFC 4180 that an independent parser (csv-parse) reads back cell for cell. */
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { parse } from "csv-parse/sync";
import { ANOMALY_COLUMNS, FACT_COLUMNS, anomaliesCsv, csvTable, factsCsv } from "./csv.ts";
import { hostileFixture, sampleFixture } from "./fixtures.ts";
import type { Report } from "./types.ts";

/** Parse strictly: every record the same width, quotes only where RFC 4180 allows them. */
const strict = (csv: string): string[][] => parse(csv, { relax_quotes: false, relax_column_count: false, record_delimiter: "\r\n" });

void test("round-trips fields with commas, quotes, CR, LF and CRLF through a real CSV parser", () => {
  const rows = [
    ["plain", "a, b", 'say "hi"', "line\nbreak", "cr\rhere", "both\r\nends", "", " spaced "],
    ["“curly” — dash", "naïve café", "🙂", '"', ",", "\n", "x", "y"],
  ];
  const header = ["a", "b", "c", "d", "e", "f", "g", "h"];
  const csv = csvTable(header, rows);
  assert.ok(csv.endsWith("\r\n"), "records end in CRLF");
  assert.deepEqual(strict(csv), [header, ...rows]);
});

void test("writes one fact row per fact and article, with the article's label, value and quote", () => {
  const { report } = sampleFixture();
  const labelled: Report = { ...report, articles: report.articles.map((a, i) => ({ ...a, label: i === 0 ? "A" : a.outlet, outletKnown: i !== 0 })) };
  const [header, ...rows] = strict(factsCsv(labelled));
  assert.deepEqual(header, [...FACT_COLUMNS]);
  const expected = report.facts.reduce((n, f) => n + f.variants.reduce((m, v) => m + new Set(v.evidence.map((e) => e.articleId)).size, 0), 0);
  assert.equal(rows.length, expected);
  const col = (name: (typeof FACT_COLUMNS)[number]): number => FACT_COLUMNS.indexOf(name);
  const contested = report.facts.find((f) => f.verdict === "contested");
  assert.ok(contested, "the fixture has a contested fact");
  const mine = rows.filter((r) => r[col("fact_id")] === contested.id);
  assert.ok(new Set(mine.map((r) => r[col("value")])).size >= 2, "each side's value is in its rows");
  const first = report.articles[0];
  assert.ok(first);
  for (const r of rows.filter((x) => x[col("article_id")] === first.id)) assert.equal(r[col("article")], "A");
  for (const r of rows) {
    const fact = report.facts.find((f) => f.id === r[col("fact_id")]);
    const quotes = fact?.variants.flatMap((v) => v.evidence.filter((e) => e.articleId === r[col("article_id")]).map((e) => e.quote)) ?? [];
    assert.ok(quotes.includes(r[col("quote")] ?? ""), `the quote is the article's own: ${r[col("quote")]}`);
  }
});

void test("writes one anomaly row per place, and hostile text comes back intact or defused", () => {
  const { report } = hostileFixture();
  const csv = anomaliesCsv(report);
  const [header, ...rows] = strict(csv);
  assert.deepEqual(header, [...ANOMALY_COLUMNS]);
  assert.equal(rows.length, report.anomalies.length);
  assert.equal(rows[0]?.[ANOMALY_COLUMNS.indexOf("quote")], report.anomalies[0]?.quote);
  const merged: Report = {
    ...report,
    anomalies: [{ ...sampleFixture().report.anomalies[0]!, occurrences: [{ articleId: "x1", quote: "=cmd|' /C calc'!A0", span: [0, 5] }, { articleId: "x2", quote: "two", span: [1, 2] }] }],
  };
  const places = strict(anomaliesCsv(merged)).slice(1);
  assert.equal(places.length, 2, "a finding in two places is two rows");
  assert.equal(places[0]?.[ANOMALY_COLUMNS.indexOf("quote")], "'=cmd|' /C calc'!A0", "a cell that would start a formula is shown as text");
});
