/** @module Tests of the streaming duplicate index, the copied-word share and the banded LSH index. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { OptionError } from "../errors.ts";
import { copiedShare, DuplicateIndex, findReuse, jaccard, LshIndex, MinHasher, wordTokens } from "./index.ts";

const WIRE =
  "The port authority said on Tuesday that the new container terminal would open in March after two years of delays. " +
  "Officials blamed the hold-up on a shortage of cranes and a dispute with the main contractor over payments.\n\n" +
  "Shipping companies have warned that congestion at the old terminal is costing them millions every month. " +
  "The mayor promised that local workers would fill most of the four hundred jobs created by the expansion.\n\n" +
  "Environmental groups still plan to challenge the dredging permit in court later this year, their lawyers said.";

const FARM =
  "A late frost destroyed much of the apricot harvest in the northern valleys, farmers reported at the weekend. " +
  "Growers said prices at the wholesale market had already doubled and could rise further before the summer. " +
  "The agriculture ministry promised emergency credit lines for the worst affected cooperatives by the end of the month.";

const FOOTER =
  "\n\nSubscribe to our newsletter for the latest headlines delivered to your inbox every morning. " +
  "All rights reserved; this material may not be published, broadcast, rewritten or redistributed without permission.";

/** WIRE with three words changed and a credit line added, as a republishing outlet does. */
const EDITED =
  WIRE.replace("Tuesday", "Wednesday").replace("cranes", "engineers").replace("millions", "thousands") + "\n\n(Reporting by Ana Ruiz; editing by Tom Berg.)";

const shingled = (text: string, k = 5): { shingles: Uint32Array; words: number } => {
  const words = wordTokens(text).hashes;
  return { shingles: new MinHasher({ shingleSize: k }).shingles(words), words: words.length };
};

void test("finds a near-copy that changed a few words and added a credit line", () => {
  const index = new DuplicateIndex();
  assert.deepEqual(index.add("wire", WIRE), { exactOf: null, identical: [], near: [] });
  index.add("farm", FARM);
  const match = index.add("copy", EDITED);
  assert.equal(match.exactOf, null);
  assert.deepEqual(match.near.map((n) => n.id), ["wire"]);
  assert.ok((match.near[0]?.similarity ?? 0) >= 0.8 && (match.near[0]?.similarity ?? 1) < 1, JSON.stringify(match));
});

void test("catches the edited copy that 5-word shingle Jaccard puts below 0.8", () => {
  const a = shingled(WIRE);
  const b = shingled(EDITED);
  assert.ok(jaccard(a.shingles, b.shingles) < 0.8, `Jaccard ${jaccard(a.shingles, b.shingles)}`);
  assert.ok(copiedShare(a, b, 5) > 0.85, `share ${copiedShare(a, b, 5)}`);
});

void test("charges a changed word about one word, whatever the shingle size", () => {
  const changed = WIRE.replace("shortage", "lack");
  for (const k of [3, 5, 8]) {
    const share = copiedShare(shingled(WIRE, k), shingled(changed, k), k);
    const words = shingled(WIRE, k).words;
    assert.ok(Math.abs(share - (words - 1) / words) < 1e-9, `k=${k}: ${share}`);
  }
});

void test("an exact copy is reported once, not as near-duplicate", () => {
  const index = new DuplicateIndex();
  index.add("a", WIRE);
  const copy = index.add("b", WIRE.toUpperCase().replace(/\n\n/g, " "));
  assert.deepEqual(copy, { exactOf: "a", identical: ["a"], near: [] });
  assert.deepEqual(index.add("c", WIRE), { exactOf: "a", identical: ["a", "b"], near: [] });
  assert.equal(index.stats.indexed, 1);
  const links = findReuse([{ id: "a", text: WIRE }, { id: "b", text: WIRE }]);
  assert.deepEqual(links.map((l) => [l.a, l.b, l.kind]), [["a", "b", "duplicate"]]);
});

void test("links an exact copy to the near-copies of its original, in any arrival order", () => {
  for (const order of [["orig", "near", "same"], ["orig", "same", "near"], ["near", "orig", "same"]]) {
    const texts: Record<string, string> = { orig: WIRE, near: EDITED, same: WIRE };
    const index = new DuplicateIndex();
    const pairs = new Set<string>();
    for (const id of order) {
      const m = index.add(id, texts[id] as string);
      for (const other of m.identical) pairs.add(`${[id, other].sort().join("=")}`);
      for (const n of m.near) pairs.add(`${[id, n.id].sort().join("~")}`);
    }
    assert.deepEqual([...pairs].sort(), ["near~orig", "near~same", "orig=same"], order.join(","));
  }
  const kinds = findReuse([{ id: "c", text: EDITED }, { id: "b", text: WIRE }, { id: "a", text: WIRE }]).map((l) => `${l.a}-${l.b} ${l.kind}`);
  assert.deepEqual(kinds, ["a-b duplicate", "a-c near-duplicate", "b-c near-duplicate"]);
});

void test("does not link two articles that share only boilerplate", () => {
  const index = new DuplicateIndex();
  index.add("port", WIRE + FOOTER);
  assert.deepEqual(index.add("farm", FARM + FOOTER).near, []);
  const share = copiedShare(shingled(WIRE + FOOTER), shingled(FARM + FOOTER), 5);
  assert.ok(share > 0.2 && share < 0.5, `share ${share}`);
  assert.ok(!findReuse([{ id: "p", text: WIRE + FOOTER }, { id: "f", text: FARM + FOOTER }]).some((l) => l.kind === "near-duplicate"));
});

void test("a copy that cuts the last paragraph is a near-duplicate; one that adds as much new text again is not", () => {
  const cut = WIRE.slice(0, WIRE.lastIndexOf("\n\n"));
  const doubled = `${WIRE}\n\n${FARM} ${FARM.replace(/a/g, "o")}`;
  const index = new DuplicateIndex();
  index.add("wire", WIRE);
  assert.deepEqual(index.add("cut", cut).near.map((n) => n.id), ["wire"]);
  assert.deepEqual(index.add("doubled", doubled).near.map((n) => n.id), []);
});

void test("never links texts without words, and rejects a repeated id and bad options", () => {
  const index = new DuplicateIndex();
  assert.deepEqual(index.add("e1", "— … —"), { exactOf: null, identical: [], near: [] });
  assert.deepEqual(index.add("e2", ""), { exactOf: null, identical: [], near: [] });
  assert.throws(() => index.add("e1", WIRE), OptionError);
  assert.throws(() => new DuplicateIndex({ threshold: 0 }), OptionError);
  assert.throws(() => new DuplicateIndex({ threshold: 1.5 }), OptionError);
  assert.throws(() => new DuplicateIndex({ bands: 40, rows: 2 }), /bands × rows must fit the signature/);
  assert.throws(() => new DuplicateIndex({ maxBucket: 0 }), OptionError);
  assert.deepEqual(new DuplicateIndex().settings, { shingleSize: 5, numHashes: 64, bands: 32, rows: 2, threshold: 0.8, maxBucket: 50 });
});

void test("banding with 2 rows finds pairs of shingle Jaccard 0.45 and more with probability > 0.999", () => {
  assert.ok(LshIndex.candidateProbability(0.45, 32, 2) > 0.999);
  assert.ok(LshIndex.candidateProbability(0.05, 32, 2) < 0.08);
});

void test("a full LSH bucket keeps its first items, which later items still find", () => {
  const lsh = new LshIndex({ bands: 2, rows: 1, maxBucket: 3 });
  const sig = Uint32Array.of(7, 9);
  for (let id = 0; id < 5; id++) assert.deepEqual(lsh.addAndQuery(id, sig), [0, 1, 2].slice(0, id));
  assert.deepEqual(lsh.query(sig), [0, 1, 2]);
  assert.deepEqual(lsh.query(Uint32Array.of(7, 8)), [0, 1, 2]);
  assert.deepEqual(lsh.query(Uint32Array.of(8, 7)), []);
  assert.equal(lsh.size, 5);
  assert.throws(() => lsh.add(-1, sig), OptionError);
  assert.throws(() => lsh.query(Uint32Array.of(1)), OptionError);
});

void test("the LSH table keeps every bucket apart as it grows", () => {
  const lsh = new LshIndex({ bands: 4, rows: 2 });
  const sig = (i: number): Uint32Array => Uint32Array.from({ length: 8 }, (_, s) => i * 8 + s);
  for (let i = 0; i < 5000; i++) lsh.add(i, sig(i));
  for (const i of [0, 1234, 4999]) assert.deepEqual(lsh.query(sig(i)), [i]);
  assert.deepEqual(lsh.query(sig(5000)), []);
});

void test("a MinHash slot does not depend on how many slots are computed", () => {
  const shingles = shingled(WIRE).shingles;
  const seven = new MinHasher({ numHashes: 7, seed: 3 }).signature(shingles);
  const five = new MinHasher({ numHashes: 5, seed: 3 }).signature(shingles);
  assert.deepEqual([...seven.subarray(0, 5)], [...five]);
  assert.ok(new Set(seven).size > 1);
});
