/**
 * @module Tests of the self-contained HTML report and its parts: structure (summary first, matrix
 * with verdict colours and values), span highlighting, escaping of hostile article data, the
 * timeline plot and date helpers.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseHTML } from "linkedom";
import { renderHtml } from "./html.ts";
import type { Fact } from "./types.ts";
import { hostileFixture, sampleFixture, PAYLOAD_IMG, PAYLOAD_SCRIPT } from "./fixtures.ts";
import { highlightText } from "./html-highlight.ts";
import { escapeHtml, safeHref } from "./html-escape.ts";
import { readableDates } from "./html-context.ts";
import { datesIn, parseDateRange, renderTimeline } from "./svg.ts";
import { OptionError } from "../errors.ts";

const dom = (html: string): Document => parseHTML(html).document;

void test("renders one self-contained document: inline style, no script, no external asset", () => {
  const f = sampleFixture();
  const html = renderHtml(f.report, { texts: f.texts });
  const doc = dom(html);
  assert.ok(html.startsWith("<!doctype html>"));
  assert.equal(doc.querySelectorAll("script").length, 0);
  assert.equal(doc.querySelectorAll("link, img, iframe, object").length, 0);
  assert.equal(doc.querySelectorAll("style").length, 1);
  assert.doesNotMatch(html, /(src|href)="(https?:)?\/\/(?!example\.org)/);
  assert.doesNotMatch(html, /url\(/);
  assert.equal(doc.querySelector("h1")?.textContent, "Poland weighs more K2 tanks ahead of Seoul visit");
});

void test("shows the story summary before the matrix, each line with outlet badges and a quote", () => {
  const f = sampleFixture();
  const html = renderHtml(f.report, { texts: f.texts });
  const summaryAt = html.indexOf('class="summary"');
  const matrixAt = html.indexOf('class="matrix"');
  assert.ok(summaryAt > 0 && matrixAt > summaryAt, "summary comes first");
  const doc = dom(html);
  const disputed = doc.querySelector(".summary .disputed li");
  assert.ok(disputed);
  assert.match(disputed.textContent ?? "", /180 more tanks/);
  assert.match(disputed.textContent ?? "", /160 tanks/);
  assert.ok(disputed.querySelectorAll(".badge").length >= 3);
  assert.ok(disputed.querySelector("blockquote"));
  assert.match(doc.querySelector(".summary .agreed")?.textContent ?? "", /visits South Korea on 12 Mar/);
});

void test("marks a contested matrix row and gives each outlet's value with a variant letter", () => {
  const f = sampleFixture();
  const doc = dom(renderHtml(f.report));
  const row = doc.querySelector('tr[data-verdict="contested"]');
  assert.ok(row, "contested row");
  assert.match(row.querySelector("th")?.textContent ?? "", /Contested/);
  const cell = (id: string): Element | null => row.querySelector(`td[data-article-id="${id}"]`);
  assert.match(cell("a-northwire")?.textContent ?? "", /^①\s*180 more tanks/);
  assert.match(cell("a-insider")?.textContent ?? "", /^②\s*160 tanks/);
  assert.ok(cell("a-insider")?.classList.contains("contested"));
  assert.match(cell("a-insider")?.querySelector("details.q blockquote")?.textContent ?? "", /Warsaw is close to a deal for 160/, "the quote opens under the value");
  assert.equal(row.querySelectorAll("[title]").length, 0, "no hover-only tooltip");
  assert.ok(cell("a-review")?.classList.contains("empty"));
  const headers = [...doc.querySelectorAll("table.matrix thead th")].map((th) => th.textContent ?? "");
  assert.deepEqual(headers.slice(1).map((h) => h.split(/\d/)[0]?.trim()), ["Northern Wire", "The Daily Ledger", "Defence Insider", "Warsaw Review"]);
  assert.equal(doc.querySelectorAll('tr[data-verdict="corroborated"] td.corroborated').length, 3);
});

void test("lists contested variants side by side with what differs, and garbled names with suggestions", () => {
  const f = sampleFixture();
  const doc = dom(renderHtml(f.report, { texts: f.texts }));
  const card = doc.querySelector(".fact-card");
  assert.equal(card?.querySelectorAll(".variant").length, 2);
  assert.match(card?.textContent ?? "", /What differs:\s*number differs: 180 more tanks vs 160 tanks/);
  const garbled = doc.querySelector('.anomaly[data-kind="garbled-name"]');
  assert.match(garbled?.querySelector(".suggest")?.textContent ?? "", /K2 Black Panther/);
  assert.equal(garbled?.querySelector("mark")?.textContent, "K2 Black Panter");
  assert.match(doc.querySelector("table.reuse")?.textContent ?? "", /near-duplicate/);
  assert.match(doc.querySelector("section.errors")?.textContent ?? "", /inbox\/broken\.html/);
});

void test("highlights each article's evidence spans in its embedded text", () => {
  const f = sampleFixture();
  const doc = dom(renderHtml(f.report, { texts: f.texts }));
  const text = doc.querySelector('.article-text[data-article-id="a-insider"]');
  assert.ok(text);
  const mark = text.querySelector('mark[data-fact-id="f-tanks"]');
  // The number before the highlight is the fact's place in the list under the text (no hover needed).
  const list = [...(text.closest("details")?.querySelectorAll("ol.results li") ?? [])].map((li) => li.getAttribute("data-fact-id"));
  assert.equal(mark?.previousElementSibling?.textContent, String(list.indexOf("f-tanks") + 1));
  for (const sup of text.querySelectorAll("sup.hl-n")) sup.remove();
  assert.equal(text.textContent, f.texts.get("a-insider"), "highlighting keeps the text intact");
  assert.ok(mark?.textContent?.startsWith("Warsaw is close to a deal for 160"));
  assert.ok(text.querySelector('mark[data-anomaly="garbled-name"]'));
});

void test("renders hostile article data inert: no script, no event handler, no javascript: link", () => {
  const f = hostileFixture();
  const html = renderHtml(f.report, { texts: f.texts });
  const doc = dom(html);
  assert.equal(doc.querySelectorAll("script, img").length, 0);
  assert.ok(![...doc.querySelectorAll("*")].some((el) => [...el.attributes].some((a) => a.name.startsWith("on"))));
  assert.ok(!html.includes(PAYLOAD_SCRIPT) && !html.includes("<img"));
  assert.ok(!/href="javascript:/i.test(html));
  assert.ok(doc.body.textContent?.includes(PAYLOAD_SCRIPT), "the payload is shown as text");
  assert.ok(doc.body.textContent?.includes(PAYLOAD_IMG));
});

void test("renders only the requested story and rejects an unknown story id", () => {
  const f = sampleFixture();
  const two = { ...f.report, stories: [...f.report.stories, { id: "other", title: "Another story", articleIds: [] }] };
  const doc = dom(renderHtml(two, { storyId: "other" }));
  assert.equal(doc.querySelectorAll("section.story").length, 1);
  assert.equal(doc.querySelector("h1")?.textContent, "Another story");
  assert.equal(dom(renderHtml(two)).querySelectorAll("section.story").length, 2);
  assert.throws(() => renderHtml(two, { storyId: "missing" }), OptionError);
});

void test("says no dates are known instead of drawing an empty timeline", () => {
  const f = sampleFixture();
  const undated = { ...f.report, articles: f.report.articles.map((a) => ({ ...a, published: null })), facts: f.report.facts.filter((x) => x.id !== "f-visit") };
  const doc = dom(renderHtml(undated));
  assert.equal(doc.querySelectorAll("svg").length, 0);
  assert.match(doc.querySelector(".part-timeline")?.textContent ?? "", /No article, claim or check in this story carries a usable date/);
  const dated = dom(renderHtml(f.report));
  assert.equal(dated.querySelectorAll(".timeline svg circle").length, 4);
  assert.equal(dated.querySelectorAll(".timeline svg path").length, 1, "one dated claim");
});

void test("cuts overlapping spans into flat marks without losing or reordering text", () => {
  const text = "alpha <beta> gamma & delta";
  const html = highlightText(text, [
    { span: [0, 12], kind: "fact", title: "one", factId: "f1" },
    { span: [6, 18], kind: "anomaly", title: "two" },
    { span: [19, 999], kind: "fact", title: "clamped", factId: "f2" },
    { span: [5, 5], kind: "fact", title: "empty" },
  ]);
  const doc = dom(`<div id="x">${html}</div>`);
  const root = doc.getElementById("x");
  assert.equal(root?.textContent, text);
  assert.equal(root?.querySelectorAll("mark mark").length, 0);
  const marks = [...(root?.querySelectorAll("mark") ?? [])];
  assert.deepEqual(marks.map((m) => m.textContent), ["alpha ", "<beta>", " gamma", "& delta"]);
  assert.equal(marks[1]?.getAttribute("title"), "one · two");
  assert.ok(marks[1]?.classList.contains("hl-overlap"));
  assert.equal(marks[3]?.getAttribute("data-fact-id"), "f2");
});

void test("escapes text and attributes and only lets http(s), relative and anchor links through", () => {
  assert.equal(escapeHtml(`<a href="x" onclick='y'>&\``), "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&#96;");
  assert.equal(safeHref("javascript:alert(1)"), null);
  assert.equal(safeHref("//evil.example/x"), null);
  assert.equal(safeHref("data:text/html,x"), null);
  assert.equal(safeHref("/articles/a%20b"), "/articles/a%20b");
  assert.equal(safeHref("https://example.org/a?b=1"), "https://example.org/a?b=1");
});

void test("reads partial and year-less dates for the timeline and for readers", () => {
  assert.deepEqual(datesIn("visit on XXXX-12-04; 5 divisions; 2026-03/2026-04"), ["XXXX-12-04", "2026-03/2026-04"]);
  assert.deepEqual(datesIn("S-400 and 2026-27 deliveries"), []);
  assert.deepEqual(parseDateRange("XXXX-12-04", 2025), [Date.UTC(2025, 11, 4), Date.UTC(2025, 11, 4)]);
  assert.equal(parseDateRange("XXXX-12-04", null), null);
  assert.deepEqual(parseDateRange("2026-02", null), [Date.UTC(2026, 1, 1), Date.UTC(2026, 1, 28)]);
  assert.equal(readableDates("visits on XXXX-03-12"), "visits on 12 Mar");
  assert.equal(readableDates("by 2026-09 or 2026-09-30"), "by Sep 2026 or 30 Sep 2026");
  assert.equal(renderTimeline({ articles: [{ label: "x", date: "not a date" }], claims: [] }), "");
});

void test("keeps facts only one article carries out of the matrix rows and lists them by article", () => {
  const f = sampleFixture();
  const doc = dom(renderHtml(f.report));
  assert.equal(doc.querySelector('table.matrix tr[data-fact-id="f-howitzers"]'), null);
  const single = doc.querySelector('details.singles li[data-fact-id="f-howitzers"]');
  assert.ok(single, "listed below the matrix");
  assert.match(single.closest(".single-group")?.querySelector("h4")?.textContent ?? "", /Defence Insider/);
  assert.match(single.textContent ?? "", /96 howitzers/);
  assert.match(doc.querySelector("details.singles > summary")?.textContent ?? "", /^1 fact only one article carries/);
});

void test("counts facts by verdict the same way in the count boxes, the column headings and the lists", () => {
  const f = sampleFixture();
  const story = f.report.stories[0];
  assert.ok(story);
  // A second single-source fact carried by two articles of one origin; the story summary (which lists only one) is not what counts.
  const copy = { ...(f.report.facts[2] as Fact), id: "f-copy", statement: "Northern Wire says talks began in January", articles: 2, independentOrigins: 1 };
  const doc = dom(renderHtml({ ...f.report, facts: [...f.report.facts, copy], stories: [{ ...story, summary: { agreed: [], disputed: [], singleSource: ["only one line"] } }] }));
  const box = doc.querySelector(".count.single-source b")?.textContent;
  const heading = /\((\d+)\)/.exec(doc.querySelector(".summary .single h3")?.textContent ?? "")?.[1];
  assert.equal(box, "2");
  assert.equal(heading, "2");
  assert.equal(doc.querySelectorAll(".summary .single li").length, 2);
  assert.match(doc.querySelector(".summary .single h3")?.textContent ?? "", /What only one origin says/);
  assert.match(doc.querySelector("#sum-f-copy")?.textContent ?? "", /2 articles, one origin/);
  assert.match(doc.querySelector(".counts")?.textContent ?? "", /4articles.*1contested fact.*3anomalies/);
});

void test("lists dated claims far from the articles under the timeline instead of stretching its axis", () => {
  const articles = [
    { label: "Wire", date: "2026-03-02" },
    { label: "Post", date: "2026-03-04" },
  ];
  const html = renderTimeline({ articles, claims: [{ label: "visit", date: "XXXX-03-12" }, { label: "border dispute began", date: "2023-05" }] });
  const doc = dom(`<div>${html}</div>`);
  assert.equal(doc.querySelectorAll("svg circle").length, 2);
  assert.equal(doc.querySelectorAll("svg path").length, 1, "the nearby claim is plotted");
  assert.match(doc.querySelector("ul.tl-outside")?.textContent ?? "", /May 2023.*border dispute began/);
  assert.ok(!/2023|2024/.test(doc.querySelector("svg")?.textContent ?? ""), "the axis stays on 2026");
});

void test("numbers a highlighted fact once where several of its spans start together", () => {
  const html = highlightText("one two three", [
    { span: [0, 7], kind: "fact", title: "a", factId: "f1", number: 3 },
    { span: [0, 3], kind: "fact", title: "a", factId: "f1", number: 3 },
    { span: [4, 13], kind: "fact", title: "b", factId: "f2", number: 4 },
  ]);
  const doc = dom(`<div>${html}</div>`);
  assert.deepEqual([...doc.querySelectorAll("sup.hl-n")].map((s) => s.textContent), ["3", "4"]);
  assert.equal(doc.querySelector("div")?.textContent?.replace(/\d/g, ""), "one two three");
});
