/**
 * @module One writer at a time across processes on Postgres: a session advisory lock taken on a
 * connection of its own and keyed by the schema, held while `fn` runs on the pool's other
 * connections. Readers are not blocked.
 */
import { sql, type Kysely } from "kysely";
import type { Database } from "./schema.ts";

export function withAdvisoryWriteLock<T>(db: Kysely<Database>, fn: () => Promise<T>): Promise<T> {
  return db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(hashtext('triangulate:write:' || current_schema()))`.execute(conn);
    try {
      return await fn();
    } finally {
      await sql`select pg_advisory_unlock(hashtext('triangulate:write:' || current_schema()))`.execute(conn);
    }
  });
}
