/**
 * @module The store's story keys: per story, how many of its articles carry each key (the key ""
 * counts its articles). Added to or replaced per story, matched for a batch's candidate keys in
 * one query, and checked against the articles (stories whose counts are stale).
 */
import { sql } from "kysely";
import { toNumber } from "./rows.ts";
import { chunks, type Db } from "./sql-kit.ts";
import type { StoryKeyMatches } from "./types.ts";

/** Adds to a story's key counts (`replace`: sets them, dropping the rest). */
export async function upsertStoryKeys(db: Db, storyId: string, counts: ReadonlyMap<string, number>, options: { replace?: boolean }): Promise<void> {
  if (options.replace) await db.deleteFrom("story_keys").where("story_id", "=", storyId).execute();
  const rows = [...counts].filter(([, n]) => n !== 0 || options.replace).map(([key, members]) => ({ story_id: storyId, key, members }));
  for (const part of chunks(rows, 1000)) {
    await db
      .insertInto("story_keys")
      .values(part)
      .onConflict((oc) => oc.columns(["story_id", "key"]).doUpdateSet({ members: sql<number>`story_keys.members + excluded.members` }))
      .execute();
  }
}

/** The stories that carry any of these keys, leaving out keys carried by more than `maxStories(keyed stories)`. */
export async function selectStoryKeyMatches(
  db: Db,
  keys: readonly string[],
  options: { maxStories?: (stories: number) => number },
): Promise<StoryKeyMatches> {
  const total = await db.selectFrom("story_keys").select(sql<unknown>`count(*)`.as("n")).where("key", "=", "").executeTakeFirst();
  const stories = toNumber(total?.n ?? 0);
  const max = Math.floor(options.maxStories?.(stories) ?? stories);
  const wanted = [...new Set(keys)].filter((k) => k !== "");
  const matches: { storyId: string; key: string; members: number }[] = [];
  const sizes = new Map<string, number>();
  if (wanted.length === 0) return { stories, matches, sizes };
  // One query for a batch's keys (an array parameter, not chunks of placeholders) and one row
  // per key, its stories and their sizes (their "" rows) as arrays: a row per match cost more
  // to read than to find.
  const { rows } = await sql<{ key: string; ids: readonly string[]; members: readonly unknown[]; sizes: readonly unknown[] }>`
    select k.key, array_agg(k.story_id) as ids, array_agg(k.members) as members, array_agg(coalesce(s.members, -1)) as sizes
    from story_keys k left join story_keys s on s.story_id = k.story_id and s.key = ''
    where k.key = any(${wanted}::text[])
    group by k.key having count(*) <= ${max}`.execute(db);
  for (const r of rows) {
    r.ids.forEach((storyId, i) => {
      matches.push({ storyId, key: r.key, members: toNumber(r.members[i]) });
      const size = toNumber(r.sizes[i]);
      if (size >= 0) sizes.set(storyId, size);
    });
  }
  return { stories, matches, sizes };
}

/** Stories whose "" count is not their article count (or that have one side only). */
export async function selectStaleStoryKeys(db: Db): Promise<readonly string[]> {
  const { rows } = await sql<{ id: string }>`
    select coalesce(a.story_id, k.story_id) as id
    from (select story_id, count(*) as n from articles where story_id is not null group by story_id) a
    full outer join (select story_id, members from story_keys where key = '') k on k.story_id = a.story_id
    where a.n is distinct from k.members
    order by 1`.execute(db);
  return rows.map((r) => r.id);
}
