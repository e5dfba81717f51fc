/** @module Tests of the online TF-IDF vectors, the typed-array centroids and the vector pool. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { VectorPool } from "./pool.ts";
import { Centroid } from "./centroid.ts";
import { DenseQuery, OnlineIdf, type SparseVector } from "./vectors.ts";

function vec(entries: readonly [number, number][]): SparseVector {
  const norm = Math.sqrt(entries.reduce((s, [, w]) => s + w * w, 0));
  return { ids: Int32Array.from(entries.map(([id]) => id)), weights: Float32Array.from(entries.map(([, w]) => w / norm)) };
}

/** Brute-force cosine of the sum of `members` (kept whole) with `v`. */
function bruteCosine(members: readonly SparseVector[], v: SparseVector): number {
  const sum = new Map<number, number>();
  for (const m of members) m.ids.forEach((id, i) => sum.set(id, (sum.get(id) ?? 0) + (m.weights[i] as number)));
  let dot = 0;
  v.ids.forEach((id, i) => (dot += (v.weights[i] as number) * (sum.get(id) ?? 0)));
  const norm = Math.sqrt([...sum.values()].reduce((s, w) => s + w * w, 0));
  return norm === 0 ? 0 : dot / norm;
}

void test("a centroid's cosine with a loaded query equals the cosine with the sum of its members", () => {
  const members = [vec([[3, 2], [7, 1], [900, 1]]), vec([[7, 3], [2, 1]]), vec([[5000, 1], [3, 1]])];
  const c = new Centroid(100);
  for (const m of members) c.add(m);
  const q = new DenseQuery();
  for (const v of [vec([[7, 1], [3, 1]]), vec([[5000, 2], [11, 1]]), vec([[12, 1]])]) {
    q.load(v);
    assert.ok(Math.abs(c.cosineDense(q) - bruteCosine(members, v)) < 1e-6);
  }
  assert.deepEqual(
    c.cosines(members).map((x) => Math.round(x * 1e6)),
    members.map((m) => Math.round(bruteCosine(members, m) * 1e6)),
  );
});

void test("clearing a dense query leaves no weight behind for the next one", () => {
  const c = new Centroid(10);
  c.add(vec([[1, 1]]));
  const q = new DenseQuery();
  q.load(vec([[1, 1]]));
  assert.ok(c.cosineDense(q) > 0.99);
  q.load(vec([[2, 1]]));
  assert.equal(c.cosineDense(q), 0);
  q.clear();
  assert.equal(c.cosineDense(q), 0);
});

void test("a pruned centroid keeps its strongest features", () => {
  const c = new Centroid(2);
  c.add(vec([[1, 5], [2, 4], [3, 1], [4, 1], [5, 1]]));
  const q = new DenseQuery();
  q.load(vec([[3, 1], [4, 1], [5, 1]]));
  assert.equal(c.cosineDense(q), 0);
  q.load(vec([[1, 1]]));
  assert.ok(c.cosineDense(q) > 0.7);
});

void test("online IDF weights a rare feature above a common one", () => {
  const idf = new OnlineIdf();
  for (let i = 0; i < 5; i++) idf.addAndVectorize(new Map([["common", 1]]), 10);
  const v = idf.addAndVectorize(new Map([["common", 1], ["rare", 1]]), 10);
  assert.equal(v.ids[0], 1);
  assert.ok((v.weights[0] as number) > (v.weights[1] as number));
});

void test("the cosine of two centroids equals the cosine of their members' sums", () => {
  const left = [vec([[3, 2], [7, 1]]), vec([[7, 3], [2, 1]])];
  const right = [vec([[7, 1], [3, 1]]), vec([[5000, 2], [2, 1]])];
  const a = new Centroid(100);
  const b = new Centroid(100);
  for (const m of left) a.add(m);
  for (const m of right) b.add(m);
  const sum = (ms: readonly SparseVector[]): Map<number, number> => {
    const out = new Map<number, number>();
    for (const m of ms) m.ids.forEach((id, i) => out.set(id, (out.get(id) ?? 0) + (m.weights[i] as number)));
    return out;
  };
  const sa = sum(left);
  const sb = sum(right);
  const dot = [...sa].reduce((s, [id, w]) => s + w * (sb.get(id) ?? 0), 0);
  const norm = (m: Map<number, number>): number => Math.sqrt([...m.values()].reduce((s, w) => s + w * w, 0));
  assert.ok(Math.abs(a.cosineCentroid(b) - dot / (norm(sa) * norm(sb))) < 1e-6);
  assert.ok(Math.abs(a.cosineCentroid(b) - b.cosineCentroid(a)) < 1e-9);
  assert.equal(a.cosineCentroid(new Centroid(10)), 0);
});

void test("adding one centroid to another gives the centroid of both stories' members", () => {
  const members = [vec([[3, 2], [7, 1]]), vec([[7, 3], [2, 1]]), vec([[5000, 1], [3, 1]])];
  const merged = new Centroid(100);
  merged.add(members[0] as SparseVector);
  const other = new Centroid(100);
  other.add(members[1] as SparseVector);
  other.add(members[2] as SparseVector);
  merged.addCentroid(other);
  const q = new DenseQuery();
  for (const v of [vec([[7, 1], [3, 1]]), vec([[5000, 2]])]) {
    q.load(v);
    assert.ok(Math.abs(merged.cosineDense(q) - bruteCosine(members, v)) < 1e-6);
  }
});

void test("pooled vectors read back as they were added, after the vocabulary's scratch is reused", () => {
  const idf = new OnlineIdf();
  const pool = new VectorPool();
  const first = pool.add(idf.addAndVectorize(new Map([["flood", 2], ["dam", 1]]), 10));
  const kept = { ids: [...pool.view(first).ids], weights: [...pool.view(first).weights] };
  const second = pool.add(idf.addAndVectorize(new Map([["chess", 1], ["title", 1], ["final", 3]]), 10));
  assert.deepEqual({ ids: [...pool.view(first).ids], weights: [...pool.view(first).weights] }, kept);
  assert.equal(pool.view(second).ids.length, 3);
  assert.equal(pool.size, 2);
  assert.throws(() => pool.view(2), RangeError);
});

test("the pool keeps an empty vector first (an article with no words left), then others", () => {
  const pool = new VectorPool();
  const empty = pool.add({ ids: new Int32Array(0), weights: new Float32Array(0) });
  const full = pool.add({ ids: Int32Array.from([3, 7]), weights: Float32Array.from([0.5, 0.25]) });
  assert.equal(pool.view(empty).ids.length, 0);
  assert.deepEqual([...pool.view(full).ids], [3, 7]);
});
