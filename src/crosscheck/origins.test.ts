/** @module Tests of independence: copies and shared upstream reports collapse into one origin; quoting the same person does not. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { copyTest, creditedUpstreams, independentOrigins } from "./origins.ts";
import { attribution, claim } from "./testing.ts";
import type { Claim } from "../types.ts";

const outletOf = (id: string): string => `outlet-${id}`;
const sameText = (a: Claim, b: Claim): number => (a.text === b.text ? 1 : 0);
const origins = (claims: Claim[], links: Parameters<typeof copyTest>[0]["links"] = []) =>
  independentOrigins(claims, { copied: copyTest({ links, similarity: sameText }), credited: creditedUpstreams(claims, outletOf), outletOf });

test("counts articles linked by reuse as one origin", () => {
  const o = origins([claim("a", 1, "x"), claim("b", 2, "y"), claim("c", 3, "z")], [{ a: "a", b: "b", kind: "paraphrase", score: 0.5, passages: [] }]);
  assert.equal(o.count, 2);
  assert.deepEqual(o.chains.map((c) => c.reason).sort(), ["copy", "own-reporting"]);
});

test("collapses articles that cite the same upstream outlet, and shows the chain", () => {
  const cites = attribution("The Times of India");
  const o = origins([claim("a", 1, "x", { attribution: cites }), claim("b", 1, "y", { attribution: cites }), claim("c", 1, "z")]);
  assert.equal(o.count, 2);
  const shared = o.chains.find((c) => c.reason === "shared-upstream");
  assert.deepEqual(shared?.articleIds, ["a", "b"]);
  assert.equal(shared?.root, "The Times of India");
});

test("keeps articles that each quote the same person or office apart; what the person told an outlet is one report", () => {
  const chief = attribution("Fire Chief Ada Vell", [], "official");
  const o = origins([claim("a", 1, "x", { attribution: chief }), claim("b", 1, "y", { attribution: chief })]);
  assert.equal(o.count, 2);
  assert.deepEqual(o.chains.map((c) => c.reason), ["own-reporting", "own-reporting"]);
  const toPaper = { ...attribution("Fire Chief Ada Vell", [], "official"), via: "The Harbour Post" };
  assert.equal(origins([claim("a", 1, "x", { attribution: toPaper }), claim("b", 1, "y", { attribution: toPaper })]).count, 1);
  assert.equal(origins([claim("a", 1, "x", { attribution: attribution("the city council", [], "document") }), claim("b", 1, "y", { attribution: attribution("the city council", [], "document") })]).count, 1);
});

test("uses the deepest named source of a chain, not an anonymous one", () => {
  const o = origins([claim("a", 1, "x", { attribution: attribution("Bloomberg", ["an anonymous source"]) }), claim("b", 1, "x", { attribution: attribution("Bloomberg") })]);
  assert.equal(o.count, 1);
});

test("credits the report an article cites over a person it quotes about the same fact", () => {
  const o = origins([claim("a", 1, "x", { attribution: attribution("Maria Lind", [], "official") }), claim("a", 2, "y", { attribution: attribution("The Daily Wire") })]);
  assert.equal(o.chains[0]?.root, "The Daily Wire");
});

test("lets an unattributed sentence inherit the attribution of its neighbour", () => {
  const credited = creditedUpstreams([claim("a", 4, "x"), claim("a", 5, "y", { attribution: attribution("The Daily Wire") }), claim("a", 12, "z")], outletOf);
  assert.equal(credited.get("a:4:0")?.name, "The Daily Wire");
  assert.equal(credited.has("a:12:0"), false);
});

test("counts a wire's own article and the articles citing it as one origin", () => {
  const wireOutlet = (id: string): string => (id === "w" ? "The Wire" : `outlet-${id}`);
  const cs = [claim("w", 1, "x"), claim("b", 1, "x", { attribution: attribution("The Wire") })];
  const o = independentOrigins(cs, { copied: copyTest({ links: [], similarity: sameText }), credited: creditedUpstreams(cs, wireOutlet), outletOf: wireOutlet });
  assert.equal(o.count, 1);
});

test("does not chain a whole story into one origin through weak links", () => {
  const weak = [
    { a: "a", b: "b", kind: "shared-passages" as const, score: 0.05, passages: [] },
    { a: "b", b: "c", kind: "shared-passages" as const, score: 0.05, passages: [] },
  ];
  assert.equal(origins([claim("a", 1, "x"), claim("b", 1, "y"), claim("c", 1, "z")], weak).count, 3);
  assert.equal(origins([claim("a", 1, "same"), claim("b", 1, "same"), claim("c", 1, "z")], weak).count, 2);
});

test("gives the same answer in any input order", () => {
  const cs = [claim("a", 1, "x"), claim("b", 1, "y"), claim("c", 1, "z")];
  const links = [{ a: "b", b: "c", kind: "duplicate" as const, score: 1, passages: [] }];
  assert.deepEqual(origins(cs, links), origins([...cs].reverse(), links));
});

test("names a set of copies after the first published, a wire before a paper on the same day", () => {
  const links = [{ a: "a", b: "b", kind: "near-duplicate" as const, score: 0.9, passages: [] }, { a: "b", b: "c", kind: "near-duplicate" as const, score: 0.9, passages: [] }];
  const claims = [claim("a", 1, "x"), claim("b", 1, "x"), claim("c", 1, "x")];
  const names: Record<string, string> = { a: "Harbour Times", b: "Keystone Wire", c: "Evening Post" };
  const dates: Record<string, string> = { a: "2026-03-09", b: "2026-03-09", c: "2026-03-08" };
  const run = (publishedOf?: (id: string) => string | null) =>
    independentOrigins(claims, { copied: copyTest({ links, similarity: sameText }), credited: creditedUpstreams(claims, (id) => names[id] ?? id), outletOf: (id) => names[id] ?? id, ...(publishedOf ? { publishedOf } : {}) });
  assert.equal(run((id) => dates[id] ?? null).chains[0]?.root, "Evening Post", "the earliest");
  assert.equal(run(() => "2026-03-09").chains[0]?.root, "Keystone Wire", "same day: the wire");
});

test("a faint shared passage (a name two reports both use) does not make close evidence a copy", () => {
  const close = (): number => 0.6;
  const faint = [{ a: "a", b: "b", kind: "shared-passages" as const, score: 0.03, passages: [] }];
  const claims = [claim("a", 1, "x"), claim("b", 1, "y")];
  const test = (links: typeof faint) => independentOrigins(claims, { copied: copyTest({ links, similarity: close }), credited: creditedUpstreams(claims, outletOf), outletOf }).count;
  assert.equal(test(faint), 2);
  assert.equal(test([{ ...faint[0]!, score: 0.12 }]), 1);
});

test("counts two articles of one outlet as two origins unless one copies the other; the outlet's article and an article crediting it as one", () => {
  const paper = (id: string): string => (id === "x" ? "Other Paper" : "The Harbour Post");
  const run = (cs: Claim[], links: Parameters<typeof copyTest>[0]["links"] = []) => independentOrigins(cs, { copied: copyTest({ links, similarity: sameText }), credited: creditedUpstreams(cs, paper), outletOf: paper });
  assert.equal(run([claim("a", 1, "The ferry sank"), claim("b", 4, "A ferry went down")]).count, 2);
  assert.equal(run([claim("a", 1, "The ferry sank"), claim("b", 4, "A ferry went down")], [{ a: "a", b: "b", kind: "near-duplicate", score: 0.9, passages: [] }]).count, 1);
  assert.equal(run([claim("a", 1, "The ferry sank"), claim("b", 4, "A ferry went down"), claim("x", 2, "A ferry sank", { attribution: attribution("The Harbour Post") })]).count, 1);
});

test("reads a long sentence alike in two unlinked articles as a copy, a short one as two reporters' plain wording", () => {
  const long = "The harbour authority said on Monday that the ferry to Orsk will not run again until engineers have inspected the damaged pier and the new gangway";
  assert.equal(origins([claim("a", 1, long), claim("b", 3, long)]).count, 1);
  const short = "The ferry will run again in March";
  assert.equal(origins([claim("a", 1, short), claim("b", 3, short)]).count, 2);
  // A reuse link between the articles makes even a short sentence a copy.
  assert.equal(origins([claim("a", 1, short), claim("b", 3, short)], [{ a: "a", b: "b", kind: "shared-passages", score: 0.2, passages: [] }]).count, 1);
});
