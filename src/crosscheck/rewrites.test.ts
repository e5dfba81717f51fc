/** @module Tests of rewrite links (reuse.rewrite, reuse.shared-errors): in-order alignment, shared rare errors, and pairs that must stay apart. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDoc } from "../text/index.ts";
import type { Anomaly } from "../report/types.ts";
import type { Article, Doc } from "../types.ts";
import { alignCovering, alignSentences, errorsByArticle, REWRITE_RULES, rewriteLinks } from "./rewrites.ts";
import { buildIdf, contentOverlap, sentenceFeatures } from "./similarity.ts";

function doc(id: string, sentences: readonly string[]): Doc {
  const text = sentences.join("\n\n");
  const article: Article = { id, origin: `${id}.txt`, outlet: id, title: null, published: null, language: "en", url: null, text, format: "text" } as unknown as Article;
  return buildDoc(article);
}

const original = [
  "Kestria is preparing to buy the VR-300 Bastion air-defence system from Norland, officials said on Monday.",
  "The deal would include twelve launchers and the missiles that go with them, according to the defence ministry.",
  "President Anna Varga will discuss the purchase during her state visit to Holmgard next week.",
  "Critics in the Kestrian parliament say the system is too expensive for a country of its size.",
  "Norland has sold air-defence systems to three of its neighbours since the end of the decade.",
  "The ministry declined to say when a contract might be signed or how much it would cost.",
];
const rewritten = [
  "Officials said on Monday that Kestria is getting ready to purchase Norland's VR-300 Bastion air-defence system.",
  "According to the defence ministry, twelve launchers and their missiles would be part of the deal.",
  "The purchase will be on the agenda of President Anna Varga's state visit to Holmgard next week.",
  "In the Kestrian parliament, critics argue the system costs too much for a country of its size.",
  "The ministry would not say how much it would cost or when a contract might be signed.",
];
const unrelated = [
  "Heavy rain closed the port of Varnholm for a second day on Tuesday, harbour officials said.",
  "Ferries to the islands were cancelled and cargo ships waited outside the breakwater.",
  "Forecasters expect the storm to move north by Thursday evening.",
  "Local shops reported flooding in the old town near the fish market.",
  "The harbour master said the port would reopen once the wind dropped below gale force.",
];

test("sentences align in order, with dropped and inserted sentences allowed", () => {
  const a = original.map(sentenceFeatures);
  const b = rewritten.map(sentenceFeatures);
  const idf = buildIdf([...a, ...b]);
  const al = alignSentences(a, b, (x, y) => contentOverlap(x, y, idf));
  assert.deepEqual(al.pairs.map(([i, j]) => `${i}-${j}`), ["0-0", "1-1", "2-2", "3-3", "5-4"]);
  assert.ok(al.mean > 0.3);
});

test("alignCovering gives alignSentences' alignment, or null without scoring every pair when too few sentences can align", () => {
  const a = original.map(sentenceFeatures);
  const b = rewritten.map(sentenceFeatures);
  const c = unrelated.map(sentenceFeatures);
  const idf = buildIdf([...a, ...b, ...c]);
  let calls = 0;
  const score = (x: (typeof a)[number], y: (typeof a)[number], floor: number): number => {
    calls++;
    return contentOverlap(x, y, idf, { floor });
  };
  assert.deepEqual(alignCovering(a, b, score, (k) => k >= 4), alignSentences(a, b, score));
  assert.equal(alignCovering(a, b, score, (k) => k >= 6), null, "5 sentences cannot give 6 pairs");
  calls = 0;
  assert.equal(alignCovering(a, c, score, (k) => k >= 4), null);
  assert.ok(calls < a.length * c.length, `${calls} pairs scored`);
});

const garble = (articleId: string, quote: string): Anomaly => ({ kind: "garbled-name", articleId, quote, span: [0, quote.length], suggestion: null, explanation: "" });

test("reuse.shared-errors: a rewrite that shares a garbled name is one text, and the link names the error", () => {
  const docs = [doc("a", original), doc("b", rewritten), doc("c", unrelated)];
  const errors = errorsByArticle([garble("a", "VR-30"), garble("b", "VR-30"), garble("c", "VR-31"), garble("b", "VR-31")]);
  const links = rewriteLinks(docs, [], errors);
  assert.equal(links.length, 1, JSON.stringify(links.map((l) => [l.a, l.b])));
  const [l] = links;
  assert.equal(l?.kind, "rewrite");
  assert.equal(l?.rule, REWRITE_RULES.sharedErrors.id);
  assert.deepEqual(l?.sharedErrors, ["VR-30"]);
  assert.ok((l?.passages.length ?? 0) >= 4);
});

test("without a shared error or a shared passage, two articles are not even compared", () => {
  assert.deepEqual(rewriteLinks([doc("a", original), doc("b", rewritten)], [], new Map()), []);
});

test("a shared error alone does not make unrelated articles one text", () => {
  const errors = errorsByArticle([garble("a", "VR-30"), garble("c", "VR-30")]);
  assert.deepEqual(rewriteLinks([doc("a", original), doc("c", unrelated)], [], errors), []);
});

test("reuse.rewrite: a close rewrite of most sentences, found through a shared passage, is one text without any shared error", () => {
  const close = original.map((s) => s.replace("officials said", "officials stated").replace("according to", "says"));
  const docs = [doc("a", original), doc("b", close.slice(0, 5))];
  const weak = [{ a: "a", b: "b", kind: "shared-passages" as const, score: 0.1, passages: [] }];
  const [l] = rewriteLinks(docs, weak, new Map());
  assert.equal(l?.rule, REWRITE_RULES.aligned.id);
  assert.equal(l?.sharedErrors, undefined);
  assert.equal(l?.score, 1);
});

test("an error is rare only when at most two articles of the story make it", () => {
  const errors = errorsByArticle([garble("a", "Holmgrad"), garble("b", "Holmgrad"), garble("a", "Norlandian"), garble("b", "Norlandian"), garble("c", "Norlandian")]);
  assert.deepEqual([...(errors.get("a") ?? [])], ["Holmgrad"]);
  assert.equal(errors.has("c"), false);
});

test("a pair already one text by a strong shared-passages link is not aligned again", () => {
  const close = original.map((s) => s.replace("officials said", "officials stated"));
  const strong = [{ a: "a", b: "b", kind: "shared-passages" as const, score: 0.8, passages: [] }];
  assert.deepEqual(rewriteLinks([doc("a", original), doc("b", close)], strong, new Map()), []);
});
