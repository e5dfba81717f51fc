/** @module Sidecars: sources.csv / sources.json in an input folder name the outlet, URL, date, country and language of its files. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ingest } from "./index.ts";
import { parseSidecar } from "./sidecar.ts";

const TEXT = "Port reopens\n\nThe port of Varnholm reopened on Tuesday after a storm, officials said.";

function folder(files: Readonly<Record<string, string>>): { dir: string; done: () => void } {
  const base = mkdtempSync(join(tmpdir(), "triangulate-sidecar-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(base, name, ".."), { recursive: true });
    writeFileSync(join(base, name), text);
  }
  return { dir: base, done: () => rmSync(base, { recursive: true, force: true }) };
}

test("a sources.csv names the outlet, URL, date, country and language of the files of its folder", async () => {
  const f = folder({
    "a.txt": TEXT,
    "wire/b.txt": `${TEXT} Ferries resumed.`,
    "c.txt": `${TEXT} Trains too.`,
    "sources.csv": 'file,outlet,url,published,country,language\r\na.txt,"Harbour News, Varnholm",https://harbour.example/a,4 December 2025,NO,nb\r\n./wire/b.txt,,https://www.wire.example/b,,,\r\n',
  });
  try {
    const { articles, errors } = await ingest([f.dir]);
    assert.deepEqual(errors, []);
    const by = (end: string) => articles.find((a) => a.origin.endsWith(end));
    const a = by("a.txt");
    assert.equal(a?.outlet, "Harbour News, Varnholm");
    assert.equal(a?.outletKnown, true);
    assert.equal(a?.url, "https://harbour.example/a");
    assert.equal(a?.published, "2025-12-04");
    assert.equal(a?.country, "NO");
    assert.equal(a?.language, "nb", "the sidecar's language is kept, not detected over");
    assert.equal(by("b.txt")?.outlet, "wire.example", "a URL alone names the outlet by its host");
    assert.equal(by("c.txt")?.outletKnown, false, "a file the sidecar does not name keeps its file name, unknown");
    assert.equal(articles.length, 3, "the sidecar itself is no article");
  } finally {
    f.done();
  }
});

test("a sources.json applies too, also to a file named on its own; the file's own metadata gives way to it", async () => {
  const f = folder({
    "a.md": "---\noutlet: Old Name\n---\nThe port of Varnholm reopened on Tuesday after a storm, officials said.",
    "sources.json": JSON.stringify({ "a.md": { outlet: "New Name", published: "2025-12-04" } }),
  });
  try {
    const { articles, errors } = await ingest([join(f.dir, "a.md")]);
    assert.deepEqual(errors, []);
    assert.equal(articles[0]?.outlet, "New Name");
    assert.equal(articles[0]?.published, "2025-12-04");
  } finally {
    f.done();
  }
});

test("a row naming no file of the folder, and a sidecar that cannot be read, are input errors; the files are still read", async () => {
  const f = folder({ "a.txt": TEXT, "sources.csv": "file,outlet\nmissing.txt,Typo Post\n" });
  const g = folder({ "a.txt": TEXT, "sources.csv": 'file,outlet\n"a.txt,Broken\n' });
  try {
    const one = await ingest([f.dir]);
    assert.equal(one.articles.length, 1);
    assert.equal(one.errors[0]?.code, "not-found");
    assert.match(one.errors[0]?.message ?? "", /missing\.txt/);
    const two = await ingest([g.dir]);
    assert.equal(two.articles.length, 1);
    assert.equal(two.articles[0]?.outletKnown, false);
    assert.equal(two.errors[0]?.code, "malformed-sources");
  } finally {
    f.done();
    g.done();
  }
});

test("a row without a file is refused, naming the row", () => {
  const r = parseSidecar("sources.csv", "file,outlet\n,Nameless\n");
  assert.ok("code" in r && /row 1 names no file/.test(r.message));
});

test("a sources list that is no regular file, or too large, is refused without blocking; the files are still read", { timeout: 20_000 }, async () => {
  const f = folder({ "a.txt": TEXT });
  try {
    mkdirSync(join(f.dir, "sources.json"));
    writeFileSync(join(f.dir, "sources.csv"), `file,outlet\n${"x.txt,Big\n".repeat(250_000)}`);
    const { articles, errors } = await ingest([f.dir]);
    assert.equal(articles.length, 1);
    assert.deepEqual(errors.map((e) => e.code).sort(), ["malformed-sources", "malformed-sources"]);
  } finally {
    f.done();
  }
});
