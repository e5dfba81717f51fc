/**
 * @module One queue worker process for the watch benchmark: opens the store (schema from argv) and
 * the job queue, warms the real pipeline (models loaded, one tiny analysis) outside the timing,
 * prints "ready", then works until SIGTERM.
 * Usage: node --import tsx bench/watch/worker.ts DATABASE_URL SCHEMA
 */
import { openStore } from "../../src/store/open.ts";
import { defaultPipeline } from "../../src/store/pipeline-port.ts";
import { openQueue, startWorker } from "../../src/watch/queue.ts";

const [url = "", schema = ""] = process.argv.slice(2);
const store = await openStore({ databaseUrl: url, schema, poolSize: 4 });
const queue = await openQueue({ databaseUrl: url, schema, log: (l) => process.stderr.write(`${l}\n`) });
const pipeline = await defaultPipeline();
await pipeline.analyze([{ id: "warm", origin: "warm.txt", outlet: "Warm", url: null, title: "Warm-up", published: null, byline: null, language: "en", format: "txt", text: "The council approved the bridge on Monday. It will cost 12 million euros." }], {});
await startWorker(queue, { store, pipeline }, { pollingIntervalSeconds: 0.5 });
process.stdout.write("ready\n");
process.once("SIGTERM", () => {
  void queue.close().finally(() => store.close().finally(() => process.exit(0)));
});
