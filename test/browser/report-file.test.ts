/**
 * @module The self-contained HTML report opened from disk in a real browser: the matrix shows a
 * contested row and the article text shows highlights; hostile article data stays inert.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { renderHtml } from "../../src/report/html.ts";
import { hostileFixture, sampleFixture, PAYLOAD_SCRIPT } from "../../src/report/fixtures.ts";
import { launchChromium, skipReason } from "./chromium.ts";

let browser: Browser | null = null;
let dir = "";

before(async () => {
  if (skipReason) return;
  browser = await launchChromium();
  dir = mkdtempSync(path.join(tmpdir(), "triangulate-report-"));
});

after(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function writeReport(name: string, html: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, html);
  return pathToFileURL(file).href;
}

void test("the report file opened from disk shows the matrix with a contested row and a highlight", { skip: skipReason }, async () => {
  assert.ok(browser);
  const f = sampleFixture();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(writeReport("report.html", renderHtml(f.report, { texts: f.texts })));
  const row = page.locator('table.matrix tr[data-verdict="contested"]');
  await assert.doesNotReject(row.waitFor({ state: "visible" }));
  assert.match(await row.locator("th").innerText(), /Contested/i);
  assert.match(await row.locator('td[data-article-id="a-insider"]').innerText(), /160 tanks/);
  const bg = await row.locator('td[data-article-id="a-insider"]').evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.notEqual(bg, "rgba(0, 0, 0, 0)", "contested cells are coloured");
  // The highlighted article text sits in a closed <details>: open it as a reader would.
  const card = page.locator('article.card[data-article-id="a-insider"]');
  await card.locator("details summary").click();
  const mark = card.locator('mark[data-fact-id="f-tanks"]').first();
  await assert.doesNotReject(mark.waitFor({ state: "visible" }));
  assert.match(await mark.innerText(), /Warsaw is close to a deal for 160/);
  assert.deepEqual(requests.filter((u) => !u.startsWith("file:")), [], "no network requests");
  await page.close();
});

void test("hostile article data in the report file renders inert", { skip: skipReason }, async () => {
  assert.ok(browser);
  const f = hostileFixture();
  const page = await browser.newPage();
  await page.goto(writeReport("hostile.html", renderHtml(f.report, { texts: f.texts })));
  await page.locator("details summary").first().click();
  await page.waitForTimeout(100);
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
  assert.equal(await page.locator("script").count(), 0);
  assert.equal(await page.locator("img").count(), 0);
  assert.ok((await page.locator("body").innerText()).includes(PAYLOAD_SCRIPT));
  await page.close();
});
