/** @module Stories analyzed in worker threads give the report one thread gives. */
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { ingest } from "./ingest/index.ts";
import { loadKnowledge } from "./knowledge/index.ts";
import { analyzeArticles, analyzeStory } from "./pipeline.ts";
import { analyzeStoriesInThreads, closeStoryThreads, threadsFor, type StoryJob } from "./pipeline-threads.ts";
import type { Article } from "./types.ts";

after(() => closeStoryThreads());

const fixtures = ["tank-deal", "earthquake", "short-visit"].map((f) => fileURLToPath(new URL(`../test/fixtures/${f}`, import.meta.url)));
const example = fileURLToPath(new URL("../examples/summit-story", import.meta.url));
let articles: readonly Article[] | undefined;
async function corpus(): Promise<readonly Article[]> {
  articles ??= (await ingest([...fixtures, example])).articles;
  return articles;
}

test("a batch of several stories gives the same report on one, two or three threads, with and without --explain", async () => {
  const all = await corpus();
  for (const explain of [false, true]) {
    const one = await analyzeArticles(all, { generatedAt: "2026-01-01T00:00:00.000Z", explain, threads: 1 });
    assert.ok(one.stories.length >= 3, `several stories (${one.stories.length})`);
    for (const threads of [2, 3]) {
      const many = await analyzeArticles(all, { generatedAt: "2026-01-01T00:00:00.000Z", explain, threads });
      assert.equal(JSON.stringify(many), JSON.stringify(one), `threads ${threads}, explain ${explain}`);
    }
  }
});

test("each story analyzed in a thread is the story analyzed here, returned in the order given", async () => {
  const all = await corpus();
  const byStory = new Map<string, Article[]>();
  for (const a of all) {
    const key = a.origin.split("/").slice(-2, -1)[0] ?? "";
    byStory.set(key, [...(byStory.get(key) ?? []), a]);
  }
  const jobs: StoryJob[] = [...byStory].map(([key, list]) => ({
    cluster: { id: `s-${key}`, title: key, articleIds: list.map((a) => a.id) },
    articles: list.map((a) => ({ article: a, outlet: a.outlet, label: a.outlet, outletKnown: true, entityIds: [] })),
  }));
  const kb = loadKnowledge();
  const here = jobs.map((j) => analyzeStory(j.cluster, j.articles, { kb, explain: true }));
  const done: number[] = [];
  const there = await analyzeStoriesInThreads(jobs, { threads: 2, extraPacks: [], explain: true, onDone: () => done.push(1) });
  assert.equal(done.length, jobs.length);
  assert.deepEqual(there.map((r) => r.story.id), jobs.map((j) => j.cluster.id));
  assert.equal(JSON.stringify(there), JSON.stringify(here));
});

test("threads: a number is taken as given up to one per article; auto uses several only for a large batch", () => {
  assert.equal(threadsFor(undefined, 500), 1);
  assert.equal(threadsFor(3, 500), 3);
  assert.equal(threadsFor(3, 2), 2);
  assert.equal(threadsFor("auto", 10), 1);
  assert.ok(threadsFor("auto", 500) >= 1);
});
