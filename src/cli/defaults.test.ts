/** @module The CLI's copies of the store and server defaults (kept so `analyze` loads neither) match the originals. */
import { it } from "node:test";
import assert from "node:assert/strict";
import { DEFAULT_DATA_DIR, DEFAULT_HOST, DEFAULT_PORT } from "./store-commands.ts";
import { DEFAULT_DATA_DIR as STORE_DATA_DIR } from "../store/open.ts";
import { DEFAULT_HOST as SERVE_HOST, DEFAULT_PORT as SERVE_PORT } from "../server/serve.ts";

it("shows the same --data, --host and --port defaults as the store and the server use", () => {
  assert.equal(DEFAULT_DATA_DIR, STORE_DATA_DIR);
  assert.equal(DEFAULT_HOST, SERVE_HOST);
  assert.equal(DEFAULT_PORT, SERVE_PORT);
});
