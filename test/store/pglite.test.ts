/**
 * @module Runs the store conformance suite on embedded PGlite in a temporary data folder (one
 * store for the suite, emptied between tests: opening PGlite costs seconds), and checks that
 * the data folder keeps everything across close and reopen.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { it } from "node:test";
import assert from "node:assert/strict";
import { openStore } from "../../src/store/open.ts";
import type { Store } from "../../src/store/types.ts";
import { defineStoreConformance } from "./conformance.ts";
import { BRIDGE_A, fakeReport } from "./fixtures.ts";

let shared: { dir: string; store: Store } | null = null;

defineStoreConformance(
  "PGlite (data folder)",
  async () => {
    if (shared === null) {
      const dir = await mkdtemp(path.join(tmpdir(), "triangulate-store-"));
      shared = { dir, store: await openStore({ dataDir: dir, databaseUrl: null }) };
    }
    const { store } = shared;
    return { store, dispose: () => store.clear() };
  },
  {
    async after() {
      if (shared === null) return;
      await shared.store.close();
      await rm(shared.dir, { recursive: true, force: true });
    },
  },
);

it("keeps articles, stories and reports in the data folder across close and reopen", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "triangulate-store-"));
  try {
    const first = await openStore({ dataDir: dir, databaseUrl: null });
    await first.addArticles([BRIDGE_A], { storyId: "s", storyTitle: "Bridge" });
    await first.saveAnalysis("s", fakeReport([BRIDGE_A]));
    await first.close();
    const again = await openStore({ dataDir: dir, databaseUrl: null });
    assert.equal(again.backend, "pglite");
    assert.equal((await again.getArticle(BRIDGE_A.id))?.text, BRIDGE_A.text);
    assert.deepEqual(await again.getReport("s"), fakeReport([BRIDGE_A]));
    await again.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
