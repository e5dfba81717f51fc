/**
 * @module In-process tests of the HTTP app (`app.request`): JSON API, auth, limits,
 * validation, OpenAPI document and the pages' security headers. The store is a real PGlite
 * (in memory); parsing, analysis and rendering are small test doubles so these tests stay fast.
 */
import { after, before, beforeEach, describe, it } from "node:test";
import assert from "node:assert/strict";
import type { Article, IngestResult } from "../types.ts";
import { openStore } from "../store/open.ts";
import type { Store } from "../store/types.ts";
import { ingestIntoStore } from "../store/library.ts";
import { article, BRIDGE_A, BRIDGE_B, CHESS, fakePipeline } from "../../test/store/fixtures.ts";
import { createApp } from "./app.ts";
import type { ParseContent } from "./ports.ts";
import type { UiRenderers } from "./ui-types.ts";

/** Reads JSON arrays of {title,text,url,outlet} and HTML (tags stripped), like ingest does. */
const parseContent: ParseContent = (origin, bytes, options = {}) => Promise.resolve(parseSync(origin, bytes, options));
function parseSync(origin: string, bytes: Uint8Array, options: { format?: string }): IngestResult {
  const raw = new TextDecoder().decode(bytes);
  if (options.format === "html") {
    const title = /<title>([^<]*)<\/title>/i.exec(raw)?.[1] ?? null;
    const text = raw.replace(/<title>[^<]*<\/title>/i, "").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();
    if (text === "") return { articles: [], errors: [{ origin, code: "no-text", message: `${origin}: no text` }] };
    return { articles: [article({ origin, title, text, format: "html" })], errors: [] };
  }
  const records = JSON.parse(raw) as { title: string | null; text: string; url: string | null; outlet: string | null }[];
  const articles: Article[] = records.map((r, i) =>
    article({ origin: `${origin}#${i + 1}`, title: r.title, text: r.text, url: r.url, outlet: r.outlet ?? "unknown", format: "json" }),
  );
  return { articles, errors: [] };
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const ui: UiRenderers = {
  renderStoryList: (items) => `<ul>${items.map((i) => `<li>${esc(i.title)} ${i.contested}</li>`).join("")}</ul>`,
  renderStoryPage: ({ report, storyId, texts }) => `<h1>${esc(storyId)}</h1>${report.facts.length} facts, ${texts.size} texts`,
  renderArticlePage: ({ articleId, text }) => `<h1>${esc(articleId)}</h1><p>${esc(text)}</p>`,
  renderComparePage: ({ a, b }) => `<h1>${esc(a)} vs ${esc(b)}</h1>`,
  renderSearchPage: ({ query, results }) => `<h1>${esc(query)}</h1>${results.articles.length} articles`,
};

const TOKEN = "s3cret-token";
let store: Store;
let bridgeStory = "";

before(async () => {
  store = await openStore({ memory: true, databaseUrl: null });
});
after(async () => {
  await store.close();
});
beforeEach(async () => {
  await store.clear();
  const result = await ingestIntoStore(store, [BRIDGE_A, BRIDGE_B, CHESS], { pipeline: fakePipeline() });
  bridgeStory = result.stories.find((s) => s.added.includes(BRIDGE_A.id))?.id ?? "";
});

function app(options: { token?: string | null; maxBodyBytes?: number; listenHost?: string; allowedHosts?: string[] } = {}) {
  return createApp({
    store,
    token: "token" in options ? options.token : TOKEN,
    pipeline: fakePipeline(),
    parseContent,
    ui,
    ...(options.maxBodyBytes ? { maxBodyBytes: options.maxBodyBytes } : {}),
    ...(options.listenHost ? { listenHost: options.listenHost } : {}),
    ...(options.allowedHosts ? { allowedHosts: options.allowedHosts } : {}),
  });
}

const post = (body: string, headers: Record<string, string> = {}, query = "") =>
  new Request(`http://localhost/api/articles${query}`, { method: "POST", body, headers: { "Content-Type": "application/json", ...headers } });
const auth = { Authorization: `Bearer ${TOKEN}` };

describe("JSON API", () => {
  it("lists stories with their contested and single-source counts", async () => {
    const res = await app().request("/api/stories");
    assert.equal(res.status, 200);
    assert.equal(res.headers.get("x-content-type-options"), "nosniff");
    const body = (await res.json()) as { stories: { id: string; articles: number; contested: number; singleSource: number }[] };
    const bridge = body.stories.find((s) => s.id === bridgeStory);
    assert.deepEqual(bridge && [bridge.articles, bridge.contested, bridge.singleSource], [2, 1, 2]);
    assert.equal(body.stories.length, 2);
  });

  it("serves a story, its v1 report, and 404s for unknown ids", async () => {
    const story = (await (await app().request(`/api/stories/${bridgeStory}`)).json()) as { story: { articleIds: string[]; contested: number } };
    assert.deepEqual(story.story.articleIds, [BRIDGE_A.id, BRIDGE_B.id]);
    const res = await app().request(`/api/stories/${bridgeStory}/report`);
    assert.equal(res.status, 200);
    const report = (await res.json()) as { schema: string; stories: { id: string }[] };
    assert.equal(report.schema, "triangulate.report/v1");
    assert.deepEqual(report.stories.map((s) => s.id), [bridgeStory]);
    const missing = await app().request("/api/stories/nope/report");
    assert.equal(missing.status, 404);
    assert.equal(((await missing.json()) as { error: { code: string } }).error.code, "not-found");
    assert.equal((await app().request("/api/articles/nope")).status, 404);
    assert.equal((await app().request("/api/no-such-route")).status, 404);
  });

  it("lists and pages articles, and rejects a bad limit with 400", async () => {
    const res = await app().request(`/api/articles?story=${bridgeStory}&limit=1`);
    const body = (await res.json()) as { articles: { id: string }[] };
    assert.deepEqual(body.articles.map((a) => a.id), [BRIDGE_B.id]);
    const bad = await app().request("/api/articles?limit=0");
    assert.equal(bad.status, 400);
    assert.match(((await bad.json()) as { error: { message: string } }).error.message, /limit/);
    const one = (await (await app().request(`/api/articles/${CHESS.id}`)).json()) as { article: { text: string } };
    assert.equal(one.article.text, CHESS.text);
  });

  it("searches articles with plain snippets and matched words, and requires q", async () => {
    const res = await app().request("/api/search?q=grandmasters");
    const body = (await res.json()) as { articles: { id: string; snippet: string; matches: string[] }[] };
    assert.deepEqual(body.articles.map((a) => a.id), [CHESS.id]);
    assert.deepEqual(body.articles[0]?.matches, ["grandmasters"]);
    assert.doesNotMatch(body.articles[0]?.snippet ?? "", /[\uE000\uE001]/);
    assert.equal((await app().request("/api/search")).status, 400);
  });
});

describe("POST /api/articles", () => {
  const record = { title: "Harbour bridge toll", text: "The harbour bridge will charge a toll of 2 euros after the repairs and cables work.", outlet: "Toll News", url: "https://toll.example/a" };

  it("refuses a write without the bearer token (401) or with a wrong one", async () => {
    const none = await app().request(post(JSON.stringify(record)));
    assert.equal(none.status, 401);
    assert.match(none.headers.get("www-authenticate") ?? "", /Bearer/);
    const wrong = await app().request(post(JSON.stringify(record), { Authorization: "Bearer nope" }));
    assert.equal(wrong.status, 401);
    assert.equal((await store.listArticles()).length, 3);
  });

  it("adds a record with the token, files it under its story, and reports a repeat as duplicate", async () => {
    const res = await app().request(post(JSON.stringify(record), auth));
    assert.equal(res.status, 201);
    const body = (await res.json()) as { added: string[]; stories: { id: string; articles: number }[] };
    assert.equal(body.added.length, 1);
    assert.deepEqual(body.stories.map((s) => [s.id, s.articles]), [[bridgeStory, 3]]);
    const again = await app().request(post(JSON.stringify([record]), auth));
    assert.equal(again.status, 200);
    assert.equal(((await again.json()) as { duplicates: unknown[] }).duplicates.length, 1);
  });

  it("accepts writes without a token when none is configured", async () => {
    const res = await app({ token: null }).request(post(JSON.stringify({ ...record, text: `${record.text} Updated.` })));
    assert.equal(res.status, 201);
  });

  it("takes no writes without a token on a server that listens beyond loopback (403), and still serves reads", async () => {
    const open = app({ token: null, listenHost: "0.0.0.0" });
    const res = await open.request(post(JSON.stringify(record)));
    assert.equal(res.status, 403);
    assert.match(((await res.json()) as { error: { message: string } }).error.message, /--token/);
    assert.equal((await open.request("http://localhost/api/stories")).status, 200);
  });

  it("accepts an HTML page with ?url=&outlet=", async () => {
    const html = "<html><head><title>Chess rematch</title></head><body><p>The chess final rematch in Vienna is set for May.</p></body></html>";
    const res = await app().request(post(html, { ...auth, "Content-Type": "text/html; charset=utf-8" }, "?url=https://board.example/rematch&outlet=Board%20Weekly"));
    assert.equal(res.status, 201);
    const [added] = ((await res.json()) as { added: string[] }).added;
    const stored = await store.getArticle(added ?? "");
    assert.deepEqual(stored && [stored.outlet, stored.url, stored.title], ["Board Weekly", "https://board.example/rematch", "Chess rematch"]);
  });

  it("answers 413 when the body is over the size limit", async () => {
    const big = JSON.stringify({ ...record, text: "word ".repeat(400) });
    const res = await app({ maxBodyBytes: 1000 }).request(post(big, auth));
    assert.equal(res.status, 413);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, "too-large");
    assert.equal((await store.listArticles()).length, 3);
  });

  it("answers 400 with a clear message for invalid or malformed bodies", async () => {
    const cases: [string, RegExp][] = [
      [JSON.stringify({ title: "no text" }), /text: each article needs a non-empty text/],
      [JSON.stringify({ text: "ok", url: "javascript:alert(1)" }), /url: url must be an http\(s\) URL/],
      [JSON.stringify([]), /body/],
      [JSON.stringify([{ text: "fine" }, { text: 5 }]), /\[1\]\.text/],
      ["{not json", /not valid JSON/],
    ];
    for (const [body, message] of cases) {
      const res = await app().request(post(body, auth));
      assert.equal(res.status, 400, body);
      assert.match(((await res.json()) as { error: { message: string } }).error.message, message);
    }
    const wrongType = await app().request(post("%PDF-1.4", { ...auth, "Content-Type": "application/pdf" }));
    assert.equal(wrongType.status, 415);
  });

  it("answers 422 when no article can be read from the page", async () => {
    const res = await app().request(post("<html><body></body></html>", { ...auth, "Content-Type": "text/html" }));
    assert.equal(res.status, 422);
  });
});

describe("OpenAPI document", () => {
  it("is OpenAPI 3.1 and describes every route the app serves", async () => {
    const instance = app();
    const res = await instance.request("/openapi.json");
    assert.equal(res.status, 200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, unknown>>; info: { title: string } };
    assert.equal(doc.openapi, "3.1.0");
    assert.equal(typeof doc.info.title, "string");
    const served = instance.routes
      .filter((r) => r.method !== "ALL")
      .map((r) => [r.path.replace(/:(\w+)/g, "{$1}"), r.method.toLowerCase()] as const);
    assert.ok(served.length >= 12);
    for (const [path, method] of served) assert.ok(doc.paths[path]?.[method], `${method.toUpperCase()} ${path} is not in openapi.json`);
  });
});

describe("pages", () => {
  it("serves every page with a strict Content-Security-Policy and nosniff", async () => {
    const paths = ["/", `/stories/${bridgeStory}`, `/articles/${BRIDGE_A.id}`, `/compare?a=${BRIDGE_A.id}&b=${BRIDGE_B.id}`, "/search?q=bridge"];
    for (const path of paths) {
      const res = await app().request(path);
      assert.equal(res.status, 200, path);
      assert.match(res.headers.get("content-type") ?? "", /text\/html/);
      const csp = res.headers.get("content-security-policy") ?? "";
      assert.match(csp, /default-src 'none'/, path);
      assert.doesNotMatch(csp, /script-src/, path);
      assert.equal(res.headers.get("x-content-type-options"), "nosniff");
    }
  });

  it("gives the story page the report and the texts of its articles", async () => {
    const res = await app().request(`/stories/${bridgeStory}`);
    assert.match(await res.text(), /3 facts, 2 texts/);
  });

  it("answers 304 to a matching ETag and serves the new page after the story changes", async () => {
    const instance = app({ token: null });
    const first = await instance.request(`/stories/${bridgeStory}`);
    const etag = first.headers.get("etag") ?? "";
    assert.notEqual(etag, "");
    assert.equal((await instance.request(`/stories/${bridgeStory}`, { headers: { "If-None-Match": etag } })).status, 304);
    const added = await instance.request(post(JSON.stringify({ text: "The harbour bridge cables were inspected again; repairs costing 12 million euros held up.", outlet: "Late Wire" })));
    assert.equal(added.status, 201);
    const after = await instance.request(`/stories/${bridgeStory}`, { headers: { "If-None-Match": etag } });
    assert.equal(after.status, 200);
    assert.match(await after.text(), /4 facts, 3 texts/);
    const report = await instance.request(`/api/stories/${bridgeStory}/report`);
    assert.equal(((await report.json()) as { articles: unknown[] }).articles.length, 3);
  });

  it("names article hits in search as their story's report does (a letter when no input named the outlet)", async () => {
    const unnamed = article({ outlet: "002_30404dca0ae5a948", outletKnown: false, title: "Bridge cables", text: "The harbour bridge cables were inspected after the repairs costing 12 million euros." });
    const lettered = fakePipeline();
    const pipeline = { ...lettered, analyze: async (articles: readonly Article[], options: Parameters<typeof lettered.analyze>[1]) => {
      const report = await lettered.analyze(articles, options);
      return { ...report, articles: report.articles.map((a, i) => (a.outlet === unnamed.outlet ? { ...a, label: String.fromCharCode(65 + i), outletKnown: false } : a)) };
    } };
    await ingestIntoStore(store, [unnamed], { pipeline });
    let seen: readonly { outlet: string; label?: string }[] = [];
    const instance = createApp({ store, token: null, pipeline, parseContent, ui: { ...ui, renderSearchPage: ({ results }) => ((seen = results.articles), "ok") } });
    assert.equal((await instance.request("/search?q=cables")).status, 200);
    const hit = seen.find((h) => h.outlet === unnamed.outlet);
    assert.ok(hit, "the unnamed article is found");
    assert.match(hit.label ?? "", /^[A-Z]$/);
    assert.ok(seen.filter((h) => h.outlet !== unnamed.outlet).every((h) => h.label === undefined || h.label === h.outlet));
  });

  it("answers 404 for unknown stories and articles and 400 for a comparison across stories", async () => {
    assert.equal((await app().request("/stories/nope")).status, 404);
    assert.equal((await app().request("/articles/nope")).status, 404);
    assert.equal((await app().request(`/compare?a=${BRIDGE_A.id}&b=${CHESS.id}`)).status, 400);
    assert.equal((await app().request("/compare?a=x")).status, 400);
    const missing = await app().request("/stories/<script>alert(1)</script>");
    assert.doesNotMatch(await missing.text(), /<script>/);
  });
});

describe("pages with the real renderers", () => {
  it("renders an article's markup inert: escaped, never executed", async () => {
    const evil = article({
      outlet: "Evil <b>Outlet</b>",
      title: "<script>alert('title')</script> harbour bridge",
      text: "The harbour bridge <script>alert(1)</script> reopened after repairs costing 12 million euros. <img src=x onerror=alert(2)>\n\nEngineers replaced cables.",
    });
    const result = await ingestIntoStore(store, [evil], { pipeline: fakePipeline() });
    const storyId = result.stories[0]?.id ?? "";
    const real = createApp({ store, token: null, pipeline: fakePipeline(), parseContent });
    for (const path of [`/stories/${storyId}`, `/articles/${evil.id}`, `/compare?a=${BRIDGE_A.id}&b=${evil.id}`, "/search?q=bridge", "/"]) {
      const res = await real.request(path);
      const body = await res.text();
      if (res.status !== 200) continue; // a comparison across stories is refused, which is fine here
      assert.doesNotMatch(body, /<script>alert/i, path);
      assert.doesNotMatch(body, /<img src=x/i, path);
      assert.doesNotMatch(body, /<b>Outlet/i, path);
      assert.match(res.headers.get("content-security-policy") ?? "", /default-src 'none'/);
    }
    const page = await (await real.request(`/articles/${evil.id}`)).text();
    assert.match(page, /&lt;script&gt;alert\(1\)/);
  });
});

describe("Host check (DNS rebinding)", () => {
  it("a loopback server answers to its loopback names and refuses any other Host with 421", async () => {
    const local = app({ listenHost: "127.0.0.1" });
    for (const host of ["localhost:8080", "127.0.0.1:8080", "[::1]:8080", "localhost"]) {
      assert.equal((await local.request("http://x/api/stories", { headers: { Host: host } })).status, 200, host);
    }
    const rebound = await local.request("http://x/api/stories", { headers: { Host: "attacker.example:8080" } });
    assert.equal(rebound.status, 421);
    assert.match(((await rebound.json()) as { error: { message: string } }).error.message, /--allow-host/);
    assert.equal((await local.request("http://x/", { headers: { Host: "attacker.example" } })).status, 421);
  });

  it("names given with --allow-host are answered; a server on all interfaces without names does not check", async () => {
    assert.equal((await app({ listenHost: "127.0.0.1", allowedHosts: ["desk.example"] }).request("http://x/api/stories", { headers: { Host: "desk.example:8080" } })).status, 200);
    assert.equal((await app({ listenHost: "0.0.0.0", allowedHosts: ["desk.example"] }).request("http://x/api/stories", { headers: { Host: "other.example" } })).status, 421);
    assert.equal((await app({ listenHost: "0.0.0.0" }).request("http://x/api/stories", { headers: { Host: "10.1.2.3:8080" } })).status, 200);
  });
});

describe("bounded writes", () => {
  const record = (n: number) => JSON.stringify({ title: `Ferry ${n}`, text: `Ferry service number ${n} resumed between the islands after the storm, operators said.`, outlet: "Ferry News", url: `https://ferry.example/${n}` });

  it("answers 429 with Retry-After when too many writes are already waiting, and serves the waiting ones", async () => {
    const base = fakePipeline();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = { createClusterer: () => base.createClusterer(), analyze: async (a: Parameters<typeof base.analyze>[0], o: Parameters<typeof base.analyze>[1]) => (await gate, base.analyze(a, o)) };
    const busy = createApp({ store, token: null, pipeline: slow, parseContent, ui, maxQueuedWrites: 1 });
    const first = busy.request(post(record(1)));
    await new Promise((r) => setTimeout(r, 20));
    const second = await busy.request(post(record(2)));
    assert.equal(second.status, 429);
    assert.ok(Number(second.headers.get("retry-after")) > 0);
    release();
    assert.equal((await first).status, 201);
  });

  it("answers 503 when the analysis runs out of time, and stores nothing from that request", async () => {
    const base = fakePipeline();
    const timeout = Object.assign(new Error("the analysis took longer than 1 s and was stopped"), { name: "AnalysisTimeout" });
    const stuck = { createClusterer: () => base.createClusterer(), analyze: () => Promise.reject(timeout) };
    const res = await createApp({ store, token: null, pipeline: stuck, parseContent, ui }).request(post(record(3)));
    assert.equal(res.status, 503);
    assert.match(((await res.json()) as { error: { message: string } }).error.message, /nothing from this request was stored/);
    assert.equal((await store.listArticles()).length, 3);
  });
});

describe("invalid text in paths and queries", () => {
  it("answers 400, never 500, to a NUL or broken percent-encoding in an id or a query", async () => {
    for (const path of ["/api/stories/%00", "/api/search?q=a%00b", "/api/articles/x%00", "/stories/%00", "/search?q=%E0%A4%A", "/api/stories/%ED%A0%80"]) {
      const res = await app().request(`http://localhost${path}`);
      assert.equal(res.status, 400, path);
    }
    assert.equal((await app().request("http://localhost/api/search?q=bridge")).status, 200);
  });
});

