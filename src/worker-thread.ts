/**
 * @module A worker thread running one of this project's modules. From the build (.js) the module
 * runs as is; from source (.ts, as under tsx) tsx's loader is registered in the thread first, since
 * a worker does not inherit the loader hooks of the thread that starts it.
 */
import { Worker, type WorkerOptions } from "node:worker_threads";

export function projectWorker(url: URL, options: WorkerOptions = {}): Worker {
  if (!url.href.endsWith(".ts")) return new Worker(url, options);
  const boot = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(boot, { ...options, eval: true });
}
