/**
 * @module Tests of the server-rendered pages: links between them, highlighting in the article and
 * compare views, search snippets, and inert rendering of hostile article data on every page.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseHTML } from "linkedom";
import { renderArticlePage, renderComparePage, renderSearchPage, renderStoryList, renderStoryPage, snippetHtml } from "./index.ts";
import { hostileFixture, sampleFixture, PAYLOAD_SCRIPT } from "../../report/fixtures.ts";
import { SNIPPET_START as S, SNIPPET_STOP as E } from "../ui-types.ts";
import { TriangulateError } from "../../errors.ts";

const dom = (html: string): Document => parseHTML(html).document;

void test("lists stories with contested and single-source counts linking to their pages", () => {
  const html = renderStoryList([
    { id: "s/1", title: "Deal talks", articles: 4, facts: 9, contested: 2, singleSource: 3, updatedAt: "2026-03-07T10:00:00Z" },
    { id: "s2", title: "Fresh", articles: 1, facts: 0, contested: 0, singleSource: 0, updatedAt: "2026-03-06T10:00:00Z" },
  ]);
  const doc = dom(html);
  const rows = doc.querySelectorAll("table.stories tbody tr");
  assert.equal(rows.length, 2);
  assert.equal(rows[0]?.querySelector("a")?.getAttribute("href"), "/stories/s%2F1");
  assert.deepEqual([...(rows[0]?.querySelectorAll("td") ?? [])].slice(0, 4).map((td) => td.textContent), ["4", "9", "2", "3"]);
  assert.match(rows[1]?.textContent ?? "", /not analysed yet/);
  assert.ok(doc.querySelector('form[action="/search"] input[name="q"]'));
  assert.match(dom(renderStoryList([])).querySelector("main")?.textContent ?? "", /No stories yet/);
});

void test("story page links outlets to article views, reuse to the compare view, and offers a compare form", () => {
  const f = sampleFixture();
  const doc = dom(renderStoryPage({ report: f.report, storyId: f.storyId, texts: f.texts }));
  assert.ok(doc.querySelector('tr[data-verdict="contested"]'));
  assert.ok(doc.querySelector('table.matrix thead a[href="/articles/a-insider"]'));
  assert.ok(doc.querySelector('table.reuse a[href="/compare?a=a-northwire&b=a-ledger"]'));
  assert.equal(doc.querySelectorAll('form[action="/compare"] select').length, 2);
  assert.equal(doc.querySelectorAll(".article-text").length, 0, "texts live on the article pages");
  assert.equal(doc.querySelector('.anomaly[data-kind="garbled-name"] mark')?.textContent, "K2 Black Panter");
  assert.throws(() => renderStoryPage({ report: f.report, storyId: "nope", texts: f.texts }), (e: unknown) => e instanceof TriangulateError && e.code === "NOT_FOUND");
});

void test("article page highlights every claim and anomaly without altering the text", () => {
  const f = sampleFixture();
  const text = f.texts.get("a-insider") ?? "";
  const doc = dom(renderArticlePage({ report: f.report, articleId: "a-insider", text }));
  const body = doc.querySelector(".article-text");
  const tanksItem = [...doc.querySelectorAll("aside ol.results li")].findIndex((li) => li.getAttribute("data-fact-id") === "f-tanks");
  assert.equal(body?.querySelector('mark[data-fact-id="f-tanks"]')?.previousElementSibling?.textContent, String(tanksItem + 1), "the highlight carries its number in the fact list");
  for (const sup of body?.querySelectorAll("sup.hl-n") ?? []) sup.remove();
  assert.equal(body?.textContent, text);
  const tanks = body?.querySelector('mark[data-fact-id="f-tanks"]');
  assert.ok(tanks?.classList.contains("tone-contested"));
  assert.match(tanks?.getAttribute("title") ?? "", /this article: 160 tanks/);
  assert.equal(body?.querySelector('mark[data-anomaly="garbled-name"]')?.textContent, "K2 Black Panter");
  const howitzers = text.indexOf("The ministry also approved");
  assert.equal(body?.querySelector('mark[data-fact-id="f-howitzers"]')?.textContent, text.slice(howitzers, text.indexOf("\n", howitzers)));
  assert.equal(body?.querySelector('mark[data-anomaly="repeated-text"]')?.textContent, text.slice(text.lastIndexOf("The ministry")));
  assert.ok(doc.querySelector('a[href="/compare?a=a-insider&b=a-northwire"]'));
  assert.ok(doc.querySelector('a[href="/stories/s-k2-tanks"]'));
});

void test("compare page numbers shared facts identically in both texts and says whether values agree", () => {
  const f = sampleFixture();
  const doc = dom(renderComparePage({ report: f.report, a: "a-northwire", b: "a-ledger", texts: f.texts }));
  const rows = doc.querySelectorAll("table.shared tbody tr");
  assert.equal(rows.length, 2);
  for (const row of rows) assert.match(row.textContent ?? "", /agree/);
  const numbers = (id: string): string[] =>
    [...doc.querySelectorAll(`.article-text[data-article-id="${id}"] mark[data-n]`)].map((m) => `${m.getAttribute("data-fact-id")}=${m.getAttribute("data-n")}`);
  assert.deepEqual(numbers("a-northwire").sort(), numbers("a-ledger").sort());
  assert.equal(new Set(numbers("a-northwire")).size, 2);
  const differing = dom(renderComparePage({ report: f.report, a: "a-northwire", b: "a-insider", texts: f.texts }));
  assert.match(differing.querySelector("table.shared tbody tr")?.textContent ?? "", /180 more tanks.*160 tanks.*differ/s);
});

void test("search page escapes snippets and turns match markers into marks, closing unbalanced ones", () => {
  assert.equal(snippetHtml(`a ${S}<b>${E} c ${S}d`), `a <mark class="hl">&lt;b&gt;</mark> c <mark class="hl">d</mark>`);
  const doc = dom(
    renderSearchPage({
      query: "tanks <i>",
      results: { facts: [{ id: "f1", storyId: "s1", statement: "Poland buys tanks", verdict: "contested" }], articles: [{ id: "a1", title: null, outlet: "Wire", storyId: null, snippet: `more ${S}tanks${E}` }] },
    }),
  );
  assert.equal(doc.querySelector("h1")?.textContent, "Results for “tanks <i>”");
  assert.equal(doc.querySelectorAll("i").length, 0);
  assert.equal(doc.querySelector("ol.results mark")?.textContent, "tanks");
  assert.ok(doc.querySelector('a[href="/stories/s1#fact-f1"]'));
  assert.equal(doc.querySelector('input[name="q"]')?.getAttribute("value"), "tanks <i>");
});

void test("every page renders hostile article data as inert text", () => {
  const f = hostileFixture();
  const [a, b] = f.report.articles.map((x) => x.id);
  assert.ok(a && b);
  const pages = [
    renderStoryList([{ id: "s", title: PAYLOAD_SCRIPT, articles: 1, facts: 1, contested: 1, singleSource: 0, updatedAt: PAYLOAD_SCRIPT }]),
    renderStoryPage({ report: f.report, storyId: f.storyId, texts: f.texts }),
    renderArticlePage({ report: f.report, articleId: a, text: f.texts.get(a) ?? "" }),
    renderComparePage({ report: f.report, a, b, texts: f.texts }),
    renderSearchPage({ query: PAYLOAD_SCRIPT, results: { facts: [], articles: [{ id: PAYLOAD_SCRIPT, title: PAYLOAD_SCRIPT, outlet: PAYLOAD_SCRIPT, storyId: PAYLOAD_SCRIPT, snippet: `${S}${PAYLOAD_SCRIPT}${E}` }] } }),
  ];
  for (const html of pages) {
    const doc = dom(html);
    assert.equal(doc.querySelectorAll("script, img").length, 0);
    assert.ok(![...doc.querySelectorAll("*")].some((el) => [...el.attributes].some((x) => x.name.startsWith("on"))));
    assert.ok(!/href="javascript:/i.test(html));
    assert.ok(doc.body.textContent?.includes(PAYLOAD_SCRIPT));
  }
});
