/** @module Tests for the RSS and Atom reader. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { readFeed } from "./feed.ts";

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

describe("rss reader", () => {
  const { articles, errors } = readFeed("feeds/wire.xml", fixture("feed.xml"));

  it("makes one article per item with origins numbered from 1", () => {
    assert.deepEqual(errors, []);
    assert.deepEqual(articles.map((a) => a.origin), ["feeds/wire.xml#1", "feeds/wire.xml#2"]);
    assert.ok(articles.every((a) => a.format === "rss"));
  });

  it("prefers content:encoded over the description and converts its HTML to text", () => {
    assert.equal(articles[0]?.text, "The harbour authority approved the terminal.\n\nIt will open in 2029.");
  });

  it("takes the channel title as outlet, the link, pubDate and dc:creator", () => {
    const a = articles[0];
    assert.equal(a?.outlet, "Harbour Wire");
    assert.equal(a?.url, "https://harbour-wire.example/terminal");
    assert.equal(a?.published, "2025-11-24T08:00:00.000Z");
    assert.equal(a?.byline, "Ana Ruiz");
  });

  it("decodes an entity-escaped HTML description", () => {
    assert.equal(articles[1]?.text, "Dredging of the outer channel began on Tuesday.");
  });

  it("uses the host of the item link as outlet when the channel has no title", () => {
    const xml = "<rss><channel><item><title>T</title><link>https://www.quay.example/a</link><description>Body.</description></item></channel></rss>";
    assert.equal(readFeed("f.rss", xml).articles[0]?.outlet, "quay.example");
  });
});

describe("atom reader", () => {
  it("reads entries: alternate link, html title, content over summary, author name", () => {
    const { articles, errors } = readFeed("notes.atom", fixture("feed.atom"));
    assert.deepEqual(errors, []);
    const a = articles[0];
    assert.equal(a?.origin, "notes.atom#1");
    assert.equal(a?.format, "atom");
    assert.equal(a?.title, "Cranes arrive");
    assert.equal(a?.url, "https://port-notes.example/cranes");
    assert.equal(a?.text, "Four new cranes arrived at Port Sable.");
    assert.equal(a?.outlet, "Port Notes");
    assert.equal(a?.byline, "Kofi Mensah");
    assert.equal(a?.published, "2025-11-30T12:00:00.000Z");
  });
});

describe("bad feeds", () => {
  it("reports malformed XML with its line and column", () => {
    const r = readFeed("broken.xml", "<rss><channel>\n<title>x</titl></channel></rss>");
    assert.equal(r.errors[0]?.code, "malformed-feed");
    assert.match(r.errors[0]?.message ?? "", /^broken\.xml: malformed XML at line 2 column \d+: /);
  });

  it("reports XML that is not a feed", () => {
    assert.equal(readFeed("note.xml", "<note><to>x</to></note>").errors[0]?.code, "malformed-feed");
  });

  it("reports an item without any text and keeps the others", () => {
    const xml = "<rss><channel><title>W</title><item><title>Empty</title></item><item><description>Text.</description></item></channel></rss>";
    const r = readFeed("w.xml", xml);
    assert.deepEqual(r.errors.map((e) => [e.origin, e.code]), [["w.xml#1", "no-text"]]);
    assert.deepEqual(r.articles.map((a) => a.origin), ["w.xml#2"]);
  });
});

describe("truncated feeds", () => {
  it("names the tags a truncated feed leaves open", () => {
    const r = readFeed("cut.xml", "<rss><channel><item>");
    assert.match(r.errors[0]?.message ?? "", /unclosed tags <rss>, <channel>, <item> \(the document ends early\)$/);
  });
});
