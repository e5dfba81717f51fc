/** @module One worker thread, one request at a time, each within its time budget: a stuck request stops the thread and fails alone; the next request runs on a new thread. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { timedWorker } from "./timed-worker.ts";
import type { EchoRequest } from "./fixtures/echo-thread.ts";

const THREAD = new URL("./fixtures/echo-thread.ts", import.meta.url);
class Stuck extends Error {}

test("answers requests in order and passes a thread's error on as a rejection", { timeout: 60_000 }, async () => {
  const w = timedWorker<EchoRequest, string>(THREAD, { timeoutMs: 30_000, onTimeout: () => new Stuck() });
  try {
    const [a, b] = await Promise.all([w.call({ echo: "first" }), w.call({ echo: "second" })]);
    assert.deepEqual([a, b], ["first", "second"]);
    await assert.rejects(w.call({ fail: "no such page" }), /no such page/);
    assert.equal(await w.call({ echo: "after a failure" }), "after a failure");
    assert.equal(w.pending, 0);
  } finally {
    await w.close();
  }
});

test("a request past its budget stops the thread and fails with the timeout error; the request queued behind it still runs", { timeout: 60_000 }, async () => {
  const w = timedWorker<EchoRequest, string>(THREAD, { timeoutMs: 4000, onTimeout: () => new Stuck() });
  try {
    const stuck = w.call({ spin: true });
    const behind = w.call({ echo: "still served" });
    await assert.rejects(stuck, (e: unknown) => e instanceof Stuck);
    assert.equal(await behind, "still served");
  } finally {
    await w.close();
  }
});

test("closing fails the waiting requests and refuses new ones", { timeout: 60_000 }, async () => {
  const w = timedWorker<EchoRequest, string>(THREAD, { timeoutMs: 30_000, onTimeout: () => new Stuck() });
  const stuck = assert.rejects(w.call({ spin: true }), /closed/);
  const waiting = assert.rejects(w.call({ echo: "never" }), /closed/);
  await w.close();
  await Promise.all([stuck, waiting]);
  await assert.rejects(w.call({ echo: "late" }), /closed/);
});
