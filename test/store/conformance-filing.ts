/**
 * @module The Store conformance tests of what story filing keeps (part of conformance.ts's suite):
 * story keys, story summaries and feature frequencies — counts add up, replacing resets them, and
 * stories or counts that do not cover their articles are found.
 */
import { it } from "node:test";
import assert from "node:assert/strict";
import type { Store } from "../../src/store/types.ts";
import { BRIDGE_A, BRIDGE_B, BRIDGE_C, CHESS } from "./fixtures.ts";

export function defineFilingConformance(withStore: (fn: (store: Store, second: Store) => Promise<void>) => Promise<void>): void {
  it("keeps story keys: counts add up, replace resets them, stale stories and samples are found", () =>
    withStore(async (store) => {
      await store.addArticles([BRIDGE_A, BRIDGE_B, BRIDGE_C], { storyId: "bridge", storyTitle: "Bridge" });
      await store.addArticles([CHESS]);
      assert.deepEqual((await store.unassignedArticles()).map((a) => a.id), [CHESS.id]);
      assert.deepEqual((await store.storySamples(["bridge"], 2)).map((a) => a.id), [BRIDGE_B.id, BRIDGE_C.id]);
      // No keys yet: the story's keys do not cover its three articles.
      assert.deepEqual(await store.staleStoryKeys(), ["bridge"]);
      await store.addStoryKeys("bridge", new Map([["", 2], ["e:harbour", 2], ["t:bridg", 1]]));
      await store.addStoryKeys("bridge", new Map([["", 1], ["t:bridg", 1]]));
      assert.deepEqual(await store.staleStoryKeys(), []);
      const found = await store.matchStoryKeys(["t:bridg", "e:harbour", "t:chess"]);
      assert.equal(found.stories, 1);
      assert.deepEqual([...found.matches].sort((a, b) => (a.key < b.key ? -1 : 1)), [
        { storyId: "bridge", key: "e:harbour", members: 2 },
        { storyId: "bridge", key: "t:bridg", members: 2 },
      ]);
      assert.deepEqual([...found.sizes], [["bridge", 3]]);
      await store.addStoryKeys("bridge", new Map([["", 3], ["t:cabl", 3]]), { replace: true });
      assert.deepEqual((await store.matchStoryKeys(["t:bridg", "t:cabl"])).matches, [{ storyId: "bridge", key: "t:cabl", members: 3 }]);
      // A key more stories carry than allowed is left out.
      assert.deepEqual((await store.matchStoryKeys(["t:cabl"], { maxStories: (n) => n - 1 })).matches, []);
      await store.assignStory("chess", [CHESS.id], { title: "Chess" });
      // Each story's latest, all in insertion order; unknown stories add nothing.
      assert.deepEqual((await store.storySamples(["chess", "bridge", "nowhere", "bridge"], 1)).map((a) => a.id), [BRIDGE_C.id, CHESS.id]);
      assert.deepEqual(await store.storySamples(["bridge"], 0), []);
      assert.deepEqual(await store.staleStoryKeys(), ["chess"]);
      assert.deepEqual(await store.recentStories(1), ["chess"]);
      // Keys go with their story.
      await store.clear();
      assert.deepEqual((await store.matchStoryKeys(["t:cabl"])).matches, []);
    }));

  it("keeps story summaries and feature frequencies: stale ones are found, counts add up, replace resets them", () =>
    withStore(async (store) => {
      await store.addArticles([BRIDGE_A, BRIDGE_B], { storyId: "bridge", storyTitle: "Bridge" });
      await store.addArticles([CHESS]);
      assert.deepEqual(await store.staleStorySummaries(), ["bridge"]);
      assert.equal(await store.featureFrequenciesStale(), true);
      const summary = { members: 2, t0: 1000, t1: 2000, terms: [["bridg", 1.5], ["cabl", 0.25]] as const, entities: [["harbour", 2]] as const };
      await store.saveStorySummary("bridge", summary);
      assert.deepEqual(await store.staleStorySummaries(), []);
      assert.deepEqual([...(await store.storySummaries(["bridge", "nowhere", "bridge"]))], [["bridge", summary]]);
      await store.addFeatureFrequencies(new Map([["", 1], ["t:bridg", 1], ["e:harbour", 1]]));
      await store.addFeatureFrequencies(new Map([["", 1], ["t:bridg", 1], ["t:cabl", 1]]));
      assert.equal(await store.featureFrequenciesStale(), false);
      const found = await store.featureFrequencies(["t:bridg", "t:cabl", "t:chess", "e:harbour"]);
      assert.equal(found.documents, 2);
      assert.deepEqual([...found.counts].sort(), [["e:harbour", 1], ["t:bridg", 2], ["t:cabl", 1]]);
      // A third article filed: the summary and the counts no longer cover the story's articles.
      await store.assignStory("bridge", [CHESS.id]);
      assert.deepEqual(await store.staleStorySummaries(), ["bridge"]);
      assert.equal(await store.featureFrequenciesStale(), true);
      await store.addFeatureFrequencies(new Map([["", 3], ["t:chess", 1]]), { replace: true });
      assert.equal(await store.featureFrequenciesStale(), false);
      assert.deepEqual([...(await store.featureFrequencies(["t:bridg", "t:chess"])).counts], [["t:chess", 1]]);
      // Dropped with null, and with their story.
      await store.saveStorySummary("bridge", null);
      assert.deepEqual((await store.storySummaries(["bridge"])).size, 0);
      await store.saveStorySummary("bridge", { ...summary, members: 3 });
      await store.clear();
      assert.deepEqual((await store.storySummaries(["bridge"])).size, 0);
      assert.equal((await store.featureFrequencies(["t:chess"])).documents, 0);
      assert.equal(await store.featureFrequenciesStale(), false);
    }));
}
