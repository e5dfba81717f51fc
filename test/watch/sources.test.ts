/**
 * @module What watch reads: arguments resolved into sources (URLs, folders, feed files, list files)
 * with each bad one named; sitemaps, sitemap indexes and news sitemaps giving only pages no stored
 * article has; folders giving only new or changed files.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm, utimes, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { openStore } from "../../src/store/open.ts";
import type { Store } from "../../src/store/types.ts";
import { parseInterval, resolveSources } from "../../src/watch/sources.ts";
import { Collector, readSitemap } from "../../src/watch/collect.ts";
import { PoliteFetcher } from "../../src/watch/polite.ts";
import { FeedServer } from "./feed-server.ts";

const page = (title: string, body: string): string =>
  `<!doctype html><html><head><title>${title}</title><meta property="og:site_name" content="Test Outlet"></head><body><article><h1>${title}</h1>${body.split("\n").map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;

describe("watch sources", () => {
  let dir = "";
  let store: Store;
  const server = new FeedServer();
  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "triangulate-sources-"));
    store = await openStore({ memory: true, databaseUrl: null });
    await server.start();
  });
  after(async () => {
    await server.close();
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("resolves URLs, folders, feed files and list files, naming each bad entry", async () => {
    await mkdir(path.join(dir, "inbox"));
    await writeFile(path.join(dir, "local.rss"), "<rss/>");
    await writeFile(path.join(dir, "sources.list"), "# beats\nhttps://news.example/feed.xml\ninbox   # a folder, relative to the list\n\nnot a url://x\nmissing-folder\nsources.list\n");
    const { sources, errors } = await resolveSources([path.join(dir, "sources.list"), path.join(dir, "local.rss"), "https://news.example/feed.xml#top", "gopher://x/y"]);
    assert.deepEqual(sources, [
      { kind: "url", url: "https://news.example/feed.xml" },
      { kind: "folder", path: path.join(dir, "inbox") },
      { kind: "file", path: path.join(dir, "local.rss") },
    ]);
    const messages = errors.map((e) => e.message).join("\n");
    assert.match(messages, /sources\.list line 5: .*no such file or folder/);
    assert.match(messages, /sources\.list line 6: .*no such file or folder/);
    assert.match(messages, /sources\.list line 7: .*a list file may not name another list file/);
    assert.match(messages, /gopher:\/\/x\/y: only http and https URLs are watched/);
    await writeFile(path.join(dir, "empty.list"), "# nothing yet\n");
    assert.match((await resolveSources([path.join(dir, "empty.list")])).errors[0]?.message ?? "", /names no source/);
  });

  it("reads intervals", () => {
    assert.equal(parseInterval("10m"), 600_000);
    assert.equal(parseInterval("30s"), 30_000);
    assert.equal(parseInterval("2h"), 7_200_000);
    assert.equal(parseInterval("90"), 90_000);
    assert.equal(parseInterval("500ms"), null);
    assert.equal(parseInterval("soon"), null);
  });

  it("reads sitemaps, indexes and news sitemaps", () => {
    const news = `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
      <url><loc>https://n.example/a</loc><news:news><news:publication_date>2026-01-02</news:publication_date><news:title>A</news:title></news:news></url>
      <url><loc>https://n.example/b</loc><lastmod>2026-01-03</lastmod></url></urlset>`;
    assert.deepEqual(readSitemap(news), { kind: "urlset", entries: [{ loc: "https://n.example/a", lastmod: "2026-01-02" }, { loc: "https://n.example/b", lastmod: "2026-01-03" }] });
    assert.equal(readSitemap(`<sitemapindex><sitemap><loc>https://n.example/s1.xml</loc></sitemap></sitemapindex>`)?.kind, "index");
    assert.equal(readSitemap("<rss><channel/></rss>"), null);
    assert.equal(readSitemap("<urlset><url><loc>x</loc></url>"), null);
  });

  it("fetches only the pages of a sitemap that no stored article has, through an index", async () => {
    const base = server.url;
    server.pages.set("/sitemap-index.xml", { type: "application/xml", body: `<sitemapindex><sitemap><loc>${base}/news-sitemap.xml</loc></sitemap></sitemapindex>` });
    server.pages.set("/news-sitemap.xml", { type: "application/xml", body: `<urlset><url><loc>${base}/p/one</loc><lastmod>2026-01-01</lastmod></url><url><loc>${base}/p/two</loc><lastmod>2026-01-02</lastmod></url></urlset>` });
    server.pages.set("/p/one", { type: "text/html", body: page("Depot opens", "The county opened a new bus depot on Tuesday.\nIt has room for 40 buses.") });
    server.pages.set("/p/two", { type: "text/html", body: page("Library closes", "The old library closed on Friday after 90 years.\nIts books move to the new building.") });
    const collector = new Collector(store, new PoliteFetcher(store, { allowPrivate: true, hostDelayMs: 0 }));
    const first = await collector.collect({ kind: "url", url: `${base}/sitemap-index.xml` });
    assert.deepEqual(first.errors, []);
    assert.deepEqual(first.articles.map((a) => [a.url, a.title]), [[`${base}/p/two`, "Library closes"], [`${base}/p/one`, "Depot opens"]]);
    await store.addArticles(first.articles.slice(0, 1));
    const second = await collector.collect({ kind: "url", url: `${base}/sitemap-index.xml` });
    assert.deepEqual(second.articles.map((a) => a.url), [`${base}/p/one`]);
    assert.equal(server.hits.get("/p/two"), 1);
  });

  it("backs off a failing URL and names the failure", async () => {
    const collector = new Collector(store, new PoliteFetcher(store, { allowPrivate: true, hostDelayMs: 0 }), { backoffMs: 60_000 });
    const gone = `${server.url}/gone.xml`;
    const first = await collector.collect({ kind: "url", url: gone });
    assert.match(first.errors[0]?.message ?? "", /HTTP 404/);
    const state = await store.getWatchState(gone);
    assert.equal(state?.failures, 1);
    assert.ok(Date.parse(state?.retryAt ?? "") > Date.now());
    const second = await collector.collect({ kind: "url", url: gone });
    assert.equal(second.backingOff, state?.retryAt);
    assert.equal(server.hits.get("/gone.xml"), 1);
  });

  it("gives a folder's new and changed files, once each", async () => {
    const inbox = path.join(dir, "drop");
    await mkdir(inbox);
    await writeFile(path.join(inbox, "a.txt"), "Outlet: Alpha News\n\nDepot opens\n\nThe county opened a new bus depot on Tuesday.");
    await writeFile(path.join(inbox, "README.md"), "# notes about this folder");
    const collector = new Collector(store, new PoliteFetcher(store));
    const first = await collector.collect({ kind: "folder", path: inbox });
    assert.deepEqual(first.articles.map((a) => a.outlet), ["Alpha News"]);
    assert.equal((await collector.collect({ kind: "folder", path: inbox })).unchanged, true);
    await writeFile(path.join(inbox, "b.txt"), "Outlet: Beta Post\n\nLibrary closes\n\nThe old library closed on Friday.");
    const later = new Date(Date.now() + 5000);
    await utimes(path.join(inbox, "b.txt"), later, later);
    assert.deepEqual((await collector.collect({ kind: "folder", path: inbox })).articles.map((a) => a.outlet), ["Beta Post"]);
  });

  it("asks robots.txt first with its User-Agent: a missing one allows all, an unreachable one refuses the host", async () => {
    const seen: string[] = [];
    const fake = (robots: number): typeof fetch => (input, init) => {
      const href = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
      seen.push(`${href} ${(init?.headers as Record<string, string>)["user-agent"]}`);
      if (href.endsWith("/robots.txt")) return Promise.resolve(new Response("", { status: robots }));
      return Promise.resolve(new Response("<rss version=\"2.0\"><channel><title>T</title></channel></rss>", { status: 200, headers: { "content-type": "application/rss+xml" } }));
    };
    const open = new PoliteFetcher(store, { allowPrivate: true, hostDelayMs: 0, fetchImpl: fake(404) });
    const got = await open.get("http://open.test/feed.xml");
    assert.ok(!("code" in got), "fetched");
    assert.match(seen[0] ?? "", /^http:\/\/open\.test\/robots\.txt Triangulate\//);
    assert.match(seen[1] ?? "", /^http:\/\/open\.test\/feed\.xml Triangulate\//);
    const down = new PoliteFetcher(store, { allowPrivate: true, hostDelayMs: 0, fetchImpl: fake(503) });
    const refused = await down.get("http://down.test/feed.xml");
    assert.ok("code" in refused);
    assert.match(refused.message, /robots\.txt could not be read \(.*HTTP 503\)/);
    assert.equal(seen.filter((l) => l.startsWith("http://down.test/feed.xml")).length, 0);
  });
});
