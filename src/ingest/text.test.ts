/** @module Tests for the plain-text reader and headline detection. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { looksLikeHeadline, readText, splitTitle } from "./text.ts";

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

describe("headline detection", () => {
  it("takes a headline-case first line as the title and removes it from the body", () => {
    const { title, body } = splitTitle("Ministers Agree on New Fishing Quotas\nThe ministers met in Oslo.");
    assert.equal(title, "Ministers Agree on New Fishing Quotas");
    assert.equal(body, "The ministers met in Oslo.");
  });

  it("does not take a first line that is a full sentence ending in a period", () => {
    const text = "The ministers agreed on new fishing quotas on Monday.\nThey met in Oslo.";
    assert.deepEqual(splitTitle(text), { title: null, body: text });
  });

  it("does not take a line ending in a colon, question mark or comma", () => {
    for (const line of ["Key Points To Watch:", "Will The Deal Survive?", "Ministers Met Today,"]) {
      assert.equal(looksLikeHeadline(line), false, line);
    }
  });

  it("rejects lines longer than 160 characters or 20 words", () => {
    assert.equal(looksLikeHeadline(Array.from({ length: 21 }, () => "Word").join(" ")), false);
    assert.equal(looksLikeHeadline("Long ".repeat(35).trim()), false);
  });

  it("accepts a sentence-case headline only when a blank line follows it", () => {
    assert.equal(splitTitle("Ministers agree on new fishing quotas\n\nThe ministers met.").title, "Ministers agree on new fishing quotas");
    assert.equal(splitTitle("Ministers agree on new fishing quotas\nThe ministers met.").title, null);
  });

  it("keeps a single line without a following body as body text", () => {
    assert.deepEqual(splitTitle("Ministers Agree on Quotas"), { title: null, body: "Ministers Agree on Quotas" });
  });

  it("does not mistake a list item or markdown heading for a headline", () => {
    assert.equal(looksLikeHeadline("- Advanced Missile Systems"), false);
    assert.equal(looksLikeHeadline("# Advanced Missile Systems"), false);
  });
});

describe("readText", () => {
  it("reads a headline file: title, normalized body, outlet from the file name", () => {
    const { articles, errors } = readText("dir/headline.txt", fixture("headline.txt"));
    assert.deepEqual(errors, []);
    const a = articles[0];
    assert.ok(a);
    assert.equal(a.title, "Harbour Authority Approves New Container Terminal in Port Sable");
    assert.equal(a.outlet, "headline");
    assert.equal(a.format, "txt");
    assert.ok(a.text.startsWith("The harbour authority"));
    assert.ok(a.text.includes("a year — roughly"), "en dash between words becomes an em dash");
    assert.match(a.id, /^a[0-9a-f]{12}$/);
  });

  it("keeps a sentence first line in the body of the article", () => {
    const a = readText("sentence-first.txt", fixture("sentence-first.txt")).articles[0];
    assert.equal(a?.title, null);
    assert.ok(a?.text.startsWith("The harbour authority of Port Sable approved"));
    assert.ok(a?.text.includes("take 3-4 years"));
  });

  it("reports a text that is only a headline-less blank as no-text", () => {
    const { articles, errors } = readText("blank.txt", " \u200B \n");
    assert.equal(articles.length, 0);
    assert.equal(errors[0]?.code, "no-text");
  });
});

describe("metadata at the top of a plain-text file", () => {
  const one = (raw: string) => {
    const r = readText("notes/piece.txt", raw);
    const a = r.articles[0];
    assert.ok(a, JSON.stringify(r.errors));
    return a;
  };

  it("reads Key: value header lines ended by a blank line, and names the outlet", () => {
    const a = one("Outlet: The Daily Planet\nURL: https://planet.example/news/1\nPublished: 2025-12-04\nCountry: IN\nLanguage: en\n\nMinisters Agree on Quotas\n\nThe ministers met in Oslo on Monday.");
    assert.equal(a.outlet, "The Daily Planet");
    assert.equal(a.outletKnown, true);
    assert.equal(a.url, "https://planet.example/news/1");
    assert.equal(a.published, "2025-12-04");
    assert.equal(a.country, "IN");
    assert.equal(a.language, "en");
    assert.equal(a.title, "Ministers Agree on Quotas");
    assert.doesNotMatch(a.text, /Outlet:|Published:/);
  });

  it("reads YAML front matter as Markdown does", () => {
    const a = one("---\noutlet: Harbour News\ndate: 2025-12-04\ntitle: Ferries resume\n---\nFerries to the islands resumed on Wednesday.");
    assert.equal(a.outlet, "Harbour News");
    assert.equal(a.title, "Ferries resume");
    assert.equal(a.text, "Ferries to the islands resumed on Wednesday.");
  });

  it("keeps a first paragraph that is text, even one that opens with a key", () => {
    const a = one("Source: officials close to the talks.\nThe ministers met in Oslo on Monday.\n\nThey agreed.");
    assert.equal(a.outletKnown, false, "nothing named the outlet: the file name is no outlet");
    assert.equal(a.outlet, "piece");
    assert.match(a.text, /^Source: officials/);
  });

  it("reports front matter that is not valid YAML", () => {
    const r = readText("x.txt", "---\noutlet: [unclosed\n---\nText here.");
    assert.equal(r.errors[0]?.code, "malformed-front-matter");
  });
});
