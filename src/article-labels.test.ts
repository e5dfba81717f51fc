/** @module Tests of what readers call each article: the outlet's name when an input named it, else a letter in the order of the origins. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { articleLabels, letters, outletKnown } from "./article-labels.ts";
import type { Article } from "./types.ts";

const article = (id: string, origin: string, outlet: string, extra: Partial<Article> = {}): Article => ({ id, origin, outlet, title: null, text: "x", published: null, url: null, language: "en", ...extra }) as Article;

test("letters count A … Z, then AA, AB", () => {
  assert.deepEqual([0, 1, 25, 26, 27, 51, 52].map(letters), ["A", "B", "Z", "AA", "AB", "AZ", "BA"]);
});

test("an article whose outlet is its file's own name gets a letter in the order of the origins; a named outlet keeps its name", () => {
  const a = article("a1", "in/zeta.txt", "zeta");
  const b = article("b1", "in/alpha.txt", "alpha");
  const c = article("c1", "in/mid.txt", "Harbour Post");
  assert.equal(outletKnown(a), false);
  assert.equal(outletKnown(c), true);
  assert.equal(outletKnown({ ...a, outletKnown: true }), true);
  assert.deepEqual([...articleLabels([a, b, c])].sort(), [["a1", "B"], ["b1", "A"], ["c1", "Harbour Post"]]);
});
