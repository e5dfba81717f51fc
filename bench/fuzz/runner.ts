/**
 * @module Runs fuzz cases in a worker thread, one at a time, each with a time budget: a case over
 * budget is a hang (the worker is stopped and a new one started), a worker that dies (out of
 * memory, a native crash) is a crash. Each case is written to a temporary folder beside one good
 * file and read as `analyze` would.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Worker } from "node:worker_threads";
import { projectWorker } from "../../src/worker-thread.ts";
import type { FuzzCase } from "./cases.ts";
import type { CaseReply } from "./worker.ts";

export interface CaseResult extends CaseReply {
  readonly name: string;
  readonly outcome: "ok" | "failed" | "hang" | "crash";
}

export interface RunOptions {
  readonly budgetMs: number;
  /** Old-generation heap limit of the worker, MB (a case over it is a crash). */
  readonly heapLimitMb?: number;
  readonly onResult?: (r: CaseResult, done: number) => void;
}

const GOOD = "Heavy rain closed the port of Varnholm on Tuesday, harbour officials said.\n\nFerries to the islands were cancelled and two cargo ships waited outside the breakwater.";

export async function runCases(cases: readonly FuzzCase[], options: RunOptions): Promise<CaseResult[]> {
  const dir = mkdtempSync(join(tmpdir(), "triangulate-fuzz-"));
  const goodPath = join(dir, "good-article.txt");
  writeFileSync(goodPath, GOOD);
  const results: CaseResult[] = [];
  let worker: Worker | null = null;
  const start = (): Worker => projectWorker(new URL("./worker.ts", import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: options.heapLimitMb ?? 2048 } });
  try {
    for (const [i, c] of cases.entries()) {
      const caseDir = join(dir, `case-${i}`);
      const casePath = join(caseDir, c.file);
      // A folder per case, so names never clash and a folder walk sees only this case.
      rmSync(caseDir, { recursive: true, force: true });
      mkdirSync(caseDir, { recursive: true });
      writeFileSync(casePath, c.bytes);
      worker ??= start();
      const w = worker;
      const result = await new Promise<CaseResult>((resolve) => {
        const started = performance.now();
        const timer = setTimeout(() => {
          cleanup();
          void w.terminate();
          worker = null;
          resolve({ name: c.name, outcome: "hang", ok: false, why: `over the ${options.budgetMs} ms budget`, ms: performance.now() - started, heapMb: 0, articles: 0, errors: 0 });
        }, options.budgetMs);
        const onMessage = (reply: CaseReply): void => {
          cleanup();
          resolve({ ...reply, name: c.name, outcome: reply.ok ? "ok" : "failed" });
        };
        const onExit = (code: number): void => {
          cleanup();
          worker = null;
          resolve({ name: c.name, outcome: "crash", ok: false, why: `the worker died (exit ${code})`, ms: performance.now() - started, heapMb: 0, articles: 0, errors: 0 });
        };
        const onError = (err: Error): void => {
          cleanup();
          void w.terminate();
          worker = null;
          resolve({ name: c.name, outcome: "crash", ok: false, why: `the worker died: ${err.message}`, ms: performance.now() - started, heapMb: 0, articles: 0, errors: 0 });
        };
        function cleanup(): void {
          clearTimeout(timer);
          w.off("message", onMessage);
          w.off("exit", onExit);
          w.off("error", onError);
        }
        w.on("message", onMessage);
        w.on("exit", onExit);
        w.on("error", onError);
        w.postMessage({ casePath, goodPath });
      });
      results.push(result);
      options.onResult?.(result, i + 1);
      rmSync(caseDir, { recursive: true, force: true });
    }
  } finally {
    if (worker) await (worker).terminate();
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}
