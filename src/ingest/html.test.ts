/** @module Tests for the HTML reader and block-structured text extraction. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { readHtml } from "./html.ts";
import { htmlFragmentToText, looksLikeHtml } from "./html-text.ts";

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

describe("html reader", () => {
  const result = readHtml("https://harbour-times.example/page", fixture("article.html"));
  const a = result.articles[0];

  it("reads metadata from og tags, JSON-LD and the canonical link", () => {
    assert.deepEqual(result.errors, []);
    assert.ok(a);
    assert.equal(a.title, "Port Sable Approves Container Terminal");
    assert.equal(a.outlet, "The Harbour Times");
    assert.equal(a.published, "2025-11-28T08:30:00.000Z");
    assert.equal(a.byline, "Lena Varga");
    assert.equal(a.url, "https://harbour-times.example/news/terminal");
    assert.equal(a.format, "html");
  });

  it("keeps the main text with one block per line and blank lines between paragraphs", () => {
    assert.equal(
      a?.text,
      [
        "The harbour authority of Port Sable approved a new container terminal on Monday, ending two years of debate over the project and its cost to the city.",
        "Officials said the terminal would add capacity for 400,000 containers a year, about a third more than the port handles today, and create several hundred jobs.",
        "What happens next",
        "- Tenders open in January\n- Construction starts in 2026",
        "| Phase | Cost |\n| One | 120 million |",
        "This is a good day for the port, the harbour master said.",
      ].join("\n\n"),
    );
  });

  it("never runs page scripts and leaves navigation, footer and styles out", () => {
    assert.equal((globalThis as Record<string, unknown>)["__ingestFixtureRan"], undefined);
    assert.ok(!a?.text.includes("INJECTED"));
    assert.ok(!a?.text.includes("Home"));
    assert.ok(!a?.text.includes("color"));
  });

  it("falls back to the body text of a page readability cannot use", () => {
    const r = readHtml("tiny.html", "<html><body><div>Short note.</div><div>Second line.</div></body></html>");
    assert.equal(r.articles[0]?.text, "Short note.\n\nSecond line.");
    assert.equal(r.articles[0]?.title, null);
    assert.equal(r.articles[0]?.outlet, "tiny");
  });

  it("uses the <title> and <time datetime> when there are no meta tags", () => {
    const r = readHtml("t.html", "<html><head><title>Old Page</title></head><body><p>Text <time datetime=\"2024-03-05\">5 March</time>.</p></body></html>");
    assert.equal(r.articles[0]?.title, "Old Page");
    assert.equal(r.articles[0]?.published, "2024-03-05");
  });

  it("reports a page without any text as no-text", () => {
    const r = readHtml("empty.html", "<html><head><script>var x = 1;</script></head><body><img src=x></body></html>");
    assert.equal(r.articles.length, 0);
    assert.equal(r.errors[0]?.code, "no-text");
    assert.equal(r.errors[0]?.origin, "empty.html");
  });
});

describe("html fragments", () => {
  it("separates paragraphs and breaks instead of gluing their texts", () => {
    assert.equal(htmlFragmentToText("<p>One.</p><p>Two.</p>Three<br>Four"), "One.\n\nTwo.\n\nThree\n\nFour");
  });

  it("decodes entities and passes plain text through unchanged", () => {
    assert.equal(htmlFragmentToText("Tom &amp; Jerry"), "Tom & Jerry");
    assert.equal(htmlFragmentToText("a < b and c > d\n\nnext"), "a < b and c > d\n\nnext");
    assert.equal(looksLikeHtml("a < b"), false);
    assert.equal(htmlFragmentToText("Q&amp;A one\nline two\n\nNext &quot;para&quot;"), 'Q&A one\n\nline two\n\nNext "para"');
  });
});
