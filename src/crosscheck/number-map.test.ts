/** @module Tests of NumberMap against a Map on seeded random operations. */
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { NumberMap } from "./number-map.ts";

test("NumberMap answers as a Map<number, number> through sets, overwrites, deletes, growth and clears", () => {
  let seed = 12345;
  const rand = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  const map = new Map<number, number>();
  const ours = new NumberMap();
  for (let step = 0; step < 60_000; step++) {
    const key = rand(3) === 0 ? rand(50) * 4294967296 + rand(7) : rand(5000);
    const op = rand(10);
    if (op < 5) {
      map.set(key, step / 7);
      ours.set(key, step / 7);
    } else if (op < 8) assert.equal(ours.delete(key), map.delete(key));
    else if (step % 20_000 === 0) {
      map.clear();
      ours.clear();
    }
    assert.equal(ours.get(key), map.get(key));
    assert.equal(ours.size, map.size);
  }
  for (const [k, v] of map) assert.equal(ours.get(k), v);
  assert.equal(ours.get(2 ** 52 + 1), undefined);
});
