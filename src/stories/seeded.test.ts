/** @module Tests of filing against stored story summaries: what a summary stands for, how it grows, and that with nothing stored filing is batch clustering. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { stableId } from "../ids.ts";
import { clusterStories } from "./index.ts";
import { OnlinePass } from "./online.ts";
import { canonicalOrder } from "./order.ts";
import { addToSummary, featureKeys, fileAgainst, refineFiled, summarize } from "./seeded.ts";
import type { DocFrequencies, StoryDoc } from "./types.ts";

/** Three stories told in different words (names, places, things), four articles each, a day apart per story. */
function stories(): StoryDoc[] {
  const topics = [
    { name: "Kavala", thing: "earthquake", words: "tremor magnitude seismologists aftershocks rubble rescuers collapsed buildings" },
    { name: "Lyon", thing: "rail strike", words: "unions walkout trains cancelled commuters platforms wages negotiations" },
    { name: "Reykjavik", thing: "chess final", words: "champion challenger opening gambit endgame rook bishop checkmate" },
  ];
  const out: StoryDoc[] = [];
  topics.forEach((t, k) => {
    for (let a = 0; a < 5; a++) {
      const words = t.words.split(" ");
      const body = Array.from({ length: 40 }, (_, i) => words[(i * (a + 2)) % words.length]).join(" ");
      out.push({ id: `${t.name.toLowerCase()}-${a}`, title: `${t.name} ${t.thing}: ${words[a]} ${words[a + 1]}`, text: `In ${t.name}, the ${t.thing} went on. ${body}.`, published: `2025-03-0${1 + k}T0${a}:00:00Z` });
    }
  });
  return out;
}

/** Document frequencies counted over `docs`. */
function counted(docs: readonly StoryDoc[]): DocFrequencies {
  const df = new Map<string, number>();
  for (const d of docs) for (const k of featureKeys(d)) df.set(k, (df.get(k) ?? 0) + 1);
  return { documents: docs.length, df: (k) => df.get(k) ?? 0 };
}

const NONE: DocFrequencies = { documents: 0, df: () => 0 };

void test("files an article against a story's summary where a pass over the story's articles puts it", () => {
  const all = stories();
  const incoming = all.filter((d) => d.id.endsWith("-4"));
  const stored = all.filter((d) => !d.id.endsWith("-4"));
  // The pass over the stored articles, then the incoming ones.
  const pass = new OnlinePass({}, { keepFiled: true });
  const founderOf = new Map<number, string>();
  for (const d of canonicalOrder(stored)) {
    const c = pass.add(d);
    if (!founderOf.has(c)) founderOf.set(c, d.id.split("-")[0] as string);
  }
  const expected = new Map(canonicalOrder(incoming).map((d) => [d.id, founderOf.get(pass.add(d)) ?? null]));
  // Filed against summaries of the stored stories, IDF counting the stored articles.
  const frequencies = counted(stored);
  const names = ["kavala", "lyon", "reykjavik"];
  const seeds = names.map((n) => [n, summarize(stored.filter((d) => d.id.startsWith(n)), frequencies)] as const);
  const filed = fileAgainst(seeds, incoming, frequencies);
  const got = new Map(filed.groups.flatMap((g) => g.articleIds.map((id) => [id, g.seed] as const)));
  assert.deepEqual(got, expected);
  assert.deepEqual([...got.values()].sort(), names, "each new article joins its own story");
  // IDF counts the stored articles: each new article is weighed as the pass over everything weighs it.
  for (const d of incoming) assert.deepEqual(filed.vectors.get(d.id), pass.filedWith(d.id));
});

void test("an article unlike every stored story founds a new one, named after it", () => {
  const all = stories();
  const stored = all.filter((d) => !d.id.startsWith("reykjavik"));
  const frequencies = counted(stored);
  const seeds = ["kavala", "lyon"].map((n) => [n, summarize(stored.filter((d) => d.id.startsWith(n)), frequencies)] as const);
  const incoming = all.filter((d) => d.id.startsWith("reykjavik"));
  const filed = fileAgainst(seeds, incoming, frequencies);
  assert.deepEqual(filed.groups.map((g) => ({ seed: g.seed, founder: g.founder, ids: g.articleIds })), [{ seed: null, founder: "reykjavik-0", ids: incoming.map((d) => d.id) }]);
  const refined = refineFiled(filed, new Map(), incoming, frequencies);
  assert.deepEqual(refined.map((s) => s.id), [stableId("s", "reykjavik-0")]);
});

void test("two stored stories never merge, even when an article reaches both", () => {
  const quake = stories().filter((d) => d.id.startsWith("kavala"));
  const frequencies = counted(quake);
  const half = summarize(quake.slice(0, 2), frequencies);
  const pass = new OnlinePass({ mergeThreshold: 0.01 });
  pass.countBefore(quake.length, [], []);
  const a = pass.seed("a", half);
  const b = pass.seed("b", half);
  const joined = pass.add(quake[4] as StoryDoc);
  assert.ok(joined === a || joined === b);
  assert.equal(pass.resolve(a), a);
  assert.equal(pass.resolve(b), b);
});

void test("with nothing stored, filing and refining is batch clustering", () => {
  const docs = stories();
  const filed = fileAgainst([], docs, NONE);
  const refined = refineFiled(filed, new Map(), docs, NONE);
  const sorted = (list: readonly { id: string; title: string; articleIds: readonly string[] }[]) => [...list].map((s) => ({ ...s, articleIds: [...s.articleIds].sort() })).sort((x, y) => (x.id < y.id ? -1 : 1));
  assert.deepEqual(sorted(refined), sorted(clusterStories(docs)));
});

void test("a summary sums its articles' vectors, widens its span and keeps its strongest features", () => {
  const first = addToSummary(null, [{ terms: [["quak", 0.8], ["rubbl", 0.6]], entities: [["kavala", 1]], published: "2025-03-02T00:00:00Z" }]);
  assert.deepEqual(first, { members: 1, t0: Date.parse("2025-03-02T00:00:00Z"), t1: Date.parse("2025-03-02T00:00:00Z"), terms: [["quak", 0.8], ["rubbl", 0.6]], entities: [["kavala", 1]] });
  const grown = addToSummary(first, [
    { terms: [["rubbl", 0.5], ["rescu", 0.7]], entities: [], published: "2025-03-01T00:00:00Z" },
    { terms: [["quak", 1]], entities: [["kavala", 1]], published: null },
  ]);
  assert.equal(grown.members, 3);
  assert.equal(grown.t0, Date.parse("2025-03-01T00:00:00Z"));
  assert.equal(grown.t1, Date.parse("2025-03-02T00:00:00Z"));
  assert.deepEqual(grown.terms, [["quak", 1.8], ["rubbl", 1.1], ["rescu", 0.7]]);
  assert.deepEqual(grown.entities, [["kavala", 2]]);
  const many = addToSummary(null, [{ terms: Array.from({ length: 500 }, (_, i) => [`t${i}`, 1 + i] as const), entities: [], published: null }]);
  assert.equal(many.terms.length, 400);
  assert.deepEqual(many.terms[0], ["t499", 500]);
});

void test("an article's feature keys are its terms and entity keys, once each, none too long to index", () => {
  const doc: StoryDoc = { id: "x", title: "Kavala earthquake", text: `Kavala earthquake rescuers. ${"a".repeat(200)} rescuers.`, published: null };
  const keys = featureKeys(doc);
  assert.equal(new Set(keys).size, keys.length);
  assert.ok(keys.includes("e:kavala"));
  assert.ok(keys.some((k) => k.startsWith("t:rescu")));
  assert.ok(keys.every((k) => k.length <= 66));
});
