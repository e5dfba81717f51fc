/**
 * @module What the reader-first browser tests measure on a page: the two window sizes, horizontal
 * overflow (the page wider than the window, and which elements stick out), axe-core's serious and
 * critical violations (its source injected into the page; contexts bypass the pages' CSP for that),
 * where the key findings sit relative to the matrix, and text smaller than 12 px.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, BrowserContext, Page } from "playwright-core";

export const VIEWPORTS = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1366, height: 900 },
] as const;

export type Viewport = (typeof VIEWPORTS)[number];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** A context at this size that lets the test inject axe despite the pages' Content-Security-Policy. */
export function contextFor(browser: Browser, v: Viewport): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: v.width, height: v.height }, bypassCSP: true, deviceScaleFactor: 1, reducedMotion: "reduce" });
}

export interface Overflow {
  readonly scrollWidth: number;
  readonly innerWidth: number;
  /** Elements whose box ends right of the window and that no scrolling box contains ("tag.class (right px)"). */
  readonly culprits: readonly string[];
}

// Browser-side code is kept as plain JavaScript strings: the TypeScript loader renames functions
// (adding helpers that do not exist in the page), so no compiled closure is sent to the browser.
const OVERFLOW_JS = `(() => {
  const width = window.innerWidth;
  function scrolls(el) {
    for (let p = el.parentElement; p; p = p.parentElement) {
      const o = getComputedStyle(p).overflowX;
      if (o === "auto" || o === "scroll" || o === "hidden") return true;
    }
    return false;
  }
  const culprits = [];
  for (const el of document.body.querySelectorAll("*")) {
    const r = el.getBoundingClientRect();
    const parentOut = el.parentElement && el.parentElement.getBoundingClientRect().right > width + 1;
    if (r.width > 0 && r.right > width + 1 && !scrolls(el) && !parentOut) {
      const cls = typeof el.className === "string" && el.className.trim() ? "." + el.className.trim().split(/\\s+/).join(".") : "";
      culprits.push(el.tagName.toLowerCase() + cls + " (right " + Math.round(r.right) + ")");
    }
  }
  return { scrollWidth: document.scrollingElement ? document.scrollingElement.scrollWidth : 0, innerWidth: width, culprits: culprits.slice(0, 8) };
})()`;

export function overflow(page: Page): Promise<Overflow> {
  return page.evaluate<Overflow>(OVERFLOW_JS);
}

const AXE_RUN_JS = `window.axe.run(document, { resultTypes: ["violations"], runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] } })
  .then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) })))`;

/** axe-core's serious and critical violations, one line each: "rule (impact): n× selector — help". */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate<{ id: string; impact: string | null; help: string; nodes: string[] }[]>(AXE_RUN_JS);
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact ?? "?"}): ${v.nodes.length}× ${v.nodes.slice(0, 3).join(", ")} — ${v.help}`);
}

/** Top of the first element matching each selector, in page pixels (null when absent). */
export function tops(page: Page, selectors: readonly string[]): Promise<(number | null)[]> {
  const js = `${JSON.stringify(selectors)}.map((s) => { const el = document.querySelector(s); return el ? el.getBoundingClientRect().top + window.scrollY : null; })`;
  return page.evaluate<(number | null)[]>(js);
}

const SMALL_TEXT_JS = `(() => {
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || !n.textContent.trim() || el.closest("svg, .sr, [aria-hidden=true]")) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const size = parseFloat(getComputedStyle(el).fontSize);
    if (size < 11.95) out.push(el.tagName.toLowerCase() + "." + el.className + " " + size + "px: " + n.textContent.trim().slice(0, 30));
  }
  return out.slice(0, 5);
})()`;

/** Visible text set below 12 px: "tag.class 11px: text…" (the first few). */
export function smallText(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(SMALL_TEXT_JS);
}
