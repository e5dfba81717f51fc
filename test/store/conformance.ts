/**
 * @module The Store conformance suite: one set of behaviours every adapter (PGlite, Postgres)
 * must show. `defineStoreConformance` defines the tests for a store factory; each test gets a
 * fresh, empty store.
 */
import { after, describe, it } from "node:test";
import assert from "node:assert/strict";
import type { Store } from "../../src/store/types.ts";
import { ingestIntoStore } from "../../src/store/library.ts";
import { SNIPPET_START, SNIPPET_STOP } from "../../src/server/ui-types.ts";
import { article, BRIDGE_A, BRIDGE_B, BRIDGE_C, CHESS, fakePipeline, fakeReport } from "./fixtures.ts";
import { defineFilingConformance } from "./conformance-filing.ts";

export interface StoreHandle {
  /** An empty store. */
  readonly store: Store;
  /** A second writer on the same data: another connection pool on Postgres (as another process would have); the same store on PGlite (one process per folder). */
  readonly second?: () => Promise<Store>;
  /** Called after each test: empties the store (or closes and removes it). */
  dispose(): Promise<void>;
}

export interface ConformanceOptions {
  /** When a string, every test is skipped with that reason. */
  readonly skip?: string | false;
}

/**
 * Defines the suite. `open` is called before each test and must give an empty store;
 * `options.after` runs once when the suite ends (close a shared store there).
 */
export function defineStoreConformance(
  name: string,
  open: () => Promise<StoreHandle>,
  options: ConformanceOptions & { after?: () => Promise<void> } = {},
): void {
  const skip = options.skip ?? false;
  async function withStore(fn: (store: Store, second: Store) => Promise<void>): Promise<void> {
    const handle = await open();
    try {
      await fn(handle.store, handle.second ? await handle.second() : handle.store);
    } finally {
      await handle.dispose();
    }
  }

  describe(`store conformance: ${name}`, { skip }, () => {
    if (options.after !== undefined) after(options.after);
    it("adds new articles and reads every field back", () =>
      withStore(async (store) => {
        const result = await store.addArticles([BRIDGE_A, CHESS]);
        assert.deepEqual([...result.added].sort(), [BRIDGE_A.id, CHESS.id].sort());
        assert.deepEqual(result.duplicates, []);
        const back = await store.getArticle(BRIDGE_A.id);
        assert.ok(back);
        for (const key of Object.keys(BRIDGE_A) as (keyof typeof BRIDGE_A)[]) assert.deepEqual(back[key], BRIDGE_A[key], key);
        assert.equal(back.canonicalUrl, "coastherald.example/news/bridge-reopens");
        assert.match(back.contentHash, /^[0-9a-f]{64}$/);
        assert.equal(await store.getArticle("no-such-article"), null);
        // Whether an input named the outlet is kept, also when it did not (the outlet is then a file name).
        const unnamed = { ...CHESS, id: "chess-unnamed", outlet: "chess-notes", outletKnown: false, url: null, text: `${CHESS.text} Unnamed copy.` };
        await store.addArticles([unnamed]);
        assert.equal((await store.getArticle(unnamed.id))?.outletKnown, false);
        const texts = await store.articleTexts([CHESS.id, "missing"]);
        assert.deepEqual([...texts.entries()], [[CHESS.id, CHESS.text]]);
      }));

    it("skips an article whose normalized text is already stored, whatever its id", () =>
      withStore(async (store) => {
        await store.addArticles([BRIDGE_A]);
        const copy = article({ id: "another-id", outlet: "Copycat", text: `  ${BRIDGE_A.text.toUpperCase().replace(/\n\n/g, "\n \n")}  ` });
        const result = await store.addArticles([copy]);
        assert.deepEqual(result.added, []);
        assert.deepEqual(result.duplicates, [{ id: "another-id", existingId: BRIDGE_A.id, reason: "content" }]);
        assert.equal((await store.listArticles()).length, 1);
      }));

    it("skips an article whose canonical URL is already stored", () =>
      withStore(async (store) => {
        await store.addArticles([BRIDGE_A]);
        const sameUrl = article({ text: "An updated version with different words entirely.", url: "http://coastherald.example/news/bridge-reopens/#top" });
        const result = await store.addArticles([sameUrl]);
        assert.deepEqual(result.duplicates, [{ id: sameUrl.id, existingId: BRIDGE_A.id, reason: "url" }]);
      }));

    it("treats a repeat inside one batch as a duplicate of its first copy", () =>
      withStore(async (store) => {
        const twin = article({ id: "twin", text: BRIDGE_B.text });
        const result = await store.addArticles([BRIDGE_B, twin]);
        assert.deepEqual(result.added, [BRIDGE_B.id]);
        assert.deepEqual(result.duplicates, [{ id: "twin", existingId: BRIDGE_B.id, reason: "content" }]);
      }));

    it("re-ingesting the same inputs changes nothing", () =>
      withStore(async (store) => {
        const pipeline = fakePipeline();
        const first = await ingestIntoStore(store, [BRIDGE_A, BRIDGE_B, CHESS], { pipeline });
        assert.equal(first.added.length, 3);
        const storiesBefore = await store.listStories();
        const second = await ingestIntoStore(store, [BRIDGE_A, BRIDGE_B, CHESS], { pipeline });
        assert.deepEqual(second.added, []);
        assert.equal(second.duplicates.length, 3);
        assert.deepEqual(second.stories, []);
        assert.deepEqual(await store.listStories(), storiesBefore);
        assert.equal((await store.listArticles()).length, 3);
      }));

    it("files related articles under one story and grows it incrementally", () =>
      withStore(async (store) => {
        const pipeline = fakePipeline();
        const first = await ingestIntoStore(store, [BRIDGE_A, CHESS, BRIDGE_B], { pipeline });
        assert.equal(first.stories.length, 2);
        const bridge = first.stories.find((s) => s.added.includes(BRIDGE_A.id));
        assert.ok(bridge);
        assert.deepEqual([...bridge.added].sort(), [BRIDGE_A.id, BRIDGE_B.id].sort());
        assert.ok(bridge.created);
        const later = await ingestIntoStore(store, [BRIDGE_C], { pipeline });
        assert.deepEqual(later.stories.map((s) => [s.id, s.created, s.articles]), [[bridge.id, false, 3]]);
        const story = await store.getStory(bridge.id);
        assert.deepEqual(story?.articleIds, [BRIDGE_A.id, BRIDGE_B.id, BRIDGE_C.id]);
        assert.equal(story?.analyzed, true);
        assert.equal((await store.getArticle(CHESS.id))?.storyId === bridge.id, false);
        // Only the story that changed was analyzed again, with all its articles.
        assert.deepEqual(pipeline.calls.slice(2), [3]);
      }));

    it("two writers at once: every article stored once, and each story's report covers all its articles", () =>
      withStore(async (store, second) => {
        const pipeline = fakePipeline();
        const [a, b] = await Promise.all([
          ingestIntoStore(store, [BRIDGE_A, CHESS], { pipeline }),
          ingestIntoStore(second, [BRIDGE_B, BRIDGE_C, CHESS], { pipeline }),
        ]);
        assert.deepEqual([...a.added, ...b.added].sort(), [BRIDGE_A.id, BRIDGE_B.id, BRIDGE_C.id, CHESS.id].sort());
        assert.equal((await store.listArticles()).length, 4);
        const bridge = (await store.getArticle(BRIDGE_A.id))?.storyId ?? "";
        assert.deepEqual([...((await store.getStory(bridge))?.articleIds ?? [])].sort(), [BRIDGE_A.id, BRIDGE_B.id, BRIDGE_C.id].sort());
        assert.deepEqual([...((await store.getReport(bridge))?.stories[0]?.articleIds ?? [])].sort(), [BRIDGE_A.id, BRIDGE_B.id, BRIDGE_C.id].sort());
      }));

    it("saves a story's report and lists its fact counts", () =>
      withStore(async (store) => {
        await store.addArticles([BRIDGE_A, BRIDGE_B], { storyId: "bridge", storyTitle: "Bridge" });
        const report = { ...fakeReport([BRIDGE_A, BRIDGE_B]), stories: [{ id: "bridge", title: "Harbour bridge", articleIds: [BRIDGE_A.id, BRIDGE_B.id] }] };
        await store.saveAnalysis("bridge", report);
        assert.deepEqual(await store.getReport("bridge"), report);
        assert.deepEqual((await store.getReport("bridge"))?.articles.map((a) => [a.label, a.outletKnown]), report.articles.map((a) => [a.label, a.outletKnown]), "labels survive the round trip");
        assert.deepEqual(Object.keys((await store.getReport("bridge")) ?? {}).slice(0, 2), ["schema", "generatedAt"]);
        const [item] = await store.listStories();
        assert.deepEqual(item && { ...item, updatedAt: "" }, {
          id: "bridge", title: "Harbour bridge", articles: 2, facts: 3, contested: 1, singleSource: 2, updatedAt: "",
        });
        const version = await store.storyVersion("bridge");
        assert.equal(typeof version, "string");
        await store.saveAnalysis("bridge", report);
        assert.notEqual(await store.storyVersion("bridge"), version);
        assert.equal(await store.storyVersion("nope"), null);
        const story = await store.getStory("bridge");
        assert.deepEqual(story && [story.analyzed, story.facts, story.contested, story.singleSource], [true, 3, 1, 2]);
        assert.equal(await store.getReport("nope"), null);
        assert.equal(await store.getStory("nope"), null);
      }));

    it("finds articles and facts by full-text search, with marked snippets", () =>
      withStore(async (store) => {
        await ingestIntoStore(store, [BRIDGE_A, BRIDGE_B, CHESS], { pipeline: fakePipeline() });
        const hits = await store.search("cables");
        assert.deepEqual(hits.articles.map((a) => a.id).sort(), [BRIDGE_A.id, BRIDGE_B.id].sort());
        assert.ok(hits.articles[0]?.snippet.includes(`${SNIPPET_START}cables${SNIPPET_STOP}`));
        const grandmasters = await store.search("grandmaster");
        assert.deepEqual(grandmasters.articles.map((a) => a.id), [CHESS.id]);
        const facts = await store.search("\"15 million euros\"");
        assert.deepEqual(facts.facts.map((f) => [f.id, f.verdict]).sort(), [["fact-2", "single-source"], ["fact-cost", "contested"]]);
        assert.deepEqual((await store.search("money")).facts.map((f) => f.id), ["fact-cost"]);
        assert.deepEqual(await store.search("   "), { articles: [], facts: [] });
        assert.deepEqual((await store.search("zeppelin OR -")).articles, []);
      }));

    it("rolls a failed transaction back and keeps what was stored before", () =>
      withStore(async (store) => {
        await store.addArticles([BRIDGE_A], { storyId: "bridge", storyTitle: "Bridge" });
        const report = fakeReport([BRIDGE_A]);
        await store.saveAnalysis("bridge", report);
        await assert.rejects(
          store.transaction(async (tx) => {
            await tx.addArticles([BRIDGE_B, CHESS], { storyId: "bridge" });
            await tx.saveAnalysis("bridge", fakeReport([BRIDGE_A, BRIDGE_B, CHESS]));
            throw new Error("boom");
          }),
          /boom/,
        );
        assert.deepEqual((await store.listArticles()).map((a) => a.id), [BRIDGE_A.id]);
        assert.deepEqual(await store.getReport("bridge"), report);
        assert.equal((await store.search("grandmaster")).articles.length, 0);
      }));

    it("a failing analysis stores nothing for that story and keeps older stories intact", () =>
      withStore(async (store) => {
        await ingestIntoStore(store, [CHESS], { pipeline: fakePipeline() });
        const before = await store.listStories();
        const failing = fakePipeline({ failWhen: (arts) => arts.some((a) => a.id === BRIDGE_A.id) });
        await assert.rejects(ingestIntoStore(store, [BRIDGE_A, BRIDGE_B], { pipeline: failing }), /analysis failed/);
        assert.deepEqual(await store.listStories(), before);
        assert.deepEqual((await store.listArticles()).map((a) => a.id), [CHESS.id]);
      }));

    it("lists articles newest first, filtered by story and paged", () =>
      withStore(async (store) => {
        await store.addArticles([BRIDGE_A, BRIDGE_B], { storyId: "bridge" });
        await store.addArticles([CHESS], { storyId: "chess" });
        assert.deepEqual((await store.listArticles()).map((a) => a.id), [CHESS.id, BRIDGE_B.id, BRIDGE_A.id]);
        assert.deepEqual((await store.listArticles({ storyId: "bridge" })).map((a) => a.id), [BRIDGE_B.id, BRIDGE_A.id]);
        assert.deepEqual((await store.listArticles({ limit: 1, offset: 1 })).map((a) => a.id), [BRIDGE_B.id]);
        assert.deepEqual((await store.allArticles()).map((a) => [a.id, a.storyId]), [[BRIDGE_A.id, "bridge"], [BRIDGE_B.id, "bridge"], [CHESS.id, "chess"]]);
      }));

    it("keeps each alert key once, and reads alerts by seq, time and story", () =>
      withStore(async (store, second) => {
        const alert = (key: string, storyId: string) => ({ key, kind: "contested" as const, storyId, storyTitle: "T", factId: "f", title: key, summary: "s", evidence: [] });
        const [first, other] = await Promise.all([store.addAlerts([alert("k1", "s1"), alert("k2", "s2")]), second.addAlerts([alert("k1", "s1"), alert("k3", "s1")])]);
        assert.deepEqual([...first, ...other].map((a) => a.key).sort(), ["k1", "k2", "k3"]);
        const all = await store.listAlerts({ order: "asc" });
        assert.equal(all.length, 3);
        assert.deepEqual((await store.listAlerts()).map((a) => a.seq), all.map((a) => a.seq).reverse());
        assert.deepEqual((await store.listAlerts({ afterSeq: all[0]?.seq ?? 0, order: "asc" })).map((a) => a.key), all.slice(1).map((a) => a.key));
        assert.deepEqual((await store.listAlerts({ storyId: "s2" })).map((a) => a.key), ["k2"]);
        assert.equal((await store.listAlerts({ since: new Date(Date.now() + 60_000).toISOString() })).length, 0);
        assert.equal(await store.alertCursor("http://hook"), null);
        await store.setAlertCursor("http://hook", 2);
        assert.equal(await second.alertCursor("http://hook"), 2);
      }));

    it("keeps watch state, finds known URLs, counts articles and serializes a named lock", () =>
      withStore(async (store, second) => {
        await store.saveWatchState({ source: "https://feed.example/rss", etag: "\"v1\"", lastModified: null, failures: 0, retryAt: null });
        assert.equal((await second.getWatchState("https://feed.example/rss"))?.etag, "\"v1\"");
        assert.equal(await store.getWatchState("https://other.example/"), null);
        await store.addArticles([BRIDGE_A, CHESS], { storyId: "bridge" });
        assert.equal(await store.countArticles(), 2);
        assert.deepEqual([...(await store.knownUrls(["coastherald.example/news/bridge-reopens", "ledger.example/bridge"]))], ["coastherald.example/news/bridge-reopens"]);
        assert.deepEqual((await store.storyArticles("bridge")).map((a) => a.id), [BRIDGE_A.id, CHESS.id]);
        const order: string[] = [];
        const hold = (s: Store, name: string) => s.withNamedLock("story:x", async () => {
          order.push(`${name}+`);
          await new Promise((r) => setTimeout(r, 30));
          order.push(`${name}-`);
        });
        await Promise.all([hold(store, "a"), hold(second, "b")]);
        assert.ok(order.join() === "a+,a-,b+,b-" || order.join() === "b+,b-,a+,a-", order.join());
      }));

    defineFilingConformance(withStore);
  });
}
