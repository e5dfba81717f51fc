/**
 * @module The server's analysis worker: runs the real pipeline (store/pipeline-port.ts) on the
 * articles of one story per message, off the thread that answers requests.
 */
import { parentPort } from "node:worker_threads";
import type { Report } from "../report/types.ts";
import { defaultPipeline } from "../store/pipeline-port.ts";
import { serveRequests } from "./timed-worker.ts";
import type { AnalysisRequest } from "./worker-pipeline.ts";

serveRequests<AnalysisRequest, Report>(parentPort, async (m) => (await defaultPipeline()).analyze(m.articles, m.options));
