/**
 * @module The store's alert and watch queries: alerts inserted once per key (on conflict nothing),
 * read by time, seq or story; each watched source's validators and backoff; delivery cursors; and
 * named locks (a session advisory lock on Postgres, an in-process queue on PGlite).
 */
import { sql, type Kysely } from "kysely";
import type { Alert, AlertQuery, NewAlert } from "../alerts/types.ts";
import type { Database } from "./schema.ts";
import { clampLimit, toIso, toNumber } from "./rows.ts";
import type { WatchState } from "./types.ts";
import type { Db } from "./sql-kit.ts";

interface AlertRow {
  seq: unknown;
  key: string;
  kind: string;
  story_id: string;
  fact_id: string | null;
  title: string;
  data: unknown;
  created_at: unknown;
}

function rowToAlert(row: AlertRow): Alert {
  const data = (typeof row.data === "string" ? JSON.parse(row.data) : row.data) as Partial<NewAlert>;
  return {
    seq: toNumber(row.seq),
    key: row.key,
    kind: row.kind as Alert["kind"],
    storyId: row.story_id,
    storyTitle: data.storyTitle ?? "",
    factId: row.fact_id,
    title: row.title,
    summary: data.summary ?? "",
    evidence: data.evidence ?? [],
    createdAt: toIso(row.created_at),
  };
}

const ALERT_COLUMNS = ["seq", "key", "kind", "story_id", "fact_id", "title", "data", "created_at"] as const;

/** Inserts the alerts whose key is new; returns those (in order), not the ones already stored. */
export async function insertAlerts(db: Db, alerts: readonly NewAlert[]): Promise<Alert[]> {
  const out: Alert[] = [];
  const seen = new Set<string>();
  for (const alert of alerts) {
    if (seen.has(alert.key)) continue;
    seen.add(alert.key);
    const row = await db
      .insertInto("alerts")
      .values({
        key: alert.key,
        kind: alert.kind,
        story_id: alert.storyId,
        fact_id: alert.factId,
        title: alert.title,
        data: JSON.stringify({ storyTitle: alert.storyTitle, summary: alert.summary, evidence: alert.evidence }),
      })
      .onConflict((oc) => oc.column("key").doNothing())
      .returning(ALERT_COLUMNS)
      .executeTakeFirst();
    if (row !== undefined) out.push(rowToAlert(row));
  }
  return out;
}

export async function selectAlerts(db: Db, query: AlertQuery): Promise<Alert[]> {
  let q = db.selectFrom("alerts").select(ALERT_COLUMNS).limit(clampLimit(query.limit, 100, 1000));
  if (query.since !== undefined) q = q.where("created_at", ">", query.since);
  if (query.afterSeq !== undefined) q = q.where("seq", ">", String(Math.floor(query.afterSeq)));
  if (query.storyId !== undefined) q = q.where("story_id", "=", query.storyId);
  q = query.order === "asc" ? q.orderBy("seq", "asc") : q.orderBy("seq", "desc");
  return (await q.execute()).map(rowToAlert);
}

export async function selectWatchState(db: Db, source: string): Promise<WatchState | null> {
  const row = await db.selectFrom("watch_sources").selectAll().where("source", "=", source).executeTakeFirst();
  if (row === undefined) return null;
  return {
    source: row.source,
    etag: row.etag,
    lastModified: row.last_modified,
    checkedAt: toIso(row.checked_at),
    failures: row.failures,
    retryAt: row.retry_at === null ? null : toIso(row.retry_at),
  };
}

export async function upsertWatchState(db: Db, state: Omit<WatchState, "checkedAt">): Promise<void> {
  const values = { etag: state.etag, last_modified: state.lastModified, failures: state.failures, retry_at: state.retryAt, checked_at: sql<string>`now()` };
  await db
    .insertInto("watch_sources")
    .values({ source: state.source, ...values })
    .onConflict((oc) => oc.column("source").doUpdateSet(values))
    .execute();
}

export async function selectCursor(db: Db, target: string): Promise<number | null> {
  const row = await db.selectFrom("alert_cursors").select("last_seq").where("target", "=", target).executeTakeFirst();
  return row === undefined ? null : toNumber(row.last_seq);
}

export async function upsertCursor(db: Db, target: string, seq: number): Promise<void> {
  await db
    .insertInto("alert_cursors")
    .values({ target, last_seq: seq })
    .onConflict((oc) => oc.column("target").doUpdateSet({ last_seq: seq }))
    .execute();
}

/** The canonical URLs among these that an article already has. */
export async function selectKnownUrls(db: Db, urls: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (let i = 0; i < urls.length; i += 500) {
    const part = urls.slice(i, i + 500);
    if (part.length === 0) continue;
    const rows = await db.selectFrom("articles").select("canonical_url").where("canonical_url", "in", part).execute();
    for (const r of rows) if (r.canonical_url !== null) out.add(r.canonical_url);
  }
  return out;
}

/** Runs `fn` holding a Postgres session advisory lock named `name` (per schema), on a connection of its own. */
export function withAdvisoryNamedLock<T>(db: Kysely<Database>, name: string, fn: () => Promise<T>): Promise<T> {
  return db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(hashtext('triangulate:' || ${name} || ':' || current_schema()))`.execute(conn);
    try {
      return await fn();
    } finally {
      await sql`select pg_advisory_unlock(hashtext('triangulate:' || ${name} || ':' || current_schema()))`.execute(conn);
    }
  });
}
