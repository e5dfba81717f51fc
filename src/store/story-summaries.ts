/**
 * @module The store's story summaries (one JSON row per story: what filing compares new articles
 * with) and feature frequencies (a row per feature: how many filed articles hold it; "" how many
 * are counted): read for a batch's stories and features in one query each, written per story as
 * it is filed, and checked against the articles.
 */
import { sql } from "kysely";
import { toNumber } from "./rows.ts";
import { chunks, type Db } from "./sql-kit.ts";
import type { FeatureFrequencies, StorySummary, WeightedFeatures } from "./types.ts";

interface Stored {
  readonly t0: number | null;
  readonly t1: number | null;
  readonly terms: WeightedFeatures;
  readonly entities: WeightedFeatures;
}

/** Sets a story's summary (null: drops it). */
export async function upsertStorySummary(db: Db, storyId: string, summary: StorySummary | null): Promise<void> {
  if (summary === null) {
    await db.deleteFrom("story_summaries").where("story_id", "=", storyId).execute();
    return;
  }
  const stored: Stored = { t0: summary.t0, t1: summary.t1, terms: summary.terms, entities: summary.entities };
  const row = { story_id: storyId, members: summary.members, summary: JSON.stringify(stored) };
  await db
    .insertInto("story_summaries")
    .values(row)
    .onConflict((oc) => oc.column("story_id").doUpdateSet({ members: row.members, summary: row.summary }))
    .execute();
}

export async function selectStorySummaries(db: Db, storyIds: readonly string[]): Promise<ReadonlyMap<string, StorySummary>> {
  const out = new Map<string, StorySummary>();
  const wanted = [...new Set(storyIds)];
  if (wanted.length === 0) return out;
  const { rows } = await sql<{ story_id: string; members: unknown; summary: string }>`
    select story_id, members, summary from story_summaries where story_id = any(${wanted}::text[])`.execute(db);
  for (const r of rows) {
    const s = JSON.parse(r.summary) as Stored;
    out.set(r.story_id, { members: toNumber(r.members), t0: s.t0, t1: s.t1, terms: s.terms, entities: s.entities });
  }
  return out;
}

/** Stories whose summary's member count is not their article count (or that have one side only). */
export async function selectStaleStorySummaries(db: Db): Promise<readonly string[]> {
  const { rows } = await sql<{ id: string }>`
    select coalesce(a.story_id, s.story_id) as id
    from (select story_id, count(*) as n from articles where story_id is not null group by story_id) a
    full outer join story_summaries s on s.story_id = a.story_id
    where a.n is distinct from s.members
    order by 1`.execute(db);
  return rows.map((r) => r.id);
}

export async function selectFeatureFrequencies(db: Db, features: readonly string[]): Promise<FeatureFrequencies> {
  const wanted = [...new Set(features)].filter((f) => f !== "");
  const { rows } = await sql<{ feature: string; documents: unknown }>`
    select feature, documents from feature_frequencies where feature = any(${["", ...wanted]}::text[])`.execute(db);
  const counts = new Map<string, number>();
  let documents = 0;
  for (const r of rows) {
    if (r.feature === "") documents = toNumber(r.documents);
    else counts.set(r.feature, toNumber(r.documents));
  }
  return { documents, counts };
}

/** Adds to feature frequencies (`replace`: sets them, dropping every other feature). */
export async function addFeatureFrequencies(db: Db, counts: ReadonlyMap<string, number>, options: { replace?: boolean }): Promise<void> {
  if (options.replace) await db.deleteFrom("feature_frequencies").execute();
  const rows = [...counts].filter(([, n]) => n !== 0 || options.replace).map(([feature, documents]) => ({ feature, documents }));
  for (const part of chunks(rows, 1000)) {
    await db
      .insertInto("feature_frequencies")
      .values(part)
      .onConflict((oc) => oc.column("feature").doUpdateSet({ documents: sql<number>`feature_frequencies.documents + excluded.documents` }))
      .execute();
  }
}

export async function selectFeatureFrequenciesStale(db: Db): Promise<boolean> {
  const { rows } = await sql<{ filed: unknown; counted: unknown }>`
    select (select count(*) from articles where story_id is not null) as filed,
      (select documents from feature_frequencies where feature = '') as counted`.execute(db);
  const row = rows[0];
  return toNumber(row?.filed ?? 0) !== toNumber(row?.counted ?? 0);
}
