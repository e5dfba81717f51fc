/**
 * @module The store's article reads: whole articles (with their text) in insertion order, all of
 * them, the unassigned ones, one story's or each story's latest few; the article list (no text);
 * one article; texts by id; the count.
 */
import { sql } from "kysely";
import { clampLimit, rowToArticle, toIso, toNumber } from "./rows.ts";
import { chunks, type Db } from "./sql-kit.ts";
import type { ArticleListItem, ListOptions, StoredArticle } from "./types.ts";

const ARTICLE_COLUMNS = [
  "seq", "id", "origin", "outlet", "outlet_known", "country", "url", "canonical_url", "content_hash", "title", "published",
  "byline", "language", "format", "text", "story_id", "ingested_at",
] as const;

/** Every stored article, in insertion order. */
export async function selectAllArticles(db: Db): Promise<readonly StoredArticle[]> {
  const rows = await db.selectFrom("articles").select(ARTICLE_COLUMNS).orderBy("seq").execute();
  return rows.map(rowToArticle);
}

/** The articles no story holds, in insertion order. */
export async function selectUnassignedArticles(db: Db): Promise<readonly StoredArticle[]> {
  const rows = await db.selectFrom("articles").select(ARTICLE_COLUMNS).where("story_id", "is", null).orderBy("seq").execute();
  return rows.map(rowToArticle);
}

/** One story's articles, in insertion order. */
export async function selectStoryArticles(db: Db, storyId: string): Promise<readonly StoredArticle[]> {
  const rows = await db.selectFrom("articles").select(ARTICLE_COLUMNS).where("story_id", "=", storyId).orderBy("seq").execute();
  return rows.map(rowToArticle);
}

/** Each story's latest `limit` articles, all in insertion order. */
export async function selectStorySamples(db: Db, storyIds: readonly string[], limit: number): Promise<readonly StoredArticle[]> {
  const n = Math.max(0, Math.floor(limit));
  const out: StoredArticle[] = [];
  if (n === 0) return out;
  // One query per chunk of stories (a query per story cost a round trip each: a batch reads
  // a hundred stories), each story's latest n by a window over its articles.
  for (const part of chunks([...new Set(storyIds)])) {
    if (part.length === 0) continue;
    const ranked = db
      .selectFrom("articles")
      .select([...ARTICLE_COLUMNS, sql<number>`row_number() over (partition by story_id order by seq desc)`.as("rank")])
      .where("story_id", "in", part)
      .as("ranked");
    const rows = await db.selectFrom(ranked).select(ARTICLE_COLUMNS).where("rank", "<=", n).orderBy("seq").execute();
    for (const row of rows) out.push(rowToArticle(row));
  }
  return out.sort((a, b) => a.seq - b.seq);
}

/** A page of the article list, latest first. */
export async function selectArticleList(db: Db, options: ListOptions): Promise<readonly ArticleListItem[]> {
  let query = db
    .selectFrom("articles")
    .select(["id", "title", "outlet", "url", "published", "language", "story_id", "ingested_at"])
    .orderBy("seq", "desc")
    .limit(clampLimit(options.limit, 100, 1000))
    .offset(Math.max(0, Math.floor(options.offset ?? 0)));
  if (options.storyId !== undefined) query = query.where("story_id", "=", options.storyId);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    outlet: r.outlet,
    url: r.url,
    published: r.published,
    language: r.language,
    storyId: r.story_id,
    ingestedAt: toIso(r.ingested_at),
  }));
}

export async function selectArticle(db: Db, id: string): Promise<StoredArticle | null> {
  const row = await db.selectFrom("articles").select(ARTICLE_COLUMNS).where("id", "=", id).executeTakeFirst();
  return row === undefined ? null : rowToArticle(row);
}

/** id → normalized text, for the ids that exist. */
export async function selectArticleTexts(db: Db, ids: readonly string[]): Promise<ReadonlyMap<string, string>> {
  const out = new Map<string, string>();
  for (const part of chunks([...new Set(ids)])) {
    if (part.length === 0) continue;
    const rows = await db.selectFrom("articles").select(["id", "text"]).where("id", "in", part).execute();
    for (const row of rows) out.set(row.id, row.text);
  }
  return out;
}

export async function selectArticleCount(db: Db): Promise<number> {
  const row = await db.selectFrom("articles").select(sql<unknown>`count(*)`.as("n")).executeTakeFirst();
  return toNumber(row?.n ?? 0);
}
