/**
 * @module kill -9 during ingest, in CI: three kills at random moments of a real `triangulate ingest`
 * into an embedded store; after each the store opens and has lost nothing it held, and a last
 * ingest stores every article once. `npm run bench -- durability` runs twenty.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { durability } from "./run.ts";

test("three kill -9 during ingest: the store opens after each, nothing committed is lost, a last ingest completes it", { timeout: 300_000 }, async () => {
  const r = await durability({ kills: 3, records: 120, seed: 11 });
  for (const k of r.kills) {
    assert.ok(k.opened, `the store did not open after a kill at ${k.delayMs} ms`);
    assert.equal(k.lost, 0, `lost ${k.lost} articles after a kill at ${k.delayMs} ms`);
  }
  assert.ok(r.finalOpened);
  assert.equal(r.final, r.expected);
});
