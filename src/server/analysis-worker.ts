/**
 * @module The server's analysis worker: runs the real pipeline (store/pipeline-port.ts) on the
 * articles of one story per message, off the thread that answers requests.
 */
import { parentPort } from "node:worker_threads";
import { defaultPipeline } from "../store/pipeline-port.ts";
import type { AnalysisRequest, AnalysisReply } from "./worker-pipeline.ts";

parentPort?.on("message", (m: AnalysisRequest) => {
  void (async (): Promise<AnalysisReply> => {
    try {
      const pipeline = await defaultPipeline();
      return { id: m.id, report: await pipeline.analyze(m.articles, m.options) };
    } catch (err) {
      return { id: m.id, error: err instanceof Error ? err.message : String(err) };
    }
  })().then((reply) => parentPort?.postMessage(reply));
});
