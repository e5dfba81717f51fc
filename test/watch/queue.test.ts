/**
 * @module The job queue against a real Postgres server (TRIANGULATE_TEST_PG_URL or DATABASE_URL;
 * `.ci/postgres.sh` starts one; skipped, saying why, without one): two workers, each with its own
 * store connection and queue client, process 200 queued articles (generated mechanically, sent
 * twice) and every article is stored exactly once, filed under a story whose report covers it,
 * and no story is ever analyzed by two workers at once; and `watch --once` on Postgres queues a
 * feed's fetch for a worker, waits for the queue, and stores and delivers a contested alert once.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { openStore } from "../../src/store/open.ts";
import type { Store } from "../../src/store/types.ts";
import type { Article } from "../../src/types.ts";
import type { Pipeline } from "../../src/store/pipeline-port.ts";
import { openQueue, startWorker, type JobQueue } from "../../src/watch/queue.ts";
import { analyzeStory, fileStories, staleStories } from "../../src/watch/process.ts";
import { article, BRIDGE_A, BRIDGE_B, fakeReport, OverlapClusterer } from "../store/fixtures.ts";
import { Watcher } from "../../src/watch/watch.ts";
import { FeedServer, rss } from "./feed-server.ts";

const url = process.env["TRIANGULATE_TEST_PG_URL"] ?? process.env["DATABASE_URL"] ?? "";
const skip = url === "" ? "no Postgres server: set DATABASE_URL or TRIANGULATE_TEST_PG_URL (eval \"$(.ci/postgres.sh)\" starts one)" : false;
const schema = `w_${randomBytes(6).toString("hex")}`;

/** 200 mechanical articles on 10 topics (each topic its own made-up words), distinct texts. */
function queueArticles(): Article[] {
  const out: Article[] = [];
  for (let i = 0; i < 200; i++) {
    const l = "abcdefghij"[i % 10] ?? "a";
    out.push(article({ outlet: `Outlet ${i % 7}`, title: `lake${l} hill${l} mill${l}`, text: `lake${l} hill${l} mill${l} ford${l} sample ${i}.` }));
  }
  return out;
}

/** The test doubles' pipeline, with a pause in analysis and a check that no story is analyzed twice at once. */
function watchedPipeline(active: Map<string, number>, overlaps: string[]): Pipeline {
  return {
    createClusterer: () => new OverlapClusterer(),
    async analyze(articles) {
      const key = articles[0]?.id ?? "";
      const now = (active.get(key) ?? 0) + 1;
      active.set(key, now);
      if (now > 1) overlaps.push(key);
      await new Promise((r) => setTimeout(r, 30));
      active.set(key, (active.get(key) ?? 1) - 1);
      return fakeReport(articles);
    },
  };
}

describe("job queue on Postgres", { skip }, () => {
  const stores: Store[] = [];
  const queues: JobQueue[] = [];

  before(async () => {
    for (let i = 0; i < 2; i++) {
      stores.push(await openStore({ databaseUrl: url, schema, poolSize: 6 }));
      queues.push(await openQueue({ databaseUrl: url, schema }));
    }
  });
  after(async () => {
    for (const q of queues) await q.close();
    for (const s of stores) await s.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.query(`drop schema if exists ${schema}_jobs cascade`);
    } finally {
      await client.end();
    }
  });

  it("two workers store each of 200 queued articles exactly once and analyze each story one worker at a time", async () => {
    const active = new Map<string, number>();
    const overlaps: string[] = [];
    const pipeline = watchedPipeline(active, overlaps);
    for (let i = 0; i < 2; i++) {
      await startWorker(queues[i] as JobQueue, { store: stores[i] as Store, pipeline }, { pollingIntervalSeconds: 0.5, concurrency: 2 });
    }
    const articles = queueArticles();
    // Sent twice, through both clients: duplicates must be skipped, not stored again.
    await (queues[0] as JobQueue).sendArticles(articles);
    await (queues[1] as JobQueue).sendArticles([...articles].reverse());
    await (queues[0] as JobQueue).drain({ timeoutMs: 120_000 });

    const store = stores[0] as Store;
    const stored = await store.allArticles();
    assert.equal(stored.length, 200);
    assert.equal(new Set(stored.map((a) => a.contentHash)).size, 200);
    assert.deepEqual(new Set(stored.map((a) => a.id)), new Set(articles.map((a) => a.id)));
    assert.ok(stored.every((a) => a.storyId !== null), "every article is filed under a story");
    const stories = await store.listStories();
    assert.equal(stories.length, 10);
    assert.equal(stories.reduce((n, s) => n + s.articles, 0), 200);
    assert.deepEqual(await staleStories(store), [], "every story's report covers all its articles");
    assert.deepEqual(overlaps, [], "no story was analyzed by two workers at once");
  });

  it("runs a story's re-analysis on one worker at a time; the ones that waited find it done", async () => {
    const active = new Map<string, number>();
    const overlaps: string[] = [];
    const pipeline = watchedPipeline(active, overlaps);
    const [a, b] = stores as [Store, Store];
    const extra = article({ outlet: "Outlet 9", title: "lakea hilla milla", text: "lakea hilla milla forda sample 1000." });
    await a.addArticles([extra]);
    const [storyId] = await fileStories({ store: a, pipeline });
    assert.ok(storyId);
    const runs = await Promise.all([a, b, a, b].map((store) => analyzeStory({ store, pipeline }, storyId)));
    assert.deepEqual(overlaps, []);
    assert.equal(runs.filter((r) => r.analyzed).length, 1);
    assert.deepEqual(await staleStories(a), []);
  });

  it("watch queues the feed's fetch for a worker, waits for the queue, and alerts once", async () => {
    const server = await new FeedServer().start();
    try {
      const store = stores[0] as Store;
      const queue = queues[0] as JobQueue;
      const item = (a: typeof BRIDGE_A, slug: string) => ({ title: a.title ?? "", link: `${server.url}/${slug}`, published: a.published ?? "2026-03-02", paragraphs: a.text.split("\n\n") });
      const watcher = new Watcher(store, {
        sources: [{ kind: "url", url: `${server.url}/feed.xml` }],
        once: true,
        queue,
        polite: { allowPrivate: true, hostDelayMs: 0 },
        pipeline: { createClusterer: () => new OverlapClusterer(), analyze: (articles) => Promise.resolve(fakeReport(articles)) },
        webhooks: [{ url: `${server.url}/hook`, secret: "k" }],
        diff: { minStoryArticles: 0 },
      });
      await startWorker(queue, watcher.deps, { pollingIntervalSeconds: 0.5, collector: watcher.collector });
      server.feed = rss("Harbour Wire", [item(BRIDGE_A, "a")]);
      const first = await watcher.round();
      assert.equal(first.added, 1);
      assert.deepEqual(first.alerts.map((a) => a.kind), []);
      server.feed = rss("Harbour Wire", [item(BRIDGE_B, "b"), item(BRIDGE_A, "a")]);
      const second = await watcher.round();
      assert.equal(second.added, 1);
      assert.deepEqual(second.alerts.map((a) => a.kind), ["contested"]);
      // A new webhook is sent every alert stored so far (the earlier tests' "new story" ones too), once.
      const contested = () => server.received.filter((r) => (JSON.parse(r.body) as { alert: { kind: string } }).alert.kind === "contested");
      assert.equal(contested().length, 1);
      const third = await watcher.round();
      assert.deepEqual([third.added, third.alerts.length, third.delivered], [0, 0, 0]);
      assert.equal(server.notModified, 1);
      assert.equal(contested().length, 1);
      assert.equal(server.received.length, new Set(server.received.map((r) => r.body)).size);
    } finally {
      await server.close();
    }
  });
});
