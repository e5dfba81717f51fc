/**
 * @module `triangulate watch` end to end on the embedded store, in process, against a local feed
 * server: the first round ingests the feed's item; after the feed gains an article giving another
 * magnitude for the same quake (the earthquake fixture), the second round stores exactly one
 * "contested" alert, served in /alerts.atom and /api/alerts and delivered, signed, to a local
 * webhook; a restart (a new run on the same store) answers 304, repeats no alert and delivers
 * nothing twice, even when the story is analyzed again.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Command } from "commander";
import { registerWatchCommands } from "../../src/cli/watch-commands.ts";
import { openStore } from "../../src/store/open.ts";
import { createApp } from "../../src/server/app.ts";
import { analyzeStory } from "../../src/watch/process.ts";
import type { Alert } from "../../src/alerts/types.ts";
import { FeedServer, itemFromMarkdown, rss } from "./feed-server.ts";

// These tests are about the embedded store (one process does it all).
delete process.env["DATABASE_URL"];

const fixtures = path.resolve(import.meta.dirname, "../fixtures/earthquake");
const SECRET = "test-secret";

async function run(args: readonly string[]): Promise<{ err: string; code: number }> {
  let err = "";
  const program = new Command().exitOverride();
  registerWatchCommands(program, { out: () => {}, err: (line) => void (err += `${line}\n`) });
  process.exitCode = 0;
  await program.parseAsync(["node", "triangulate", ...args]);
  const code = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return { err, code };
}

describe("triangulate watch", () => {
  let dir = "";
  const server = new FeedServer();
  const args = (): string[] => [
    "watch", `${server.url}/feed.xml`, "--once", "--allow-private", "--host-delay", "0",
    "--data", dir, "--webhook", `${server.url}/hook`, "--webhook-secret", SECRET,
  ];

  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "triangulate-watch-"));
    await server.start();
  });
  after(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("ingests the feed's new items, then alerts once when a contradicting article arrives", async () => {
    const first = itemFromMarkdown(path.join(fixtures, "global-post.md"), `${server.url}/news/quake-global`);
    server.feed = rss("Quake Wire", [first]);
    const round1 = await run(args());
    assert.equal(round1.code, 0, round1.err);
    assert.match(round1.err, /round 1: 1 added/);
    assert.doesNotMatch(round1.err, /\[contested\]/);

    const second = itemFromMarkdown(path.join(fixtures, "anatolia-observer.md"), `${server.url}/news/quake-anatolia`);
    server.feed = rss("Quake Wire", [second, first]);
    const round2 = await run(args());
    assert.equal(round2.code, 0, round2.err);
    assert.match(round2.err, /round 1: 1 added, 1 already stored/);
    assert.equal(round2.err.match(/\[contested\]/g)?.length, 1, round2.err);
    if (process.env["WATCH_TEST_VERBOSE"]) process.stderr.write(round1.err + round2.err);

    const store = await openStore({ dataDir: dir, databaseUrl: null });
    try {
      const contested = (await store.listAlerts()).filter((a) => a.kind === "contested");
      assert.equal(contested.length, 1);
      const alert = contested[0] as Alert;
      assert.match(alert.title, /magnitude/i);
      assert.deepEqual(new Set(alert.evidence.map((e) => e.value?.match(/6\.[14]/)?.[0])), new Set(["6.1", "6.4"]));

      const app = createApp({ store });
      const atom = await app.request("/alerts.atom");
      assert.equal(atom.status, 200);
      assert.match(atom.headers.get("content-type") ?? "", /application\/atom\+xml/);
      const feed = await atom.text();
      assert.equal(feed.match(/<category term="contested"\/>/g)?.length, 1);
      assert.match(feed, new RegExp(`<link rel="alternate" type="text/html" href="http://localhost/stories/${alert.storyId}"/>`));
      const perStory = await (await app.request(`/alerts.atom?story=${encodeURIComponent(alert.storyId)}`)).text();
      assert.equal(perStory.match(/<category term="contested"\/>/g)?.length, 1);
      const other = await (await app.request("/alerts.atom?story=no-such-story")).text();
      assert.doesNotMatch(other, /<entry>/);

      const api = (await (await app.request(`/api/alerts?since=${encodeURIComponent("2000-01-01T00:00:00Z")}`)).json()) as { alerts: Alert[]; next: { after: number } };
      assert.equal(api.alerts.filter((a) => a.kind === "contested").length, 1);
      assert.equal((await app.request("/api/alerts?since=yesterday")).status, 400);
      const page = await app.request("/alerts");
      assert.equal(page.status, 200);
      assert.match(await page.text(), /<h1>Alerts<\/h1>[\s\S]*Contested/);
    } finally {
      await store.close();
    }

    const delivered = server.received.map((r) => ({ r, body: JSON.parse(r.body) as { schema: string; alert: Alert } }));
    const contestedHooks = delivered.filter((d) => d.body.alert.kind === "contested");
    assert.equal(contestedHooks.length, 1);
    for (const { r } of delivered) {
      const expected = `sha256=${createHmac("sha256", SECRET).update(r.body).digest("hex")}`;
      assert.equal(r.headers["x-triangulate-signature"], expected);
      assert.equal(r.headers["content-type"], "application/json");
    }
    assert.equal(contestedHooks[0]?.body.schema, "triangulate.alert/v1");
  });

  it("repeats no alert after a restart: the feed answers 304 and a re-analysis finds nothing new", async () => {
    const alertsBefore = server.received.length;
    const notModifiedBefore = server.notModified;
    const again = await run(args());
    assert.equal(again.code, 0, again.err);
    assert.match(again.err, /round 1: 0 added, 0 already stored, 0 alerts/);
    assert.equal(server.notModified, notModifiedBefore + 1);
    assert.equal(server.received.length, alertsBefore);

    const store = await openStore({ dataDir: dir, databaseUrl: null });
    try {
      const count = (await store.listAlerts()).length;
      const story = (await store.listStories())[0];
      assert.ok(story);
      // Force a fresh analysis of the same story: the same changes, the same keys, nothing stored twice.
      await store.saveAnalysis(story.id, { ...(await store.getReport(story.id))!, stories: [] });
      const redo = await analyzeStory({ store }, story.id);
      assert.equal(redo.analyzed, true);
      assert.equal((await store.listAlerts()).length, count);
    } finally {
      await store.close();
    }
    assert.equal((await run(args())).code, 0);
    assert.equal(server.received.length, alertsBefore);
  });

  it("obeys robots.txt and names each bad source without stopping the others", async () => {
    const result = await run(["watch", `${server.url}/private/feed.xml`, "no/such/folder", "ftp://example.org/feed", `${server.url}/feed.xml`, "--once", "--allow-private", "--host-delay", "0", "--data", dir]);
    assert.equal(result.code, 1);
    assert.match(result.err, /no\/such\/folder: no such file or folder/);
    assert.match(result.err, /ftp:\/\/example\.org\/feed: only http and https URLs are watched/);
    assert.match(result.err, /private\/feed\.xml.*robots\.txt of 127\.0\.0\.1:\d+ disallows it/);
    assert.equal(server.hits.get("/private/feed.xml"), undefined);
    assert.match(result.err, /round 1: 0 added/);
  });

  it("refuses a bad --every or --webhook with a usage error", async () => {
    await assert.rejects(run(["watch", `${server.url}/feed.xml`, "--every", "soon", "--data", dir]), /--every must be a duration/);
    await assert.rejects(run(["watch", `${server.url}/feed.xml`, "--once", "--webhook", "mailto:x@y", "--data", dir]), /--webhook must be an http\(s\) URL/);
  });
});
