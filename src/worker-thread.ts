/**
 * @module A worker thread running one of this project's modules. From the build (.js) the module
 * runs as is; from source (.ts, as under tsx) tsx's loader is registered in the thread first, since
 * a worker does not inherit the loader hooks of the thread that starts it. Node's worker_threads
 * module is loaded on the first thread started: an analysis that stays on one thread (a few
 * articles) never loads it.
 */
import { createRequire } from "node:module";
import type * as WorkerThreads from "node:worker_threads";

const require = createRequire(import.meta.url);

export function projectWorker(url: URL, options: WorkerThreads.WorkerOptions = {}): WorkerThreads.Worker {
  const { Worker } = require("node:worker_threads") as typeof WorkerThreads;
  if (!url.href.endsWith(".ts")) return new Worker(url, options);
  const boot = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(boot, { ...options, eval: true });
}
