/** @module Tests of story clustering: grouping, separation, merging of split stories, determinism, batch = incremental in any arrival order, stable ids. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { OptionError } from "../errors.ts";
import { stableId } from "../ids.ts";
import { clusterStories, IncrementalStories, stem, type StoryDoc } from "./index.ts";

/** A tiny seeded corpus: each story has its own names and keywords inside shared filler. */
function corpus(seed: number, stories: number): { docs: StoryDoc[]; gold: Map<string, number> } {
  let s = seed >>> 0;
  const rand = (): number => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const syl = ["ka", "lo", "mi", "ren", "sa", "tor", "vi", "dan", "el", "mar", "os", "pe", "ri", "zu"];
  const coin = (n: number): string => Array.from({ length: n }, () => pick(syl)).join("");
  const filler = Array.from({ length: 300 }, () => coin(2));
  const docs: StoryDoc[] = [];
  const gold = new Map<string, number>();
  for (let k = 0; k < stories; k++) {
    const names = [coin(2), coin(3), coin(2)].map((w) => w[0]?.toUpperCase() + w.slice(1));
    const keys = Array.from({ length: 6 }, () => coin(3));
    const day = Date.UTC(2025, 0, 1 + Math.floor(rand() * 20));
    const size = 1 + Math.floor(rand() * 6);
    for (let a = 0; a < size; a++) {
      const words: string[] = [];
      for (let w = 0; w < 90; w++) words.push(rand() < 0.3 ? pick(keys) : rand() < 0.45 ? pick(names) : pick(filler));
      const id = `d${k}-${a}`;
      docs.push({ id, title: `${pick(names)} ${pick(keys)} ${pick(keys)}`, text: `${words.join(" ")}.`, published: new Date(day + rand() * 86_400_000).toISOString() });
      gold.set(id, k);
    }
  }
  return { docs, gold };
}

void test("batch clustering equals incremental clustering fed in canonical order, and ignores input order", () => {
  const { docs } = corpus(11, 25);
  const batch = clusterStories(docs);
  const shuffled = clusterStories([...docs].reverse());
  assert.deepEqual(shuffled, batch);
  const inc = new IncrementalStories();
  const ordered = [...docs].sort((a, b) => (a.published ?? "").localeCompare(b.published ?? "") || (a.id < b.id ? -1 : 1));
  const assigned = ordered.map((d) => [d.id, inc.add(d)] as const);
  assert.deepEqual(inc.stories(), batch);
  for (const [id, story] of assigned) assert.equal(inc.storyOfArticle(id), story);
});

/** Stories as sorted lists of sorted article ids (ids of stories left out). */
function partition(stories: readonly { articleIds: readonly string[] }[]): string[] {
  return stories.map((s) => [...s.articleIds].sort().join(" ")).sort();
}

/** A seeded Fisher–Yates shuffle. */
function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = Math.floor((s / 4294967296) * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

void test("incremental clustering gives the batch stories whatever order articles arrive in", () => {
  // A low threshold makes stories touch, so a single online pass depends on arrival order; a low
  // merge threshold makes bridging articles merge stories.
  for (const options of [{ threshold: 0.2 }, { threshold: 0.08 }, { threshold: 0.05, mergeThreshold: 0.06 }]) {
    const { docs } = corpus(23, 14);
    const batch = partition(clusterStories(docs, options));
    for (let seed = 1; seed <= 12; seed++) {
      const order = shuffled(docs, seed);
      const inc = new IncrementalStories(options);
      for (const d of order) inc.add(d);
      assert.deepEqual(partition(inc.stories()), batch, `${JSON.stringify(options)}, order ${seed}`);
      const ids = new Set(inc.stories().map((s) => s.id));
      for (const d of docs) assert.ok(ids.has(inc.storyOfArticle(d.id) ?? ""), "every article maps to a listed story");
      const bulk = new IncrementalStories(options);
      bulk.addAll(order);
      assert.deepEqual(partition(bulk.stories()), batch);
    }
  }
});

/** One event told from two sides (the dam, the evacuation), an article that tells both, and an unrelated story. */
const BRIDGED: readonly StoryDoc[] = [
  { id: "a1", title: "Engineers open spillways at Hollow Creek dam", text: "Engineers opened the spillways of the Hollow Creek dam on Monday as the reservoir neared capacity after a week of rain.", published: "2025-03-01T08:00:00Z" },
  { id: "a2", title: "Lakeport residents told to leave low streets", text: "Police in Lakeport told residents of low streets to leave their homes and go to shelters in the school gymnasium.", published: "2025-03-01T09:00:00Z" },
  { id: "a3", title: "Lakeport residents leave as Hollow Creek dam spillways open", text: "Residents of low streets in Lakeport left their homes for shelters after engineers opened the spillways of the Hollow Creek dam, whose reservoir neared capacity.", published: "2025-03-01T10:00:00Z" },
  { id: "c1", title: "Chess champion retains title in Reykjavik", text: "The reigning chess champion retained the title in Reykjavik after a tense final game against the challenger.", published: "2025-03-01T11:00:00Z" },
];

void test("an article that bridges two stories merges them when their centroids are similar enough", () => {
  assert.deepEqual(partition(clusterStories(BRIDGED, { mergeThreshold: 1, joinThreshold: 0 })), ["a1 a3", "a2", "c1"], "without merging (in the pass or after it), the side told first keeps the bridge");
  assert.deepEqual(partition(clusterStories(BRIDGED, { mergeThreshold: 0.2 })), ["a1 a2 a3", "c1"]);
  assert.deepEqual(partition(clusterStories(BRIDGED.filter((d) => d.id !== "a3"), { mergeThreshold: 0.2 })), ["a1", "a2", "c1"], "no merge without an article that reaches both stories");
});

void test("a merged story keeps the older story's id, incrementally as in batch", () => {
  const inc = new IncrementalStories({ mergeThreshold: 0.2 });
  const dam = inc.add(BRIDGED[0] as StoryDoc);
  const evacuation = inc.add(BRIDGED[1] as StoryDoc);
  assert.notEqual(evacuation, dam, "the two sides start apart");
  assert.equal(inc.add(BRIDGED[2] as StoryDoc), dam);
  assert.equal(inc.storyOfArticle("a2"), dam, "the younger story's articles now belong to the older story");
  assert.equal(dam, stableId("s", "a1"), "the id still comes from the story's first article");
  inc.add(BRIDGED[3] as StoryDoc);
  assert.deepEqual(inc.stories(), clusterStories(BRIDGED, { mergeThreshold: 0.2 }));
});

void test("rejects a merge threshold outside (0, 1]", () => {
  for (const mergeThreshold of [0, -0.5, 1.5, Number.NaN]) assert.throws(() => clusterStories(BRIDGED, { mergeThreshold }), OptionError);
});

void test("keeps a story's id when a backdated article joins it", () => {
  const inc = new IncrementalStories();
  const flood = (id: string, published: string): StoryDoc => ({ id, title: "Flood waters rise in Lakeport as Hollow Creek dam nears capacity", text: "Flood waters rose in Lakeport as the Hollow Creek dam neared capacity and engineers opened spillways. Residents of low streets were told to leave.", published });
  const story = inc.add(flood("m2", "2025-03-02T08:00:00Z"));
  assert.equal(inc.add(flood("m3", "2025-03-02T12:00:00Z")), story);
  inc.add(flood("m1", "2025-03-01T08:00:00Z"));
  assert.deepEqual(inc.stories().map((s) => ({ id: s.id, articleIds: s.articleIds })), [{ id: story, articleIds: ["m1", "m2", "m3"] }]);
  assert.equal(inc.storyOfArticle("m1"), story);
  assert.equal(inc.add(flood("m4", "2025-03-03T08:00:00Z")), story, "the story keeps its id as it grows after the replay");
});

void test("recovers the stories of a generated corpus", () => {
  const { docs, gold } = corpus(5, 30);
  const stories = clusterStories(docs);
  for (const s of stories) {
    const labels = new Set(s.articleIds.map((id) => gold.get(id)));
    assert.equal(labels.size, 1, `story mixes ${[...labels].join(",")}`);
  }
  assert.equal(stories.length, new Set(gold.values()).size);
});

void test("keeps a story's id as it grows and titles it after its most central article", () => {
  const inc = new IncrementalStories();
  const first = inc.add({ id: "z9", title: "Flood waters rise in Lakeport as dam nears capacity", text: "Flood waters rose in Lakeport on Monday as the Hollow Creek dam neared capacity and engineers opened spillways.", published: "2025-03-01T08:00:00Z" });
  const second = inc.add({ id: "a1", title: null, text: "Engineers opened the spillways of the Hollow Creek dam as flood waters rose in Lakeport. Residents were told to leave low streets.", published: "2025-03-01T10:00:00Z" });
  const third = inc.add({ id: "m5", title: "Chess champion retains title in Reykjavik", text: "The reigning chess champion retained the title in Reykjavik after a tense final game against the challenger.", published: "2025-03-01T11:00:00Z" });
  assert.equal(second, first);
  assert.notEqual(third, first);
  assert.equal(inc.add({ id: "a1", title: null, text: "", published: null }), first, "re-adding an article keeps its story");
  const story = inc.stories().find((s) => s.id === first);
  assert.deepEqual(story?.articleIds, ["a1", "z9"]);
  assert.ok(story && story.title.length > 0 && story.title.length <= 121);
});

void test("keeps apart two events that share the same leaders but differ in what happened", () => {
  const docs: StoryDoc[] = [
    { id: "a", title: "Orlan and Vesk leaders sign fishing treaty", text: "President Mara Tolen of Orlan and Prime Minister Ivo Brask of Vesk signed a treaty on fishing quotas in the northern sea, ending a decade of disputes over cod and herring catches.", published: "2025-05-02T09:00:00Z" },
    { id: "b", title: "Fishing quotas settled as Orlan and Vesk sign treaty", text: "Mara Tolen and Ivo Brask put their names to the fishing treaty, which sets cod and herring quotas in the northern sea and ends years of disputes between fleets.", published: "2025-05-02T12:00:00Z" },
    { id: "c", title: "Orlan and Vesk leaders clash over pipeline explosion", text: "President Mara Tolen of Orlan accused Prime Minister Ivo Brask of Vesk of hiding the cause of the gas pipeline explosion that cut supplies to three cities during the winter.", published: "2025-05-20T09:00:00Z" },
  ];
  const stories = clusterStories(docs);
  const of = (id: string): string | undefined => stories.find((s) => s.articleIds.includes(id))?.id;
  assert.equal(of("a"), of("b"));
  assert.notEqual(of("a"), of("c"));
});

void test("stems inflected forms to one term", () => {
  assert.equal(stem("negotiations"), stem("negotiating"));
  assert.equal(stem("purchased"), stem("purchase"));
  assert.equal(stem("ponies"), "poni");
});

/** One story folder of the project's own multi-outlet stories (bench/paraphrase/stories), as story documents. */
function ownStory(name: string): StoryDoc[] {
  const dir = fileURLToPath(new URL(`../../bench/paraphrase/stories/${name}/`, import.meta.url));
  return readdirSync(dir)
    .filter((f) => f.endsWith(".md") && f !== "README.md")
    .sort()
    .map((f) => {
      const m = /^---\ntitle: (.*)\noutlet: .*\npublished: (.*)\n---\n([\s\S]*)$/.exec(readFileSync(join(dir, f), "utf8"));
      assert.ok(m, `front matter of ${name}/${f}`);
      return { id: f, title: m[1] ?? null, text: m[3] ?? "", published: m[2] ?? null };
    });
}

void test("a small batch on one event stays one story: its own words keep their weight (IDF background)", () => {
  for (const name of ["gredos-wildfire-evacuations", "typhoon-tindalo-philippines", "kyrgyz-tajik-ceasefire-talks"]) {
    const docs = ownStory(name);
    assert.equal(clusterStories(docs).length, 1, name);
    // Without the background documents, the event's words, found in every article, weigh least and the coverage splits.
    assert.ok(clusterStories(docs, { idfBackground: 0 }).length > 1, name);
  }
});
