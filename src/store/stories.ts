/**
 * @module The store's stories and analyses: the story row (created or touched by every write that
 * files articles or saves a report), the story list with fact counts, one story, its report and
 * version token, and saving an analysis (the report as jsonb, its facts as searchable rows).
 */
import { sql } from "kysely";
import type { Report } from "../report/types.ts";
import type { StoryListItem } from "../server/ui-types.ts";
import { factSearchText, orderReport, toIso, toNumber } from "./rows.ts";
import { chunks, type Db } from "./sql-kit.ts";
import type { StoryRecord } from "./types.ts";

const DEFAULT_STORY_TITLE = "Untitled story";

/** Creates the story row, or touches it (and renames it when a title is given). */
export async function upsertStory(db: Db, id: string, title: string | null): Promise<void> {
  await db
    .insertInto("stories")
    .values({ id, title: title ?? DEFAULT_STORY_TITLE })
    .onConflict((oc) =>
      oc.column("id").doUpdateSet(
        title === null ? { updated_at: sql<string>`now()` } : { title, updated_at: sql<string>`now()` },
      ),
    )
    .execute();
}

/** The ids of the `limit` stories updated last. */
export async function selectRecentStories(db: Db, limit: number): Promise<readonly string[]> {
  const rows = await db.selectFrom("stories").select("id").orderBy("updated_at", "desc").orderBy("id").limit(Math.max(0, Math.floor(limit))).execute();
  return rows.map((r) => r.id);
}

export async function selectStoryList(db: Db): Promise<readonly StoryListItem[]> {
  const { rows } = await sql<{
    id: string; title: string; updated_at: unknown; articles: unknown; facts: unknown; contested: unknown; single_source: unknown;
  }>`
    select s.id, s.title, s.updated_at,
      (select count(*) from articles a where a.story_id = s.id) as articles,
      (select count(*) from facts f where f.story_id = s.id) as facts,
      (select count(*) from facts f where f.story_id = s.id and f.verdict = 'contested') as contested,
      (select count(*) from facts f where f.story_id = s.id and f.verdict = 'single-source') as single_source
    from stories s
    order by s.updated_at desc, s.id`.execute(db);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    articles: toNumber(r.articles),
    facts: toNumber(r.facts),
    contested: toNumber(r.contested),
    singleSource: toNumber(r.single_source),
    updatedAt: toIso(r.updated_at),
  }));
}

export async function selectStory(db: Db, id: string): Promise<StoryRecord | null> {
  const story = await db
    .selectFrom("stories")
    .select([
      "id",
      "title",
      "updated_at",
      sql<boolean>`report is not null`.as("analyzed"),
      sql<unknown>`(select count(*) from facts f where f.story_id = stories.id)`.as("facts"),
      sql<unknown>`(select count(*) from facts f where f.story_id = stories.id and f.verdict = 'contested')`.as("contested"),
      sql<unknown>`(select count(*) from facts f where f.story_id = stories.id and f.verdict = 'single-source')`.as("single_source"),
    ])
    .where("id", "=", id)
    .executeTakeFirst();
  if (story === undefined) return null;
  const members = await db.selectFrom("articles").select("id").where("story_id", "=", id).orderBy("seq").execute();
  return {
    id: story.id,
    title: story.title,
    updatedAt: toIso(story.updated_at),
    articleIds: members.map((m) => m.id),
    analyzed: Boolean(story.analyzed),
    facts: toNumber(story.facts),
    contested: toNumber(story.contested),
    singleSource: toNumber(story.single_source),
  };
}

export async function selectReport(db: Db, storyId: string): Promise<Report | null> {
  const row = await db.selectFrom("stories").select("report").where("id", "=", storyId).executeTakeFirst();
  return row === undefined ? null : orderReport(row.report);
}

/** The story's `updated_at` as text (every write to it touches it), or null when there is no such story. */
export async function selectStoryVersion(db: Db, storyId: string): Promise<string | null> {
  const row = await db
    .selectFrom("stories")
    .select(sql<string>`updated_at::text`.as("version"))
    .where("id", "=", storyId)
    .executeTakeFirst();
  return row === undefined ? null : row.version;
}

/** Stores a story's report (titling the story after its own entry) and replaces its facts. */
export async function saveStoryAnalysis(db: Db, storyId: string, report: Report): Promise<void> {
  const own = report.stories.find((s) => s.id === storyId) ?? (report.stories.length === 1 ? report.stories[0] : undefined);
  await upsertStory(db, storyId, own?.title ?? null);
  await db
    .updateTable("stories")
    .set({ report: sql<string>`cast(${JSON.stringify(report)} as jsonb)`, updated_at: sql<string>`now()` })
    .where("id", "=", storyId)
    .execute();
  await db.deleteFrom("facts").where("story_id", "=", storyId).execute();
  const seen = new Set<string>();
  const facts = report.facts.filter((f) => !seen.has(f.id) && (seen.add(f.id), true));
  for (const part of chunks(facts, 200)) {
    await db
      .insertInto("facts")
      .values(
        part.map((fact) => ({
          story_id: storyId,
          id: fact.id,
          statement: fact.statement,
          verdict: fact.verdict,
          search_text: factSearchText(fact),
          data: sql<string>`cast(${JSON.stringify(fact)} as jsonb)`,
        })),
      )
      .execute();
  }
}
