/** @module Tests of independence: copies and shared upstream sources collapse into one origin. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { independentOrigins, reuseComponents } from "./origins.ts";
import { attribution, claim } from "./testing.ts";

const outlet = (id: string): string => `outlet-${id}`;

test("counts articles linked by reuse as one origin", () => {
  const comps = reuseComponents(["a", "b", "c"], [{ a: "a", b: "b", kind: "paraphrase", score: 0.5, passages: [] }]);
  const o = independentOrigins([claim("a", 1, "x"), claim("b", 2, "x"), claim("c", 3, "x")], comps, outlet);
  assert.equal(o.count, 2);
  assert.deepEqual(o.chains.map((c) => c.reason).sort(), ["copy", "own-reporting"]);
});

test("collapses articles that cite the same upstream outlet, and shows the chain", () => {
  const comps = reuseComponents(["a", "b", "c"], []);
  const cites = attribution("The Times of India");
  const o = independentOrigins([claim("a", 1, "x", { attribution: cites }), claim("b", 1, "x", { attribution: cites }), claim("c", 1, "x")], comps, outlet);
  assert.equal(o.count, 2);
  const shared = o.chains.find((c) => c.reason === "shared-upstream");
  assert.deepEqual(shared?.articleIds, ["a", "b"]);
  assert.equal(shared?.root, "The Times of India");
});

test("uses the deepest named source of a chain, not an anonymous one", () => {
  const comps = reuseComponents(["a", "b"], []);
  const viaWire = attribution("Bloomberg", ["an anonymous source"]);
  const o = independentOrigins([claim("a", 1, "x", { attribution: viaWire }), claim("b", 1, "x", { attribution: attribution("Bloomberg") })], comps, outlet);
  assert.equal(o.count, 1);
});

test("gives the same answer in any input order", () => {
  const comps = reuseComponents(["a", "b", "c"], [{ a: "b", b: "c", kind: "duplicate", score: 1, passages: [] }]);
  const cs = [claim("a", 1, "x"), claim("b", 1, "x"), claim("c", 1, "x")];
  assert.deepEqual(independentOrigins(cs, comps, outlet), independentOrigins([...cs].reverse(), comps, outlet));
});
