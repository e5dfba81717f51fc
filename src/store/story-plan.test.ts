/**
 * @module Incremental story filing (against stored summaries) files as well as a full
 * re-clustering: the project's multi-outlet stories (test fixtures, the example story and the
 * paraphrase bench's stories, each folder one story), ingested in mixed batches with the real
 * clusterer, once filed against the candidate stories' summaries and once re-clustering every
 * stored article.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ingest } from "../ingest/index.ts";
import { IncrementalStories, candidateKeys, canonicalOrder } from "../stories/index.ts";
import { addToSummary, featureKeys, fileAgainst, refineFiled, summarize } from "../stories/seeded.ts";
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

/** Articles the latest planning clustered: every stored and new one (full), or the new ones and the stored ones of the stories they join (incremental). */
let fed = 0;

/** The real clusterer and keys; an analysis that only lists the articles (the stories are what is compared). */
const pipeline: Pipeline = {
  createClusterer: () => {
    fed = 0;
    const clusterer = new IncrementalStories();
    // As the real pipeline: a batch in canonical order, so a new story is named after its first article in that order.
    return { add: (doc) => (fed++, clusterer.add(doc)), addAll: (docs) => canonicalOrder(docs).forEach((doc) => (fed++, clusterer.add(doc))), stories: () => clusterer.stories() };
  },
  candidateKeys: (doc) => candidateKeys(doc),
  filing: {
    featureKeys,
    file: (seeds, incoming, before) => {
      fed = incoming.length;
      return fileAgainst(seeds, incoming, before);
    },
    refine: (filed, stored, incoming, before) => {
      for (const list of stored.values()) fed += list.length;
      return refineFiled(filed, stored, incoming, before);
    },
    addToSummary,
    summarize,
  },
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

/** B³ precision and F1 of stories (lists of article ids) against the fixture folders. */
function scores(stories: readonly (readonly string[])[], gold: ReadonlyMap<string, string>): { precision: number; f1: number } {
  const size = new Map<string, number>();
  for (const g of gold.values()) size.set(g, (size.get(g) ?? 0) + 1);
  let p = 0;
  let r = 0;
  for (const ids of stories) {
    for (const id of ids) {
      const same = ids.filter((x) => gold.get(x) === gold.get(id)).length;
      p += same / ids.length;
      r += same / (size.get(gold.get(id) ?? "") ?? 1);
    }
  }
  const n = gold.size;
  return { precision: p / n, f1: (2 * (p / n) * (r / n)) / (p / n + r / n) };
}

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

  const gold = (): Map<string, string> => new Map(articles.map((a) => [a.id, path.dirname(a.origin)]));

  /** Summaries, keys and feature frequencies cover exactly the filed articles. */
  async function current(store: Store): Promise<void> {
    assert.deepEqual(await store.staleStoryKeys(), []);
    assert.deepEqual(await store.staleStorySummaries(), []);
    assert.equal(await store.featureFrequenciesStale(), false);
  }

  for (const order of ["interleaved", "by story"] as const) {
    it(`files a stream of many stories (${order}) as well as a full re-clustering does, mostly the same stories with the same ids, reading only what it files`, async () => {
      assert.ok(articles.length >= 150, `fixture articles: ${articles.length}`);
      const incremental = await run("incremental", order);
      const full = await run("full", order);
      const a = await partition(incremental.store);
      const b = await partition(full.store);
      assert.ok(Object.keys(b).length >= 25, `stories: ${Object.keys(b).length}`);
      const mine = scores(Object.values(a), gold());
      const theirs = scores(Object.values(b), gold());
      assert.equal(mine.precision, 1, "no story mixes two fixture stories");
      assert.ok(mine.f1 >= theirs.f1, `B³ F1 ${mine.f1} against the full re-clustering's ${theirs.f1}`);
      // The stories both ways give alike carry the same id (a new story is named after its first article).
      const same = Object.entries(b).filter(([id, ids]) => Object.entries(a).some(([, other]) => other.join() === ids.join()) && a[id]?.join() === ids.join());
      const alike = Object.values(b).filter((ids) => Object.values(a).some((other) => other.join() === ids.join()));
      assert.equal(same.length, alike.length, "alike stories, same ids");
      assert.ok(alike.length >= 0.85 * Object.keys(b).length, `${alike.length} of ${Object.keys(b).length} stories alike`);
      // The full way read every article for the last one; the incremental way that article and the stored ones of the story it joined.
      assert.equal(full.lastFed, articles.length);
      const last = articles.find((x) => x.id === batches(articles, 10, order).flat().at(-1)?.id);
      const joined = Object.values(a).find((ids) => ids.includes(last?.id ?? ""))?.length ?? 0;
      assert.ok(incremental.lastFed <= joined, `incremental read ${incremental.lastFed}, its story holds ${joined}`);
      await current(incremental.store);
    });
  }

  it("re-keys and re-summarizes stories filed the full way, then files the queue's articles as well as a full re-clustering does", async () => {
    const [first, ...rest] = batches(articles, 25);
    const results: Record<string, string[]>[] = [];
    for (const planning of ["incremental", "full"] as const) {
      const store = await openStore({ memory: true, databaseUrl: null });
      stores.push(store);
      // Stored by the full way (no keys kept), then queued without a story, as watch workers do.
      const keyless: Pipeline = { createClusterer: () => pipeline.createClusterer(), analyze: (list, o) => pipeline.analyze(list, o) };
      await ingestIntoStore(store, first ?? [], { pipeline: keyless, planning: "full" });
      if (planning === "incremental") {
        assert.ok((await store.staleStoryKeys()).length > 0);
        assert.ok((await store.staleStorySummaries()).length > 0);
        assert.equal(await store.featureFrequenciesStale(), true);
      }
      for (const batch of rest) await store.addArticles(batch);
      await assignStories(store, { pipeline, planning });
      assert.deepEqual(await store.unassignedArticles(), []);
      results.push(await partition(store));
      if (planning === "incremental") await current(store);
    }
    const [mine, theirs] = results.map((r) => scores(Object.values(r ?? {}), gold()));
    assert.equal(mine?.precision, 1, "no story mixes two fixture stories");
    assert.ok((mine?.f1 ?? 0) >= (theirs?.f1 ?? 1), `B³ F1 ${mine?.f1} against the full re-clustering's ${theirs?.f1}`);
  });
});
