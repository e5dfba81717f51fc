/** @module Tests of duplicate, near-duplicate and shared-passage detection, MinHash and LSH. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { findReuse, jaccard, LshIndex, MinHasher, wordTokens } from "./index.ts";

const BASE =
  "The harbour authority said on Tuesday that the new container terminal would open in March after two years of delays. " +
  "Officials blamed the hold-up on a shortage of cranes and a dispute with the main contractor over payments. " +
  "Shipping companies have warned that congestion at the old terminal is costing them millions every month. " +
  "The mayor promised that local workers would fill most of the four hundred jobs created by the expansion. " +
  "Environmental groups still plan to challenge the dredging permit in court later this year.";

const OTHER =
  "A late frost destroyed much of the apricot harvest in the northern valleys, farmers reported at the weekend. " +
  "Growers said prices at the wholesale market had already doubled and could rise further before the summer.";

void test("links two articles with the same normalized text as duplicates", () => {
  const links = findReuse([
    { id: "b", text: BASE },
    { id: "a", text: BASE.replace(/\. /g, ".\n\n").toUpperCase() },
    { id: "c", text: OTHER },
  ]);
  assert.equal(links.length, 1);
  assert.deepEqual([links[0]?.a, links[0]?.b, links[0]?.kind, links[0]?.score], ["a", "b", "duplicate", 1]);
});

void test("links a lightly edited copy as a near-duplicate with a copied-word share ≥ 0.8", () => {
  const edited = BASE.replace("Tuesday", "Wednesday") + " Reporting by Ana Ruiz.";
  const links = findReuse([
    { id: "x1", text: BASE },
    { id: "x2", text: edited },
    { id: "x3", text: OTHER },
  ]);
  assert.equal(links.length, 1);
  const link = links[0];
  assert.equal(link?.kind, "near-duplicate");
  assert.ok((link?.score ?? 0) >= 0.8 && (link?.score ?? 1) < 1, `score ${link?.score}`);
});

void test("finds a copied paragraph and a near-copied sentence between otherwise different articles, with both quotes", () => {
  const a = `${OTHER} Officials blamed the hold-up on a shortage of cranes and a dispute with the main contractor over payments. Nothing else was said.`;
  const b = `Ports are busy this season. Officials blamed the hold-up on a shortage of cranes and a dispute with the main contractor over payments. The weather in the valleys stayed mild. Growers said prices at the wholesale market had already tripled and could rise further before the summer.`;
  const links = findReuse([
    { id: "a", text: a },
    { id: "b", text: b },
  ]);
  assert.equal(links.length, 1);
  const link = links[0];
  assert.equal(link?.kind, "shared-passages");
  const quotes = link?.passages ?? [];
  assert.ok(quotes.some((p) => p.a.includes("shortage of cranes") && p.b.includes("shortage of cranes")), JSON.stringify(quotes));
  assert.ok(
    quotes.some((p) => p.a.includes("already doubled") && p.b.includes("already tripled")),
    `near-copied sentence missing: ${JSON.stringify(quotes)}`,
  );
  for (const p of quotes) {
    assert.ok(a.includes(p.a));
    assert.ok(b.includes(p.b));
  }
});

void test("reports nothing for unrelated articles and is independent of input order", () => {
  const docs = [
    { id: "1", text: BASE },
    { id: "2", text: OTHER },
    { id: "3", text: BASE.replace("March", "April") },
  ];
  const forward = findReuse(docs);
  const backward = findReuse([...docs].reverse());
  assert.deepEqual(forward, backward);
  assert.deepEqual(
    forward.map((l) => `${l.a}-${l.b}`),
    ["1-3"],
  );
});

void test("MinHash estimates Jaccard similarity of shingle sets within a few points", () => {
  const hasher = new MinHasher({ numHashes: 256, seed: 7 });
  const words = (t: string): Uint32Array => hasher.shingles(wordTokens(t).hashes);
  const x = words(BASE);
  const y = words(BASE.split(". ").slice(0, 3).join(". ") + ". " + OTHER);
  const est = MinHasher.similarity(hasher.signature(x), hasher.signature(y));
  const exact = jaccard(x, y);
  assert.ok(exact > 0.2 && exact < 0.8, `exact ${exact}`);
  assert.ok(Math.abs(est - exact) < 0.1, `estimate ${est} vs exact ${exact}`);
  assert.deepEqual(hasher.signature(x), new MinHasher({ numHashes: 256, seed: 7 }).signature(x));
});

void test("LSH returns a near-duplicate as a candidate and not an unrelated text", () => {
  const hasher = new MinHasher({ numHashes: 64 });
  const lsh = new LshIndex({ bands: 16, rows: 4 });
  lsh.add(0, hasher.signText(BASE));
  lsh.add(1, hasher.signText(OTHER));
  assert.deepEqual(lsh.query(hasher.signText(BASE.replace("Tuesday", "Monday"))), [0]);
  assert.equal(lsh.size, 2);
  assert.ok(LshIndex.candidateProbability(0.8, 16, 4) > 0.99);
  assert.ok(LshIndex.candidateProbability(0.2, 16, 4) < 0.05);
});
