/** @module Tests for the JSON and JSON Lines readers. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { locateJsonError } from "./json-position.ts";
import { parseJson, readJson, readJsonl } from "./json.ts";

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

describe("json reader", () => {
  const { articles, errors } = readJson("in/records.json", fixture("records.json"));

  it("reads every record of an array under 'articles', numbering origins from 1", () => {
    assert.deepEqual(
      articles.map((a) => a.origin),
      ["in/records.json#1", "in/records.json#2"],
    );
  });

  it("maps content (HTML), link, source.name, publishedAt and author", () => {
    const a = articles[0];
    assert.equal(a?.text, "The authority approved the terminal.\n\nWork starts in 2026.");
    assert.equal(a?.url, "https://www.north-wire.example/terminal");
    assert.equal(a?.outlet, "North Wire");
    assert.equal(a?.published, "2025-11-28T10:00:00.000Z");
    assert.equal(a?.byline, "Sam Lee");
  });

  it("falls back to the URL host without www for the outlet and parses a written date", () => {
    assert.equal(articles[1]?.outlet, "south-post.example");
    assert.equal(articles[1]?.published, "2025-11-29");
  });

  it("reports a record without text as no-text and keeps the others", () => {
    assert.deepEqual(errors.map((e) => [e.origin, e.code]), [["in/records.json#3", "no-text"]]);
  });

  it("reads a single record object", () => {
    const r = readJson("one.json", JSON.stringify({ title: "T", text: "Body.", site: "Site" }));
    assert.equal(r.articles[0]?.origin, "one.json");
    assert.equal(r.articles[0]?.outlet, "Site");
  });

  it("uses a description as the body only in a record that has a title", () => {
    assert.equal(readJson("d.json", JSON.stringify({ title: "T", description: "Summary text." })).articles[0]?.text, "Summary text.");
    assert.equal(readJson("d.json", JSON.stringify({ description: "A config file." })).errors[0]?.code, "no-text");
  });

  it("can skip a single non-article object silently", () => {
    assert.deepEqual(readJson("pack.json", JSON.stringify({ name: "pack", entities: [] }), { skipNonArticles: true }), { articles: [], errors: [] });
    assert.equal(readJson("rec.json", JSON.stringify({ title: "T" }), { skipNonArticles: true }).errors[0]?.code, "no-text");
  });

  it("reports malformed JSON with line, column and the parser's reason", () => {
    const r = readJson("examples/bad.json", '[\n  {"title": "a",\n    oops}\n]');
    assert.equal(r.errors[0]?.code, "malformed-json");
    assert.match(r.errors[0]?.message ?? "", /^examples\/bad\.json: malformed JSON at line 3 column 5: /);
  });

  it("reports an empty array as empty", () => {
    assert.equal(readJson("none.json", "[]").errors[0]?.code, "empty");
  });
});

describe("jsonl reader", () => {
  it("keeps the other lines when one line is malformed", () => {
    const { articles, errors } = readJsonl("feed.jsonl", fixture("records.jsonl"));
    assert.deepEqual(articles.map((a) => a.origin), ["feed.jsonl#1", "feed.jsonl#3"]);
    assert.equal(errors.length, 1);
    assert.equal(errors[0]?.origin, "feed.jsonl:2");
    assert.equal(errors[0]?.code, "malformed-json");
    assert.match(errors[0]?.message ?? "", /^feed\.jsonl:2: malformed JSON at column 28: Unexpected token .o. \(expected a value\)$/);
  });
});

describe("json error position", () => {
  it("finds the offset of the first unexpected character", () => {
    assert.deepEqual(locateJsonError('{"a": 1,}'), { offset: 8, expected: 'a property name in double quotes' });
    assert.equal(locateJsonError('{"a": [1, 2, {"b": null}]}'), null);
    assert.equal(locateJsonError("[1, 2")?.offset, 5);
  });

  it("agrees with JSON.parse on what is valid", () => {
    for (const t of ["1", '"x"', "[]", "{}", "-0.5e3", "[true,false,null]", '"\\u00e9"', "01", "[1,]", "{'a':1}", "tru", '"\\x"']) {
      let valid = true;
      try {
        JSON.parse(t);
      } catch {
        valid = false;
      }
      assert.equal(locateJsonError(t) === null, valid, t);
      assert.equal("value" in parseJson(t), valid, t);
    }
  });
});
