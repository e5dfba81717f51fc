/** @module Tests for ingest(): inputs of every kind, bad inputs, ordering. Files live in a temporary directory. */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { after, before, describe, it } from "node:test";
import { ingest } from "./index.ts";
import { compareOrigins } from "./sources.ts";

let dir = "";
const p = (...parts: string[]): string => join(dir, ...parts);

before(async () => {
  dir = await mkdtemp(join(tmpdir(), "triangulate-ingest-"));
  await mkdir(p("batch", "nested"), { recursive: true });
  await mkdir(p("batch", ".hidden"), { recursive: true });
  await mkdir(p("batch", "node_modules"), { recursive: true });
  await writeFile(p("batch", "b.txt"), "Second Story About the Harbour\n\nThe harbour reopened on Friday after repairs.");
  await writeFile(p("batch", "a.md"), "---\ntitle: First\noutlet: Ledger\n---\nThe council met on Thursday evening.");
  await writeFile(p("batch", "nested", "c.json"), JSON.stringify([{ title: "Third", text: "A record from a nested folder." }]));
  await writeFile(p("batch", "notes.pdf"), "%PDF-1.4 binary");
  await writeFile(p("batch", "README.md"), "# About this folder\n\nHousekeeping, not an article.");
  await writeFile(p("batch", "pack.json"), JSON.stringify({ pack: "demo", description: "A knowledge pack, not an article.", entities: [] }));
  await writeFile(p("batch", ".hidden", "secret.txt"), "Should never be read.");
  await writeFile(p("batch", "node_modules", "dep.txt"), "Should never be read either.");
  await writeFile(p("empty.txt"), "");
  await writeFile(p("blank.txt"), "  \n\t\n");
  await writeFile(p("nul.txt"), Buffer.from([0x48, 0x69, 0x00, 0x00, 0x01]));
  await writeFile(p("latin1.txt"), Buffer.from([0x43, 0x61, 0x66, 0xe9]));
  await writeFile(p("big.txt"), "word ".repeat(400));
  await writeFile(p("bad.json"), '{"title": "x",\n  "text": }');
  await writeFile(p("bad.xml"), "<rss><channel><item></channel></rss>");
  await writeFile(p("deck.pptx"), "not really");
  await writeFile(p("norecord.json"), JSON.stringify({ title: "Only a title" }));
});

after(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("ingest", () => {
  it("walks directories recursively, skipping dot-entries, node_modules, READMEs, non-article JSON and unknown extensions", async () => {
    const r = await ingest([p("batch")]);
    assert.deepEqual(r.errors, []);
    assert.deepEqual(
      r.articles.map((a) => a.origin),
      [p("batch", "a.md"), p("batch", "b.txt"), p("batch", "nested", "c.json#1")],
    );
    assert.ok(r.articles.every((a) => a.language === "en"), "languages are filled in");
  });

  it("reports a non-article JSON object or README only when named explicitly", async () => {
    const r = await ingest([p("batch", "pack.json"), p("batch", "README.md")]);
    assert.deepEqual(r.errors.map((e) => e.code), ["no-text"]);
    assert.deepEqual(r.articles.map((a) => a.title), ["About this folder"]);
  });

  it("expands globs and reads each file once even when named twice", async () => {
    const r = await ingest([join(dir, "batch", "**", "*.{txt,json}"), p("batch", "b.txt")]);
    assert.deepEqual(r.articles.map((a) => a.title), ["Second Story About the Harbour", "Third"]);
  });

  it("gives the same output whatever the order of inputs", async () => {
    const one = await ingest([p("batch", "b.txt"), p("batch", "a.md"), p("missing.txt"), p("empty.txt")]);
    const two = await ingest([p("empty.txt"), p("missing.txt"), p("batch", "a.md"), p("batch", "b.txt")]);
    assert.deepEqual(one, two);
    assert.equal(one.articles.length, 2);
  });

  it("turns each bad input into one error and reads the rest", async () => {
    const r = await ingest(
      ["missing.txt", "empty.txt", "blank.txt", "nul.txt", "latin1.txt", "big.txt", "bad.json", "bad.xml", "deck.pptx", "norecord.json", "batch/b.txt"].map((f) => p(f)),
      { maxBytes: 1000 },
    );
    const codes = Object.fromEntries(r.errors.map((e) => [e.origin.slice(dir.length + 1), e.code]));
    assert.deepEqual(codes, {
      "bad.json": "malformed-json",
      "bad.xml": "malformed-feed",
      "big.txt": "too-large",
      "blank.txt": "empty",
      "deck.pptx": "unsupported",
      "empty.txt": "empty",
      "latin1.txt": "invalid-utf8",
      "missing.txt": "not-found",
      "norecord.json": "no-text",
      "nul.txt": "binary",
    });
    assert.equal(r.articles.length, 1);
    for (const e of r.errors) assert.ok(e.message.startsWith(e.origin + ":"), e.message);
    assert.match(r.errors.find((e) => e.code === "malformed-json")?.message ?? "", /malformed JSON at line 2 column 11/);
  });

  it("refuses a named pipe instead of waiting on it forever", { skip: process.platform === "win32" }, async () => {
    execFileSync("mkfifo", [p("pipe.txt")]);
    const r = await ingest([p("pipe.txt")]);
    assert.deepEqual(r.errors.map((e) => e.code), ["unsupported"]);
    assert.match(r.errors[0]?.message ?? "", /is not a regular file \(a named pipe\)/);
  });

  it("reports text with no words, bad front matter and non-object records clearly", async () => {
    await writeFile(p("emoji.txt"), "\u{1F600}\u{1F600} \u200b\u200b\n");
    await writeFile(p("front.md"), "---\ntitle: [unclosed\n---\nThe council met on Thursday.");
    await writeFile(p("records.json"), JSON.stringify([null, 3, { title: "Kept", text: "The council met on Thursday evening." }]));
    const r = await ingest([p("emoji.txt"), p("front.md"), p("records.json")]);
    const got = r.errors.map((e) => [e.origin.slice(dir.length + 1), e.code, e.message.slice(e.origin.length + 2)]);
    assert.deepEqual(got.map(([o, c]) => [o, c]), [["emoji.txt", "no-text"], ["front.md", "malformed-front-matter"], ["records.json#1", "no-text"], ["records.json#2", "no-text"]]);
    assert.match(got[0]?.[2] ?? "", /has no words/);
    assert.doesNotMatch(got[1]?.[2] ?? "", /\n|:$/, "one line, no dangling excerpt");
    assert.match(got[2]?.[2] ?? "", /^record is null,/);
    assert.match(got[3]?.[2] ?? "", /^record is a number,/);
    assert.equal(r.articles.length, 1);
  });

  it("reports a glob that matches nothing as not-found", async () => {
    const r = await ingest([join(dir, "nothing-*.txt")]);
    assert.equal(r.errors[0]?.code, "not-found");
  });

  it("reads '-' from the given stdin stream and sniffs its format", async () => {
    const stdin = Readable.from([Buffer.from('{"title":"Piped","text":"Text that came through a pipe.","source":"Pipe News"}')]);
    const r = await ingest(["-"], { stdin });
    assert.equal(r.articles[0]?.origin, "-");
    assert.equal(r.articles[0]?.format, "json");
    assert.equal(r.articles[0]?.outlet, "Pipe News");
  });

  it("fetches URLs through the fetcher and reads them by content type", async () => {
    const fetchImpl = (() =>
      Promise.resolve(new Response("<html><head><title>Remote Story</title></head><body><p>Text fetched over HTTP for the test.</p></body></html>", {
        headers: { "content-type": "text/html" },
      }))) as typeof fetch;
    const r = await ingest(["http://127.0.0.1:9/story"], { fetchImpl, allowPrivate: true });
    assert.deepEqual(r.errors, []);
    assert.equal(r.articles[0]?.title, "Remote Story");
    assert.equal(r.articles[0]?.outlet, "127.0.0.1");
    assert.equal(r.articles[0]?.url, "http://127.0.0.1:9/story");
  });

  it("refuses other URL schemes", async () => {
    const r = await ingest(["ftp://example.com/a.txt"]);
    assert.equal(r.errors[0]?.code, "unsupported");
  });
});

describe("compareOrigins", () => {
  it("orders record numbers numerically within one file", () => {
    assert.deepEqual(["f.json#10", "f.json#2", "e.txt", "f.json#1"].sort(compareOrigins), ["e.txt", "f.json#1", "f.json#2", "f.json#10"]);
  });
});
