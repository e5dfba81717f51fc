/** @module Tests of the batch refinement: average linkage, splitting a story that holds two events, joining one event split in two, and order independence. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { averageLinkage, refineStories } from "./refine.ts";
import { clusterStories, IncrementalStories, type StoryDoc } from "./index.ts";

void test("average linkage merges while groups are alike enough, and stops below the threshold", () => {
  const sim = (i: number, j: number): number => (Math.floor(i / 3) === Math.floor(j / 3) ? 0.8 : 0.05);
  assert.deepEqual(averageLinkage(6, sim, 0.3), [[0, 1, 2], [3, 4, 5]]);
  assert.deepEqual(averageLinkage(6, sim, 0.01), [[0, 1, 2, 3, 4, 5]]);
  assert.deepEqual(averageLinkage(3, sim, 0.9), [[0], [1], [2]]);
});

const words = (seed: string, n: number): string => Array.from({ length: n }, (_, k) => `${seed}${k % 9}`).join(" ");
/** Eight articles of one story as the pass made it: four on each of two events that share the story's vocabulary. */
function twoEvents(): StoryDoc[] {
  const shared = "earthquake struck province killed injured magnitude residents buildings";
  return [
    ...[1, 2, 3, 4].map((k) => ({ id: `x${k}`, title: null, text: `${shared} ${words("alpha", 30)} Tolvar coast village${k}`, published: null })),
    ...[1, 2, 3, 4].map((k) => ({ id: `y${k}`, title: null, text: `${shared} ${words("beta", 30)} Mirrin highland town${k}`, published: null })),
  ];
}

void test("splits a story whose articles fall into two groups, each kept whole; the larger part keeps the id", () => {
  const docs = twoEvents();
  const map = new Map(docs.map((d) => [d.id, d]));
  const story = { id: "s1", title: "t", articleIds: docs.map((d) => d.id).sort() };
  const out = refineStories([story], map, (first) => `new-${first}`, { splitThreshold: 0.3, joinThreshold: 0 });
  assert.deepEqual(out.map((s) => s.articleIds.join(" ")).sort(), ["x1 x2 x3 x4", "y1 y2 y3 y4"]);
  assert.ok(out.some((s) => s.id === "s1") && out.some((s) => s.id.startsWith("new-")));
  assert.deepEqual(refineStories([story], map, (f) => f, { splitThreshold: 0, joinThreshold: 0 }), [story], "0 never splits");
});

void test("joins two stories of one event, and leaves stories of headlines alone", () => {
  const docs = twoEvents();
  const map = new Map(docs.map((d) => [d.id, d]));
  const halves = [
    { id: "a", title: "t", articleIds: ["x1", "x2"] },
    { id: "b", title: "t", articleIds: ["x3", "x4"] },
  ];
  assert.deepEqual(refineStories(halves, map, (f) => f, { splitThreshold: 0, joinThreshold: 0.3 }).map((s) => s.articleIds.join(" ")), ["x1 x2 x3 x4"]);
  const headlines = new Map(docs.map((d) => [d.id, { ...d, title: d.text.slice(0, 40), text: "" }]));
  assert.equal(refineStories(halves, headlines, (f) => f, { splitThreshold: 0, joinThreshold: 0.01 }).length, 2);
});

void test("the refined stories are the same in batch and incrementally, in any arrival order", () => {
  const docs = twoEvents();
  const batch = clusterStories(docs, { splitThreshold: 0.3 });
  for (const order of [docs, [...docs].reverse(), [...docs].sort((a, b) => (a.text.length % 7) - (b.text.length % 7) || (a.id < b.id ? 1 : -1))]) {
    const inc = new IncrementalStories({ splitThreshold: 0.3 });
    for (const d of order) inc.add(d);
    const partition = (xs: readonly { articleIds: readonly string[] }[]): string[] => xs.map((s) => s.articleIds.join(" ")).sort();
    assert.deepEqual(partition(inc.stories()), partition(batch));
    for (const d of docs) assert.ok(inc.stories().some((s) => s.id === inc.storyOfArticle(d.id) && s.articleIds.includes(d.id)));
  }
});
