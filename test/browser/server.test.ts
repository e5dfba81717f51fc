/**
 * @module The web UI served from a real store in a real browser: articles are ingested into a
 * temporary PGlite store, the app listens on 127.0.0.1 (random port), and chromium opens the story
 * page (matrix, contested row), the article view (highlights) and the compare view; hostile
 * articles render inert. With the full pipeline available, the example story is ingested and
 * analysed for real and its story page is saved as test/browser/out/story.png.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { ingestIntoStore } from "../../src/store/index.ts";
import { recordAlerts } from "../../src/alerts/record.ts";
import { hostileFixture, sampleFixture, PAYLOAD_SCRIPT } from "../../src/report/fixtures.ts";
import { fixtureArticles, fixturePipeline } from "./fixtures/pipeline.ts";
import { launchChromium, skipReason } from "./chromium.ts";
import { closeServed, serveStore } from "./serve.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const OUT = path.join(ROOT, "test/browser/out");
const EXAMPLE = path.join(ROOT, "examples/summit-story");
/** The analysis stages the real pipeline loads; until all exist the example-story test is skipped. */
const PIPELINE_MODULES = ["src/pipeline.ts", "src/stories/index.ts", "src/knowledge/index.ts", "src/reuse/index.ts", "src/extract/index.ts", "src/ingest/index.ts"];
const missing = PIPELINE_MODULES.filter((m) => !existsSync(path.join(ROOT, m)));
const exampleSkip =
  skipReason ||
  (!existsSync(EXAMPLE) ? `the example story is missing at ${EXAMPLE}` : missing.length > 0 ? `the analysis pipeline is incomplete (missing ${missing.join(", ")})` : false);

let browser: Browser | null = null;

before(async () => {
  if (skipReason) return;
  browser = await launchChromium();
  mkdirSync(OUT, { recursive: true });
});

after(async () => {
  await closeServed();
  await browser?.close();
});

async function open(path: string, base: string): Promise<Page> {
  assert.ok(browser);
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const res = await page.goto(base + path);
  assert.equal(res?.status(), 200, `GET ${path}`);
  return page;
}

void test("the served story page shows the matrix with a contested row, and the article view highlights claims", { skip: skipReason }, async () => {
  const f = sampleFixture();
  const s = await serveStore({ memory: false });
  const result = await ingestIntoStore(s.store, fixtureArticles(f), { pipeline: fixturePipeline(f) });
  assert.equal(result.added.length, 4);
  const storyId = result.stories[0]?.id;
  assert.ok(storyId);

  const list = await open("/", s.url);
  await list.locator(`a[href="/stories/${storyId}"]`).click();
  await list.waitForURL(`**/stories/${storyId}`);
  const row = list.locator('table.matrix tr[data-verdict="contested"]');
  await assert.doesNotReject(row.waitFor({ state: "visible" }));
  assert.match(await row.locator('td[data-article-id="a-northwire"]').innerText(), /180 more tanks/);
  await list.screenshot({ path: path.join(OUT, "story-fixture.png"), fullPage: true });

  await list.locator('table.matrix thead a[href="/articles/a-insider"]').click();
  await list.waitForURL("**/articles/a-insider");
  const mark = list.locator('.article-text mark[data-fact-id="f-tanks"]').first();
  await assert.doesNotReject(mark.waitFor({ state: "visible" }));
  assert.match((await mark.getAttribute("title")) ?? "", /Contested/);
  assert.equal(await list.locator('.article-text mark[data-anomaly="garbled-name"]').innerText(), "K2 Black Panter");
  await list.screenshot({ path: path.join(OUT, "article-fixture.png"), fullPage: true });

  await list.goto(`${s.url}/compare?a=a-northwire&b=a-ledger`);
  const numbered = await list.locator(".article-text mark[data-n]").evaluateAll((ms) => ms.map((m) => `${m.closest(".article-text")?.getAttribute("data-article-id")}:${m.getAttribute("data-fact-id")}=${m.getAttribute("data-n")}`));
  assert.ok(numbered.some((x) => x.startsWith("a-northwire:f-tanks=")) && numbered.some((x) => x.startsWith("a-ledger:f-tanks=")));
  await list.close();
});

void test("hostile articles served from the store render inert on every page", { skip: skipReason }, async () => {
  const f = hostileFixture();
  const s = await serveStore({ memory: true });
  const result = await ingestIntoStore(s.store, fixtureArticles(f), { pipeline: fixturePipeline(f), onAnalysis: recordAlerts() });
  assert.ok((await s.store.listAlerts()).length > 0, "alerts quoting the payloads are on /alerts");
  const storyId = result.stories[0]?.id;
  assert.ok(storyId);
  const [a, b] = f.report.articles.map((x) => x.id);
  for (const route of ["/", `/stories/${storyId}`, `/articles/${a}`, `/compare?a=${a}&b=${b}`, `/search?q=${encodeURIComponent(PAYLOAD_SCRIPT)}`, "/alerts"]) {
    const page = await open(route, s.url);
    await page.waitForTimeout(50);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined, route);
    assert.equal(await page.locator("script").count(), 0, `no script element on ${route}`);
    assert.equal(await page.locator("img").count(), 0, `no img element on ${route}`);
    await page.close();
  }
  const story = await open(`/stories/${storyId}`, s.url);
  assert.ok((await story.locator("body").innerText()).includes(PAYLOAD_SCRIPT), "payloads are shown as text");
  await story.close();
});

void test("the example story, ingested and analysed for real, shows its matrix and highlights", { skip: exampleSkip }, async () => {
  const { ingest } = await import("../../src/ingest/index.ts");
  const { articles, errors } = await ingest([EXAMPLE]);
  assert.deepEqual(errors, []);
  assert.ok(articles.length >= 3);
  const s = await serveStore({ memory: true });
  const pack = path.join(EXAMPLE, "pack.json");
  const result = await ingestIntoStore(s.store, articles, existsSync(pack) ? { extraPacks: [pack] } : {});
  const story = [...result.stories].sort((x, y) => y.articles - x.articles)[0];
  assert.ok(story);
  const page = await open(`/stories/${story.id}`, s.url);
  const rows = page.locator("table.matrix tbody tr");
  assert.ok((await rows.count()) > 0, "the matrix has facts");
  const verdicts = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-verdict")));
  assert.ok(verdicts.includes("contested"), `a contested fact among ${verdicts.join(", ")}`);
  await page.screenshot({ path: path.join(OUT, "story.png"), fullPage: true });
  const articleHref = await page.locator('tr[data-verdict="contested"] td.cell').first().getAttribute("data-article-id");
  assert.ok(articleHref);
  await page.goto(`${s.url}/articles/${encodeURIComponent(articleHref)}`);
  await assert.doesNotReject(page.locator(".article-text mark[data-fact-id]").first().waitFor({ state: "visible" }));
  await page.screenshot({ path: path.join(OUT, "article.png"), fullPage: true });
  await page.close();
});
