/**
 * @module What the store's query modules share: the `Db` handle they run on (the pool, or the
 * transaction a write joins) and `chunks`, which splits long lists so that no `in (...)` or
 * multi-row insert carries more parameters than one statement should.
 */
import type { Kysely, Transaction } from "kysely";
import type { Database } from "./schema.ts";

export type Db = Kysely<Database> | Transaction<Database>;

const CHUNK = 500;

export function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
