/**
 * @module Fuzz worker: runs one case at a time, as `triangulate analyze CASE GOOD` would (read both,
 * analyze them), and says whether the batch survived: no exception, the good file's article in the
 * report, the bad input either read or reported as an input error naming it.
 */
import { parentPort } from "node:worker_threads";
import { analyzeArticles, ingest, loadKnowledge } from "../../src/index.ts";
import { useWordVectors } from "../../src/knowledge/vectors.ts";

export interface CaseMessage {
  readonly casePath: string;
  readonly goodPath: string;
}

export interface CaseReply {
  readonly ok: boolean;
  readonly why: string;
  readonly ms: number;
  readonly heapMb: number;
  readonly articles: number;
  readonly errors: number;
}

useWordVectors(null);
const kb = loadKnowledge();

parentPort?.on("message", (m: CaseMessage) => {
  void run(m).then((reply) => parentPort?.postMessage(reply));
});

async function run(m: CaseMessage): Promise<CaseReply> {
  const started = performance.now();
  try {
    const { articles, errors } = await ingest([m.casePath, m.goodPath]);
    const report = await analyzeArticles(articles, { kb, errors, generatedAt: "2000-01-01T00:00:00Z" });
    const ms = performance.now() - started;
    const heapMb = process.memoryUsage().heapUsed / 1048576;
    const good = report.articles.some((a) => a.origin === m.goodPath);
    const bad = report.articles.some((a) => a.origin.startsWith(m.casePath)) || report.errors.some((e) => e.origin.startsWith(m.casePath));
    const why = !good ? "the good file's article is missing" : !bad ? "the bad input is neither read nor reported" : "";
    return { ok: why === "", why, ms, heapMb, articles: report.articles.length, errors: report.errors.length };
  } catch (err) {
    return { ok: false, why: `threw: ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`, ms: performance.now() - started, heapMb: process.memoryUsage().heapUsed / 1048576, articles: 0, errors: 0 };
  }
}
