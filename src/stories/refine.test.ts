/** @module Tests of the batch refinement: spectral bisection, splitting a story that holds two events, joining one event split in two, and order independence. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { bisect } from "./bisect.ts";
import { refineStories, splitStory } from "./refine.ts";
import { clusterStories, IncrementalStories, type StoryDoc } from "./index.ts";

void test("bisection cuts two groups apart even when a few items bridge them", () => {
  // Two groups of five; items 4 and 5 are alike across the groups.
  const group = (i: number): number => (i < 5 ? 0 : 1);
  const sim = (i: number, j: number): number => (group(i) === group(j) ? 0.6 : (i === 4 && j === 5) || (i === 5 && j === 4) ? 0.7 : 0.1);
  assert.deepEqual(bisect(10, sim, 3), [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]]);
  assert.equal(bisect(5, sim, 3), null, "too few items for two parts");
});

void test("a story is split only when its parts are less alike than the threshold and than each part within itself", () => {
  const sim = (i: number, j: number): number => (Math.floor(i / 4) === Math.floor(j / 4) ? 0.5 : 0.1);
  const options = { threshold: 0.2, ratio: 0.8, minPart: 4, minStory: 6 };
  assert.deepEqual(splitStory(8, sim, options), [[0, 1, 2, 3], [4, 5, 6, 7]]);
  assert.deepEqual(splitStory(8, sim, { ...options, threshold: 0.05 }), [[0, 1, 2, 3, 4, 5, 6, 7]], "parts alike enough stay one story");
  const loose = (i: number, j: number): number => (Math.floor(i / 4) === Math.floor(j / 4) ? 0.12 : 0.1);
  assert.deepEqual(splitStory(8, loose, options), [[0, 1, 2, 3, 4, 5, 6, 7]], "parts hardly tighter within than across stay one story");
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

void test("the parts of a split are not joined back, and a stray story joins the story it is most like", () => {
  const docs = twoEvents();
  const map = new Map(docs.map((d) => [d.id, d]));
  const story = { id: "s1", title: "t", articleIds: docs.map((d) => d.id).sort() };
  // The join threshold is low enough to merge the two events again were they not the parts of one split.
  const out = refineStories([story], map, (first) => `new-${first}`, { splitThreshold: 0.3, joinThreshold: 0.01 });
  assert.deepEqual(out.map((s) => s.articleIds.join(" ")).sort(), ["x1 x2 x3 x4", "y1 y2 y3 y4"]);
  const withStray = [
    { id: "a", title: "t", articleIds: ["x1", "x2", "x3"] },
    { id: "b", title: "t", articleIds: ["x4"] },
    { id: "c", title: "t", articleIds: ["y1", "y2", "y3", "y4"] },
  ];
  const noJoin = { splitThreshold: 0, joinThreshold: 0.99 };
  assert.equal(refineStories(withStray, map, (f) => f, noJoin).length, 3, "no stray threshold: strays stay");
  const joined = refineStories(withStray, map, (f) => f, { ...noJoin, minPart: 3, strayThreshold: 0.1 });
  assert.deepEqual(joined.map((s) => s.articleIds.join(" ")).sort(), ["x1 x2 x3 x4", "y1 y2 y3 y4"]);
});

void test("undated stories whose leads give event days years apart do not join", () => {
  const docs = twoEvents().filter((d) => d.id.startsWith("x"));
  const dated = docs.map((d, k) => ({ ...d, text: `On ${k < 2 ? "March 3, 2008" : "June 9, 2013"}, ${d.text}` }));
  const map = new Map(dated.map((d) => [d.id, d]));
  const halves = [
    { id: "a", title: "t", articleIds: ["x1", "x2"] },
    { id: "b", title: "t", articleIds: ["x3", "x4"] },
  ];
  assert.equal(refineStories(halves, map, (f) => f, { splitThreshold: 0, joinThreshold: 0.3 }).length, 2);
  assert.equal(refineStories(halves, map, (f) => f, { splitThreshold: 0, joinThreshold: 0.3, eventDays: false }).length, 1);
});
