/** @module Tests of the vector step's bound: tight enough to stop a short sentence against a long one, never below what the step reaches. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mayReach, OpenBound } from "./open-bound.ts";
import { sentenceFeatures } from "./features.ts";
import { buildIdf } from "./idf.ts";
import { SOFT_CREDIT, termOverlap, VECTOR_CREDIT } from "./term-overlap.ts";

const credits = (ca: number[], cb: number[]) => ({ ca: Float64Array.from(ca), cb: Float64Array.from(cb), wa: new Float64Array(ca.length).fill(1), wb: new Float64Array(cb.length).fill(1) });

test("one open term of a short sentence can cover only one open term of a long one", () => {
  // a: one term matched, one open; b: one matched, five open. Best case: pa = 1.6/2, pb = 1.6/6, F = 0.4.
  const c = () => credits([1, 0], [1, 0, 0, 0, 0, 0]);
  const rows = (n: number) => Int32Array.from({ length: n }, (_, i) => i);
  assert.equal(new OpenBound(c(), rows(2), rows(6), 0.5, VECTOR_CREDIT).reaches(), false);
  assert.equal(new OpenBound(c(), rows(2), rows(6), 0.4, VECTOR_CREDIT).reaches(), true);
  // Once the open term was tried without a match, nothing more can be gained.
  const bound = new OpenBound(c(), rows(2), rows(6), 0.3, VECTOR_CREDIT);
  assert.equal(bound.reaches(), true);
  assert.equal(bound.tried(1, -1), false);
});

test("after the exact matches, one open term of a can lift only one term of b", () => {
  // a: one exact, one open (soft-eligible); b: one exact, three open. Best case: pa = 1.8/2, pb = 1.8/4, F = 0.6.
  const a = { softOk: Uint8Array.from([0, 1]), vecRows: Int32Array.from([-1, 3]) };
  const b = { softOk: Uint8Array.from([0, 1, 1, 1]), vecRows: Int32Array.from([-1, 1, 2, 3]) };
  const c = credits([1, 0], [1, 0, 0, 0]);
  assert.equal(mayReach(a, b, c, 0.61, SOFT_CREDIT, VECTOR_CREDIT), false);
  assert.equal(mayReach(a, b, c, 0.6, SOFT_CREDIT, VECTOR_CREDIT), true);
  // A term that may match neither softly nor by vectors adds nothing.
  const plain = { softOk: Uint8Array.from([0, 0]), vecRows: Int32Array.from([-1, -1]) };
  // pa = 1/2, pb = 1/4: F = 1/3.
  assert.equal(mayReach(plain, b, c, 0.34, SOFT_CREDIT, VECTOR_CREDIT), false);
  assert.equal(mayReach(plain, b, c, 0.33, SOFT_CREDIT, VECTOR_CREDIT), true);
});

test("with a floor, term overlap is exact at or above it and below it otherwise", () => {
  const texts = [
    "A fire broke out at the warehouse on Monday night and firefighters fought the blaze for hours.",
    "The blaze destroyed the warehouse.",
    "Firefighters battled a fire that gutted a storage building late on Monday.",
    "The actress checked into a rehab facility, her representative said.",
    "She entered rehabilitation last week, a spokesman for the actress confirmed.",
    "Police arrested a man suspected of starting the fire at the depot.",
    "A suspect was detained by officers after the warehouse blaze.",
    "The earthquake killed at least 300 people and injured thousands more in the region.",
    "Hundreds died when the quake struck the region.",
    "Officials said the death toll from the earthquake could rise.",
  ];
  const fs = texts.map(sentenceFeatures);
  const idf = buildIdf(fs);
  let below = 0;
  for (const a of fs)
    for (const b of fs) {
      const exact = termOverlap(a, b, idf, { vectors: true }).f;
      for (let floor = 0.05; floor < 1; floor += 0.05) {
        const got = termOverlap(a, b, idf, { vectors: true, floor }).f;
        if (exact >= floor) assert.equal(got, exact);
        else {
          assert.ok(got < floor, `${got} ≥ floor ${floor} though the overlap is ${exact}`);
          below++;
        }
      }
    }
  assert.ok(below > 0);
});
