/**
 * @module Incremental story filing gives the stories of a full re-clustering: the project's
 * multi-outlet stories (test fixtures, the example story and the paraphrase bench's stories),
 * ingested in mixed batches with the real clusterer, once reading only candidate stories and once
 * reading every stored article.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ingest } from "../ingest/index.ts";
import { IncrementalStories, candidateKeys } from "../stories/index.ts";
import type { Article } from "../types.ts";
import type { Report } from "../report/types.ts";
import { openStore } from "./open.ts";
import { assignStories, ingestIntoStore } from "./library.ts";
import type { Pipeline } from "./pipeline-port.ts";
import type { Store } from "./types.ts";
import type { Planning } from "./story-plan.ts";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const folders = [
  ...["earthquake", "short-visit", "tank-deal"].map((f) => path.join(root, "test", "fixtures", f)),
  path.join(root, "examples", "summit-story"),
  ...readdirSync(path.join(root, "bench", "paraphrase", "stories"), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => path.join(root, "bench", "paraphrase", "stories", d.name)),
];

/** Articles fed to the clusterer by the latest planning. */
let fed = 0;

/** The real clusterer and keys; an analysis that only lists the articles (the stories are what is compared). */
const pipeline: Pipeline = {
  createClusterer: () => {
    fed = 0;
    const clusterer = new IncrementalStories();
    return { add: (doc) => (fed++, clusterer.add(doc)), stories: () => clusterer.stories() };
  },
  candidateKeys: (doc) => candidateKeys(doc),
  analyze: (articles): Promise<Report> =>
    Promise.resolve({
      schema: "triangulate.report/v1",
      generatedAt: "2026-01-01T00:00:00.000Z",
      articles: [],
      stories: [{ id: "s", title: articles[0]?.title ?? "story", articleIds: articles.map((a) => a.id) }],
      facts: [],
      anomalies: [],
      reuse: [],
      errors: [],
    }),
};

/** Story id → its sorted article ids. */
async function partition(store: Store): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const a of await store.allArticles()) if (a.storyId !== null) (out[a.storyId] ??= []).push(a.id);
  for (const ids of Object.values(out)) ids.sort();
  return out;
}

/** Batches of `size`: stories interleaved (one article of each in turn), or one story after another. */
function batches(articles: readonly Article[], size: number, order: "interleaved" | "by story" = "interleaved"): Article[][] {
  const byFolder = new Map<string, Article[]>();
  for (const a of articles) {
    const key = path.dirname(a.origin);
    const list = byFolder.get(key) ?? [];
    list.push(a);
    byFolder.set(key, list);
  }
  const stream: Article[] = [];
  if (order === "by story") for (const list of byFolder.values()) stream.push(...list);
  else
    for (let i = 0; stream.length < articles.length; i++)
      for (const list of byFolder.values()) {
        const a = list[i];
        if (a) stream.push(a);
      }
  const out: Article[][] = [];
  for (let i = 0; i < stream.length; i += size) out.push(stream.slice(i, i + size));
  return out;
}

describe("incremental story filing", () => {
  let articles: Article[] = [];
  const stores: Store[] = [];
  before(async () => {
    const read = await ingest(folders);
    articles = [...read.articles];
  });
  after(async () => {
    for (const s of stores) await s.close();
  });

  /**
   * Ingests the stream in batches of 10, the last article alone; returns the store and how many
   * articles that last article's clustering read.
   */
  async function run(planning: Planning, order: "interleaved" | "by story"): Promise<{ store: Store; lastFed: number }> {
    const store = await openStore({ memory: true, databaseUrl: null });
    stores.push(store);
    const all = batches(articles, 10, order).flat();
    for (const batch of batches(all.slice(0, -1), 10, "by story")) await ingestIntoStore(store, batch, { pipeline, planning });
    await ingestIntoStore(store, all.slice(-1), { pipeline, planning });
    return { store, lastFed: fed };
  }

  for (const order of ["interleaved", "by story"] as const) {
    it(`files a stream of many stories (${order}) as a full re-clustering does, with the same story ids, reading less`, async () => {
      assert.ok(articles.length >= 150, `fixture articles: ${articles.length}`);
      const incremental = await run("incremental", order);
      const full = await run("full", order);
      const a = await partition(incremental.store);
      const b = await partition(full.store);
      assert.ok(Object.keys(b).length >= 25, `stories: ${Object.keys(b).length}`);
      assert.deepEqual(a, b);
      // The full way read every article for the last one; the incremental way only its candidate stories'.
      assert.equal(full.lastFed, articles.length);
      assert.ok(incremental.lastFed < articles.length * 0.6, `incremental read ${incremental.lastFed} of ${articles.length}`);
      // Keys cover every story's articles.
      assert.deepEqual(await incremental.store.staleStoryKeys(), []);
    });
  }

  it("re-keys stories filed without keys, then files the queue's articles as a full re-clustering does", async () => {
    const [first, ...rest] = batches(articles, 25);
    const results: Record<string, string[]>[] = [];
    for (const planning of ["incremental", "full"] as const) {
      const store = await openStore({ memory: true, databaseUrl: null });
      stores.push(store);
      // Stored by the full way (no keys kept), then queued without a story, as watch workers do.
      const keyless: Pipeline = { createClusterer: () => pipeline.createClusterer(), analyze: (list, o) => pipeline.analyze(list, o) };
      await ingestIntoStore(store, first ?? [], { pipeline: keyless, planning: "full" });
      if (planning === "incremental") assert.ok((await store.staleStoryKeys()).length > 0);
      for (const batch of rest) await store.addArticles(batch);
      await assignStories(store, { pipeline, planning });
      assert.deepEqual(await store.unassignedArticles(), []);
      results.push(await partition(store));
      if (planning === "incremental") assert.deepEqual(await store.staleStoryKeys(), []);
    }
    assert.deepEqual(results[0], results[1]);
  });
});
