/** @module Tests for article construction: dates, outlets, bylines. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildArticle, cleanByline, fileStem, hostOf, normalizeDate } from "./article.ts";

describe("normalizeDate", () => {
  it("keeps a plain ISO day", () => {
    assert.equal(normalizeDate("2025-12-04"), "2025-12-04");
  });

  it("turns an offset date-time into a UTC ISO instant", () => {
    assert.equal(normalizeDate("2025-12-04T10:00:00+05:30"), "2025-12-04T04:30:00.000Z");
    assert.equal(normalizeDate("Tue, 02 Dec 2025 23:30:00 +0530"), "2025-12-02T18:00:00.000Z");
  });

  it("turns a written date without time into a day", () => {
    assert.equal(normalizeDate("December 4, 2025"), "2025-12-04");
    assert.equal(normalizeDate("4 Dec 2025"), "2025-12-04");
  });

  it("keeps a date-time without zone as a local ISO date-time", () => {
    assert.equal(normalizeDate("2025-12-04 10:15"), "2025-12-04T10:15:00");
  });

  it("reads epoch seconds and milliseconds", () => {
    assert.equal(normalizeDate(1764806400), "2025-12-04T00:00:00.000Z");
    assert.equal(normalizeDate(1764806400000), "2025-12-04T00:00:00.000Z");
  });

  it("returns null for impossible days, missing years and junk", () => {
    for (const v of ["2025-02-30", "December 4", "soon", "", null, {}, 42]) assert.equal(normalizeDate(v), null, JSON.stringify(v));
  });
});

describe("outlet and byline fallbacks", () => {
  it("derives hosts without www and file stems without extension or record number", () => {
    assert.equal(hostOf("https://www.Example.com/a"), "example.com");
    assert.equal(hostOf("ftp://example.com/a"), null);
    assert.equal(fileStem("dir/sub/story.one.txt"), "story.one");
    assert.equal(fileStem("dir/items.json#12"), "items");
    assert.equal(fileStem("-"), "stdin");
  });

  it("prefers metadata, then the article URL host, then the file name", () => {
    const base = { origin: "in/x.json#1", source: "in/x.json", format: "json" as const, body: "Text." };
    const outlet = (extra: object): string | undefined => {
      const a = buildArticle({ ...base, ...extra });
      return "outlet" in a ? a.outlet : undefined;
    };
    assert.equal(outlet({ outlet: "Meta News", url: "https://www.host.example/a" }), "Meta News");
    assert.equal(outlet({ url: "https://www.host.example/a" }), "host.example");
    assert.equal(outlet({}), "x");
  });

  it("strips a leading 'By' from bylines", () => {
    assert.equal(cleanByline("By  Jane   Roe "), "Jane Roe");
    assert.equal(cleanByline("Bystander Smith"), "Bystander Smith");
  });

  it("rejects non-http URLs", () => {
    const a = buildArticle({ origin: "a.md", format: "md", body: "x", url: "javascript:alert(1)" });
    assert.equal("url" in a ? a.url : undefined, null);
  });
});
