/**
 * @module The HTML story opens with key findings that link to their evidence; articles are named by
 * their labels (letters and a sources legend when no input names the outlet); the timeline reads
 * without hovering and dates year-less claims by the dates the temporal checks found.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseHTML } from "linkedom";
import { renderHtml } from "./html.ts";
import { sampleFixture } from "./fixtures.ts";
import type { Anomaly, Report } from "./types.ts";

const dom = (html: string): Document => parseHTML(html).document;

void test("key findings open the story before the summary and the matrix, each line linking to its evidence on the page", () => {
  const f = sampleFixture();
  const html = renderHtml(f.report, { texts: f.texts });
  const doc = dom(html);
  const findings = html.indexOf('class="findings"');
  assert.ok(findings > 0 && findings < html.indexOf('class="summary"') && findings < html.indexOf('class="matrix"'));
  const lines = [...doc.querySelectorAll("ul.findings li")];
  assert.deepEqual(lines.map((l) => l.getAttribute("data-finding")), ["disputed", "garbled-name", "copy"]);
  assert.match(lines[0]?.textContent ?? "", /Disputed:.*180 more tanks.*Northern Wire.*The Daily Ledger.*vs.*160 tanks.*Defence Insider/s);
  assert.match(lines[1]?.textContent ?? "", /Likely garbled name: “K2 Black Panter” — probably K2 Black Panther/);
  assert.match(lines[2]?.textContent ?? "", /One text, nearly copied:.*Northern Wire.*The Daily Ledger.*counted as one origin/s);
  for (const line of lines) {
    const href = line.querySelector(".ev a")?.getAttribute("href") ?? "";
    assert.ok(href.startsWith("#") && doc.getElementById(href.slice(1)), `evidence ${href} is on the page`);
  }
});

void test("names articles by their labels; with outlets unknown: letters, a legend of file names, and the header says so", () => {
  const f = sampleFixture();
  const letters = ["A", "B", "C", "D"];
  const report: Report = { ...f.report, articles: f.report.articles.map((a, i) => ({ ...a, outlet: a.id, label: letters[i] ?? "?", outletKnown: false })) };
  const doc = dom(renderHtml(report));
  const heads = [...doc.querySelectorAll("table.matrix thead th .colhead")].map((th) => th.textContent);
  assert.deepEqual(heads, letters);
  assert.match(doc.querySelector(".story .meta")?.textContent ?? "", /4 articles, outlets unknown/);
  const legend = doc.querySelector(".sources")?.textContent ?? "";
  assert.match(legend, /shown as:.*A a-northwire\.txt · Poland in talks for 180 more K2 tanks/s);
  assert.equal(doc.querySelector(".badge")?.getAttribute("title")?.endsWith(".txt"), true, "the file name on hover too");
  assert.doesNotMatch(doc.querySelector(".counts")?.textContent ?? "", /outlet/, "no count of outlets nobody named");
  assert.match(doc.querySelector("ul.findings")?.textContent ?? "", /160 tanks\s*C/);
  // Nothing is said only on hover: the one tooltip left (a lettered badge's file name) is in the legend too.
  const tips = [...doc.querySelectorAll(".story [title]")].filter((el) => !el.closest(".article-text"));
  assert.ok(tips.length > 0 && tips.every((el) => el.classList.contains("badge") && legend.includes(el.getAttribute("title") ?? "\u0000")));
});

void test("the timeline lists its points in date order and dates year-less claims by a temporal check when no article is dated", () => {
  const f = sampleFixture();
  const undated = f.report.articles.map((a) => ({ ...a, published: null }));
  const check: Anomaly = { kind: "temporal-inconsistency", articleId: "a-review", quote: "third year", span: [0, 10], suggestion: null, explanation: "Says the war is in its third year, but on 2026-03-10 (the date of the visit) it is in its fourth." };
  const doc = dom(renderHtml({ ...f.report, articles: undated, anomalies: [...f.report.anomalies, check] }));
  assert.ok(doc.querySelector(".timeline svg"), "plotted");
  const items = [...doc.querySelectorAll("ol.tl-list li")].map((li) => li.textContent ?? "");
  assert.equal(items.length, 2);
  assert.match(items[0] ?? "", /^10 Mar 2026 Review|^10 Mar 2026 Warsaw Review: Says the war/);
  assert.match(items[1] ?? "", /^12 Mar 2026 Andrzej Duda visits South Korea on 12 Mar/);
  assert.match(doc.querySelector("ul.findings")?.textContent ?? "", /Dates do not add up:/);
  assert.equal(doc.querySelectorAll(".timeline svg title").length, 1, "only the figure's own title: nothing hides behind a hover");
});

void test("an anomaly found in several articles is one item listing each place, one key finding and one count", () => {
  const f = sampleFixture();
  const quote = "Poland is negotiating to buy 180 more K2 Black Panther tanks";
  const place = (articleId: string) => ({ articleId, quote, span: at(f.texts.get(articleId) ?? "", quote) });
  const first = place("a-northwire");
  const merged: Anomaly = { kind: "unattributed-claim", ...first, suggestion: null, explanation: "No source named.", occurrences: [first, place("a-ledger")] };
  const doc = dom(renderHtml({ ...f.report, anomalies: [merged] }, { texts: f.texts }));
  const items = doc.querySelectorAll('.anomaly[data-kind="unattributed-claim"]');
  assert.equal(items.length, 1);
  assert.equal(items[0]?.querySelectorAll(".badge").length, 2);
  assert.equal(items[0]?.querySelectorAll("blockquote").length, 2, "a quote from each place");
  assert.equal(doc.querySelectorAll('ul.findings li[data-finding="unattributed"]').length, 1);
  assert.equal(doc.querySelector('ul.findings li[data-finding="unattributed"]')?.getAttribute("data-articles"), "a-northwire a-ledger");
  assert.match(doc.querySelector(".counts")?.textContent ?? "", /1anomaly/);
  const ledgerCard = doc.querySelector('article.card[data-article-id="a-ledger"]');
  assert.ok(ledgerCard?.querySelector('mark[data-anomaly="unattributed-claim"]'), "highlighted in the second article too");
});

function at(text: string, quote: string): [number, number] {
  const i = text.indexOf(quote);
  assert.ok(i >= 0);
  return [i, i + quote.length];
}
