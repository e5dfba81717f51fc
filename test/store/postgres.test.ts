/**
 * @module Runs the store conformance suite on a Postgres server (TRIANGULATE_TEST_PG_URL or
 * DATABASE_URL; `.ci/postgres.sh` starts one) in a fresh schema, emptied between tests and
 * dropped at the end. Without a URL the suite is skipped, saying why.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { openStore } from "../../src/store/open.ts";
import type { Store } from "../../src/store/types.ts";
import { defineStoreConformance } from "./conformance.ts";

const url = process.env["TRIANGULATE_TEST_PG_URL"] ?? process.env["DATABASE_URL"] ?? "";
const schema = `t_${randomBytes(6).toString("hex")}`;
let shared: Store | null = null;
let other: Store | null = null;

defineStoreConformance(
  "Postgres server",
  async () => {
    shared ??= await openStore({ databaseUrl: url, schema, poolSize: 4 });
    const store = shared;
    return {
      store,
      second: async () => (other ??= await openStore({ databaseUrl: url, schema, poolSize: 4 })),
      dispose: () => store.clear(),
    };
  },
  {
    skip:
      url === ""
        ? "no Postgres server: set DATABASE_URL or TRIANGULATE_TEST_PG_URL (eval \"$(.ci/postgres.sh)\" starts one)"
        : false,
    async after() {
      await shared?.close();
      await other?.close();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`drop schema if exists ${schema} cascade`);
      } finally {
        await client.end();
      }
    },
  },
);
