/**
 * @module Reading POST bodies in the body worker: the same articles as ingest's readers give in
 * process, the same refusals (400 for JSON that is none, 422 for a page with no text), a time
 * budget, and POST /api/articles served through it when no parser double is given.
 */
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { parseContent, withLanguages } from "../ingest/index.ts";
import { openStore } from "../store/open.ts";
import { fakePipeline } from "../../test/store/fixtures.ts";
import { createApp } from "./app.ts";
import { BodyTimeout, workerBodyReader } from "./ports.ts";
import { readPostedBody, type PostedBody } from "./records.ts";
import { closeServerThreads } from "./timed-worker.ts";

after(closeServerThreads);

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const PAGE = `<html><head><title>Varnholm port reopens</title><meta property="og:site_name" content="Harbour News"></head><body><article>
<h1>Varnholm port reopens</h1><p>The port of Varnholm reopened on Tuesday after a two-day storm, harbour officials said.</p>
<p>Ferries to the outer islands resumed at noon &amp; two cargo ships that had waited outside the breakwater were brought in.</p></article></body></html>`;
const inProcess = (body: PostedBody) => readPostedBody(body, (origin, bytes, options) => withLanguages(parseContent(origin, bytes, options)));

test("a page read in the body worker gives the articles ingest's readers give in process", { timeout: 120_000 }, async () => {
  const read = workerBodyReader();
  const body = (): PostedBody => ({ kind: "html", bytes: enc(PAGE), contentType: "text/html", query: { url: "https://harbour.example/port" } });
  const records = (): PostedBody => ({ kind: "json", bytes: enc(JSON.stringify([{ title: "Ferries resume", text: "Ferries to the outer islands resumed at noon on Tuesday, the operator said.", outlet: "Island Post" }])), contentType: "application/json", query: {} });
  const [fromWorker, fromJson] = [await read(body()), await read(records())];
  assert.deepEqual(fromWorker, await inProcess(body()));
  assert.deepEqual(fromJson, await inProcess(records()));
  assert.ok(fromWorker.ok && fromWorker.parsed.articles[0]?.text.includes("Ferries to the outer islands resumed at noon & two cargo ships"));
  assert.ok(fromJson.ok && fromJson.parsed.articles[0]?.outlet === "Island Post");
});

test("the body worker refuses JSON that is none with 400 and a page without text with 422", { timeout: 120_000 }, async () => {
  const read = workerBodyReader();
  const broken = await read({ kind: "json", bytes: enc('{"title": "x", "text": '), contentType: "application/json", query: {} });
  assert.deepEqual(broken.ok ? null : [broken.status, broken.code], [400, "malformed-json"]);
  const invalid = await read({ kind: "json", bytes: enc('{"title": "x"}'), contentType: "application/json", query: {} });
  assert.deepEqual(invalid.ok ? null : [invalid.status, invalid.code], [400, "invalid-body"]);
  const empty = await read({ kind: "html", bytes: enc("<html><body><div></div></body></html>"), contentType: "text/html", query: {} });
  assert.deepEqual(empty.ok ? null : [empty.status, empty.code], [422, "no-articles"]);
});

test("a body past its time budget fails with BodyTimeout", { timeout: 60_000 }, async () => {
  const read = workerBodyReader({ timeoutMs: 1 });
  await assert.rejects(read({ kind: "html", bytes: enc(PAGE), contentType: "text/html", query: {} }), (e: unknown) => e instanceof BodyTimeout);
});

test("POST /api/articles reads HTML, Markdown and text pages in the body worker when no parser is substituted", { timeout: 120_000 }, async () => {
  const store = await openStore({ memory: true, databaseUrl: null });
  try {
    const app = createApp({ store, token: null, pipeline: fakePipeline() });
    const res = await app.request("http://localhost/api/articles?outlet=Harbour%20News", { method: "POST", headers: { "Content-Type": "text/html" }, body: PAGE });
    assert.equal(res.status, 201);
    const [stored] = await store.listArticles();
    assert.equal(stored?.outlet, "Harbour News");
    const bad = await app.request("http://localhost/api/articles", { method: "POST", headers: { "Content-Type": "application/json" }, body: "[{" });
    assert.equal(bad.status, 400);
    const markdown = "---\ntitle: Ferries run again\noutlet: Island Post\n---\n\nFerries to the **outer islands** ran again on Wednesday, a day after the port of Varnholm reopened, the operator said.\n";
    const md = await app.request("http://localhost/api/articles", { method: "POST", headers: { "Content-Type": "text/markdown; charset=utf-8" }, body: markdown });
    assert.equal(md.status, 201);
    const text = await app.request("http://localhost/api/articles?outlet=Wire", { method: "POST", headers: { "Content-Type": "text/plain" }, body: "Cargo ships were brought into Varnholm harbour on Thursday after waiting three days outside the breakwater, the harbour master said." });
    assert.equal(text.status, 201);
    const byTitle = new Map((await store.listArticles()).map((a) => [a.title, a]));
    assert.equal(byTitle.get("Ferries run again")?.outlet, "Island Post");
    assert.ok([...byTitle.values()].some((a) => a.outlet === "Wire"));
    assert.equal(byTitle.size, 3);
  } finally {
    await store.close();
  }
});

test("a body that runs out of time is a 503 and stores nothing", { timeout: 120_000 }, async () => {
  const store = await openStore({ memory: true, databaseUrl: null });
  try {
    const app = createApp({ store, token: null, pipeline: fakePipeline(), bodyTimeoutMs: 1 });
    const res = await app.request("http://localhost/api/articles", { method: "POST", headers: { "Content-Type": "text/html" }, body: PAGE });
    assert.equal(res.status, 503);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, "body-timeout");
    assert.equal((await store.listArticles()).length, 0);
  } finally {
    await store.close();
  }
});

test("a NUL in a posted body never reaches the store: dropped from JSON fields, a page holding one is refused as binary (422)", { timeout: 120_000 }, async () => {
  const store = await openStore({ memory: true, databaseUrl: null });
  try {
    const app = createApp({ store, token: null, pipeline: fakePipeline() });
    const post = (type: string, body: string) => app.request("http://localhost/api/articles", { method: "POST", headers: { "Content-Type": type }, body });
    const records = JSON.stringify([{ title: "Port\u0000 reopens", text: "The port of Varnholm reopened on Tuesday \u0000after a storm, officials said.", outlet: "Harbour\u0000 News" }]);
    assert.equal((await post("application/json", records)).status, 201);
    const page = await post("text/html", "<html><head><title>Port</title></head><body><p>The port reopened on Tuesday\u0000 after the storm, officials said.</p></body></html>");
    assert.equal(page.status, 422);
    assert.equal(((await page.json()) as { error: { details: { code: string }[] } }).error.details[0]?.code, "binary");
    const stored = await store.listArticles();
    assert.deepEqual(stored.map((a) => [a.title, a.outlet]), [["Port reopens", "Harbour News"]]);
  } finally {
    await store.close();
  }
});
