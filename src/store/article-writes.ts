/**
 * @module The store's article writes: telling new articles from duplicates (same normalized text,
 * same id or same canonical URL, stored or earlier in the batch), inserting the new ones, and
 * filing articles under a story. Each runs on the `Db` it is given (the caller's transaction).
 */
import type { Article } from "../types.ts";
import { canonicalUrl, contentHash } from "./identity.ts";
import { chunks, type Db } from "./sql-kit.ts";
import { upsertStory } from "./stories.ts";
import type { AddOptions, AddResult, Duplicate } from "./types.ts";

/** An incoming article with its identity keys (content hash, canonical URL). */
export interface Keyed {
  readonly article: Article;
  readonly hash: string;
  readonly url: string | null;
}

/** Splits incoming articles into new ones and duplicates (of stored ones or of earlier ones in the batch). */
export async function classifyArticles(db: Db, articles: readonly Article[]): Promise<{ fresh: Keyed[]; duplicates: Duplicate[] }> {
  const keyed: Keyed[] = articles.map((article) => ({ article, hash: contentHash(article.text), url: canonicalUrl(article.url) }));
  const byHash = new Map<string, string>();
  const byUrl = new Map<string, string>();
  const byId = new Set<string>();
  for (const part of chunks(keyed)) {
    const hashes = part.map((k) => k.hash);
    const urls = part.flatMap((k) => (k.url === null ? [] : [k.url]));
    const ids = part.map((k) => k.article.id);
    const rows = await db
      .selectFrom("articles")
      .select(["id", "content_hash", "canonical_url"])
      .where((eb) =>
        eb.or([
          eb("content_hash", "in", hashes),
          eb("id", "in", ids),
          ...(urls.length > 0 ? [eb("canonical_url", "in", urls)] : []),
        ]),
      )
      .execute();
    for (const row of rows) {
      byHash.set(row.content_hash, row.id);
      byId.add(row.id);
      if (row.canonical_url !== null) byUrl.set(row.canonical_url, row.id);
    }
  }
  const fresh: Keyed[] = [];
  const duplicates: Duplicate[] = [];
  for (const k of keyed) {
    const sameText = byHash.get(k.hash) ?? (byId.has(k.article.id) ? k.article.id : undefined);
    const sameUrl = k.url === null ? undefined : byUrl.get(k.url);
    if (sameText !== undefined) duplicates.push({ id: k.article.id, existingId: sameText, reason: "content" });
    else if (sameUrl !== undefined) duplicates.push({ id: k.article.id, existingId: sameUrl, reason: "url" });
    else {
      fresh.push(k);
      byHash.set(k.hash, k.article.id);
      byId.add(k.article.id);
      if (k.url !== null) byUrl.set(k.url, k.article.id);
    }
  }
  return { fresh, duplicates };
}

/** Inserts the articles that are not duplicates (filed under `options.storyId`, created when missing). */
export async function insertArticles(db: Db, articles: readonly Article[], options: AddOptions): Promise<AddResult> {
  const { fresh, duplicates } = await classifyArticles(db, articles);
  const storyId = options.storyId ?? null;
  if (storyId !== null) await upsertStory(db, storyId, options.storyTitle ?? null);
  const added: string[] = [];
  for (const part of chunks(fresh, 200)) {
    const inserted = await db
      .insertInto("articles")
      .values(
        part.map(({ article, hash, url }) => ({
          id: article.id,
          origin: article.origin,
          outlet: article.outlet,
          outlet_known: article.outletKnown ?? null,
          country: article.country ?? null,
          url: article.url,
          canonical_url: url,
          content_hash: hash,
          title: article.title,
          published: article.published,
          byline: article.byline,
          language: article.language,
          format: article.format,
          text: article.text,
          story_id: storyId,
        })),
      )
      .onConflict((oc) => oc.doNothing())
      .returning("id")
      .execute();
    const done = new Set(inserted.map((r) => r.id));
    for (const k of part) {
      if (done.has(k.article.id)) added.push(k.article.id);
      else duplicates.push(...(await classifyArticles(db, [k.article])).duplicates); // lost a race to a concurrent writer
    }
  }
  return { added, duplicates };
}

/** Files articles under a story (created, or renamed when a title is given). */
export async function fileUnderStory(db: Db, storyId: string, articleIds: readonly string[], title: string | null): Promise<void> {
  await upsertStory(db, storyId, title);
  for (const part of chunks(articleIds)) {
    if (part.length > 0) await db.updateTable("articles").set({ story_id: storyId }).where("id", "in", part).execute();
  }
}
