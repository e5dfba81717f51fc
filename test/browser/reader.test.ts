/**
 * @module Reader first, in a real browser at a phone's 390×844 and a laptop's 1366×900: the key
 * findings come before the matrix, no page is wider than the window (tables scroll in their own
 * box), axe-core finds no serious or critical WCAG 2.2 AA violation, no text is under 12 px, a skip
 * link is the first stop for the keyboard and focus is visible — on the self-contained report (outlets named, and
 * outlets unknown) and on the server's story list, story, article, compare, search and alerts pages.
 * Screenshots go to test/browser/out/ (reader-*.png).
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { renderHtml } from "../../src/report/html.ts";
import { ingestIntoStore } from "../../src/store/index.ts";
import { recordAlerts } from "../../src/alerts/record.ts";
import { launchChromium, skipReason } from "./chromium.ts";
import { VIEWPORTS, axeViolations, contextFor, overflow, smallText, tops, type Viewport } from "./checks.ts";
import { fixtureArticles, fixturePipeline } from "./fixtures/pipeline.ts";
import { readerFixture } from "./fixtures/reader.ts";
import { closeServed, serveStore } from "./serve.ts";

const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), "out");

let browser: Browser | null = null;
let dir = "";

before(async () => {
  if (skipReason) return;
  browser = await launchChromium();
  mkdirSync(OUT, { recursive: true });
  dir = mkdtempSync(path.join(tmpdir(), "triangulate-reader-"));
});

after(async () => {
  await closeServed();
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Every check a page must pass at this size; the screenshot is taken first, so a failure can be looked at. */
async function checkPage(page: Page, name: string, v: Viewport, options: { findings: boolean }): Promise<void> {
  await page.screenshot({ path: path.join(OUT, `reader-${name}-${v.name}.png`), fullPage: true });
  const where = `${name} at ${v.width}×${v.height}`;
  const o = await overflow(page);
  assert.ok(o.scrollWidth <= o.innerWidth, `${where}: the page is ${o.scrollWidth}px wide in a ${o.innerWidth}px window; sticking out: ${o.culprits.join(", ")}`);
  assert.deepEqual(await smallText(page), [], `${where}: text under 12px`);
  if (options.findings) {
    const [findings, matrix] = await tops(page, ["ul.findings", "table.matrix"]);
    assert.ok(findings !== null && findings !== undefined && matrix !== null && matrix !== undefined, `${where}: both key findings and the matrix are on the page`);
    assert.ok(findings < matrix, `${where}: key findings (y=${findings}) come before the matrix (y=${matrix})`);
    if (v.name === "phone") assert.ok(findings < v.height, `${where}: key findings start on the first screen (y=${findings})`);
  }
  await page.keyboard.press("Tab");
  const first = await page.evaluate<{ cls: string; top: number }>(`({ cls: document.activeElement.className, top: document.activeElement.getBoundingClientRect().top })`);
  assert.deepEqual({ cls: first.cls, onScreen: first.top >= 0 }, { cls: "skip", onScreen: true }, `${where}: the first Tab shows the skip link`);
  await page.keyboard.press("Tab");
  const ring = await page.evaluate<{ style: string; width: number }>(`(() => { const s = getComputedStyle(document.activeElement); return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) }; })()`);
  assert.ok(ring.style !== "none" && ring.width >= 2, `${where}: the focused element shows a focus ring (${ring.style} ${ring.width}px)`);
  assert.deepEqual(await axeViolations(page), [], `${where}: axe-core serious or critical violations`);
  if (options.findings) {
    // What opens on demand (quotes under matrix values, facts one article carries, article texts) must fit and pass too.
    await page.evaluate(`document.querySelectorAll("details").forEach((d) => { d.open = true; })`);
    const opened = await overflow(page);
    assert.ok(opened.scrollWidth <= opened.innerWidth, `${where}, details open: the page is ${opened.scrollWidth}px wide; sticking out: ${opened.culprits.join(", ")}`);
    assert.deepEqual(await smallText(page), [], `${where}, details open: text under 12px`);
    assert.deepEqual(await axeViolations(page), [], `${where}, details open: axe-core serious or critical violations`);
  }
}

for (const outletsKnown of [true, false]) {
  const name = outletsKnown ? "report" : "report-unknown-outlets";
  void test(`the self-contained report (${outletsKnown ? "outlets named" : "outlets unknown"}) puts key findings first and fits a phone and a laptop`, { skip: skipReason }, async () => {
    assert.ok(browser);
    const f = readerFixture({ outletsKnown });
    const file = path.join(dir, `${name}.html`);
    writeFileSync(file, renderHtml(f.report, { texts: f.texts }));
    for (const v of VIEWPORTS) {
      const context = await contextFor(browser, v);
      const page = await context.newPage();
      await page.goto(pathToFileURL(file).href);
      const kinds = await page.locator("ul.findings li").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-finding")));
      assert.deepEqual(kinds, ["disputed", "garbled-name", "copy", "temporal", "unattributed"]);
      if (!outletsKnown) assert.match(await page.locator(".story > .meta").innerText(), /4 articles, outlets unknown/);
      await checkPage(page, name, v, { findings: true });
      await context.close();
    }
  });
}

void test("the story list, story, article, compare, search and alerts pages fit a phone and a laptop and pass axe-core", { skip: skipReason }, async () => {
  assert.ok(browser);
  const f = readerFixture({ outletsKnown: false });
  const s = await serveStore({ memory: true });
  const result = await ingestIntoStore(s.store, fixtureArticles(f), { pipeline: fixturePipeline(f), onAnalysis: recordAlerts() });
  assert.ok((await s.store.listAlerts()).length > 0, "the alerts page has alerts to show");
  const storyId = result.stories[0]?.id;
  assert.ok(storyId);
  const pages: [string, string, boolean][] = [
    ["list", "/", false],
    ["story", `/stories/${encodeURIComponent(storyId)}`, true],
    ["article", "/articles/a-insider", false],
    ["compare", "/compare?a=a-northwire&b=a-insider", false],
    ["search", "/search?q=tanks", false],
    ["alerts", "/alerts", false],
  ];
  for (const v of VIEWPORTS) {
    const context = await contextFor(browser, v);
    for (const [name, route, findings] of pages) {
      const page = await context.newPage();
      const res = await page.goto(s.url + route);
      assert.equal(res?.status(), 200, `GET ${route}`);
      await checkPage(page, name, v, { findings });
      if (name === "list") {
        // An 8-word title wrapped one word per line would take 8 lines.
        const lines = await page.evaluate<number>(`(() => { const a = document.querySelector("table.stories th a"); return Math.round(a.getBoundingClientRect().height / parseFloat(getComputedStyle(a).lineHeight)); })()`);
        assert.ok(lines <= 3, `${v.name}: the story title takes ${lines} lines`);
      }
      await page.close();
    }
    await context.close();
  }
});
