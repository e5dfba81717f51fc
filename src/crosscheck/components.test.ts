/** @module Tests of components: iterative disjoint sets and partner-bounded linking. */
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { IndexSets, linkedComponents } from "./components.ts";

test("disjoint sets join a chain of any length without recursion", () => {
  const n = 300_000;
  const sets = new IndexSets(n);
  for (let i = 1; i < n; i++) sets.union(i - 1, i);
  assert.equal(sets.find(0), sets.find(n - 1));
  const apart = new IndexSets(3);
  apart.union(0, 1);
  assert.notEqual(apart.find(2), apart.find(0));
});

test("items of different articles join when linked; one article's items never link directly", () => {
  const items = [
    { a: "x", v: 1 },
    { a: "x", v: 1 },
    { a: "y", v: 1 },
    { a: "z", v: 9 },
  ];
  const comps = linkedComponents(items, (t) => t.a, (p, q) => p.v === q.v, 32);
  assert.deepEqual(comps.map((c) => c.map((t) => `${t.a}${t.v}`)), [["x1", "x1", "y1"], ["z9"]]);
  // With one partner each, the first item only meets the next item of another article.
  const capped = linkedComponents([{ a: "x", v: 1 }, { a: "y", v: 2 }, { a: "z", v: 1 }], (t) => t.a, (p, q) => p.v === q.v, 1);
  assert.equal(capped.length, 3);
});
