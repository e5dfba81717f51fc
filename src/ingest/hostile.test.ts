/**
 * @module Hostile inputs cost themselves, never the batch: an .html file of plain text is read as
 * text, markup nested past MAX_HTML_DEPTH is one error, a feed past MAX_FEED_ITEMS is cut with an
 * error that says so, and the patterns that used to be quadratic (one endless token, stray
 * asterisks, thousands of dates in one sentence) are read correctly. Timing is for the fuzz bench.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseContent } from "./index.ts";
import { MAX_HTML_DEPTH, MAX_HTML_PIECES, markupPieces, nestingDepth } from "./html.ts";
import { MAX_FEED_ITEMS } from "./feed.ts";
import { breakLongRuns, MAX_RUN, segment } from "../text/sentences.ts";
import { resolveOverlaps } from "../extract/dates/timex.ts";

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

test("an .html file that holds plain text is read as text", () => {
  const r = parseContent("notes.html", bytes("Heavy rain closed the port of Varnholm on Tuesday.\nFerries were cancelled."));
  assert.equal(r.errors.length, 0);
  assert.match(r.articles[0]?.text ?? "", /Heavy rain closed the port/);
});

test("markup nested deeper than the limit is one error naming the depth; ordinary pages are not", () => {
  const deep = `<html><body>${"<div>".repeat(MAX_HTML_DEPTH + 5)}text${"</div>".repeat(MAX_HTML_DEPTH + 5)}</body></html>`;
  const r = parseContent("deep.html", bytes(deep));
  assert.equal(r.articles.length, 0);
  assert.match(r.errors[0]?.message ?? "", /nests elements \d+ deep/);
  assert.equal(nestingDepth("<html><body><p>One<br>two <img src=x> <b>three</b></p><hr/></body></html>"), 4);
});

test("a page of more tags and character references than the limit is one error; an ordinary page with entities is read", () => {
  const flood = parseContent("amp.html", bytes(`<html><body><p>Port news. ${"&amp;".repeat(MAX_HTML_PIECES)}</p></body></html>`));
  assert.equal(flood.articles.length, 0);
  assert.match(flood.errors[0]?.message ?? "", /tags and character references \(more than 250000\)/);
  const page = "<html><head><title>Port</title></head><body><p>Ferries &amp; cargo ships &#8212; all of them &lt;20 m &ndash; resumed on Tuesday, officials said.</p></body></html>";
  assert.equal(markupPieces(page), 14);
  const r = parseContent("page.html", bytes(page));
  assert.equal(r.errors.length, 0);
  assert.match(r.articles[0]?.text ?? "", /Ferries & cargo ships — all of them <20 m [–—] resumed/);
});

test("a line flooded with link openings is read as its text; an ordinary link still gives its text", () => {
  const flood = parseContent("links.md", bytes(`# Links\n\nPort news. ${"[a](".repeat(5000)}`));
  assert.equal(flood.errors.length, 0);
  assert.ok((flood.articles[0]?.text ?? "").includes("[a]([a]("));
  const ok = parseContent("ok.md", bytes("# Port\n\nThe [port of Varnholm](https://port.example/a_(b) \"Port\") reopened, as ![map](m.png) shows."));
  assert.match(ok.articles[0]?.text ?? "", /The port of Varnholm reopened, as {1,2}shows\./);
});

test("a feed with more items than the limit is read up to it, and the error says how many were skipped", () => {
  const items = Array.from({ length: MAX_FEED_ITEMS + 3 }, (_, i) => `<item><title>t${i}</title><description>Story number ${i} about the port.</description></item>`).join("");
  const r = parseContent("big.xml", bytes(`<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${items}</channel></rss>`));
  assert.equal(r.articles.length, MAX_FEED_ITEMS);
  assert.match(r.errors[0]?.message ?? "", /skipped 3$/);
});

test("a run of non-space characters longer than the tokenizer takes is cut, offsets unchanged", () => {
  const text = `Start ${"x".repeat(200)} end.`;
  const shadow = breakLongRuns(text);
  assert.equal(shadow.length, text.length);
  assert.ok(shadow.split(/\s+/).every((w) => w.length <= MAX_RUN));
  const [s] = segment(text, [0, text.length]);
  assert.ok(s && s.tokens.every((t) => text.slice(t.span[0], t.span[1]) === t.text));
  assert.equal(breakLongRuns("An ordinary sentence stays as it is."), "An ordinary sentence stays as it is.");
});

test("stray asterisks by the thousand are left alone, emphasis is still removed", () => {
  const r = parseContent("stars.md", bytes(`# Title\n\nThe **port** reopened.${" *x".repeat(5000)}`));
  assert.match(r.articles[0]?.text ?? "", /The port reopened\./);
});

test("overlapping date candidates: the longest wins, disjoint ones all stay, in order", () => {
  const t = (start: number, end: number) => ({ start, end }) as Parameters<typeof resolveOverlaps>[0][number];
  const kept = resolveOverlaps([t(0, 5), t(0, 12), t(14, 20), t(10, 16), t(30, 35)]);
  assert.deepEqual(kept.map((k) => [k.start, k.end]), [[0, 12], [14, 20], [30, 35]]);
  const many = Array.from({ length: 20_000 }, (_, i) => t(i * 6, i * 6 + 5));
  assert.equal(resolveOverlaps(many).length, 20_000);
});
