/**
 * @module The server's body-reading worker: turns one POST body per message into articles with
 * ingest's readers and language identification (records.ts `readPostedBody`), off the thread that
 * answers requests, so a hostile page (deep markup, an endless token, an entity flood) never stalls
 * the readers.
 */
import { parentPort } from "node:worker_threads";
import { parseContent, withLanguages } from "../ingest/index.ts";
import { readPostedBody, type BodyOutcome, type PostedBody } from "./records.ts";
import { serveRequests } from "./timed-worker.ts";

serveRequests<PostedBody, BodyOutcome>(parentPort, (body) =>
  readPostedBody(body, (origin, bytes, options) => withLanguages(parseContent(origin, bytes, options))),
);
