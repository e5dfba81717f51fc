/** @module The server's worker pipeline: the real analysis runs in a worker thread and returns the same report; past its time budget it is stopped and the call fails with AnalysisTimeout. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { AnalysisTimeout, workerPipeline } from "./worker-pipeline.ts";
import { defaultPipeline } from "../store/pipeline-port.ts";
import type { Article } from "../types.ts";

const article: Article = {
  id: "a1",
  origin: "a1.txt",
  outlet: "Harbour News",
  title: "Port reopens",
  published: "2026-03-10T00:00:00Z",
  language: "en",
  url: null,
  text: "Port reopens\n\nThe port of Varnholm reopened on Tuesday after a two-day storm, harbour officials said. Ferries resumed at noon.",
  format: "txt",
} as unknown as Article;

test("analysis in the worker gives the report the in-process pipeline gives", { timeout: 120_000 }, async () => {
  const w = await workerPipeline({ timeoutMs: 90_000 });
  try {
    const options = { generatedAt: "2026-03-10T00:00:00Z" };
    const [fromWorker, inProcess] = await Promise.all([w.analyze([article], options), (await defaultPipeline()).analyze([article], options)]);
    assert.deepEqual(fromWorker, inProcess);
    assert.ok(fromWorker.facts.length > 0);
  } finally {
    await w.close();
  }
});

test("an analysis past its time budget is stopped and fails with AnalysisTimeout; the next call works", { timeout: 120_000 }, async () => {
  const w = await workerPipeline({ timeoutMs: 1 });
  try {
    await assert.rejects(w.analyze([article], {}), (e: unknown) => e instanceof AnalysisTimeout);
  } finally {
    await w.close();
  }
});

test("the worker pipeline offers every step the default pipeline offers (clustering and the rest stay in process)", async () => {
  const w = await workerPipeline();
  try {
    assert.deepEqual(Object.keys(w).filter((k) => k !== "close").sort(), Object.keys(await defaultPipeline()).sort());
  } finally {
    await w.close();
  }
});
