/**
 * @module The Store over Kysely: every query, shared by the PGlite and Postgres adapters
 * (one SQL dialect). Writes run in a transaction (or join the caller's, see `transaction`).
 */
import { sql, type Kysely, type Transaction } from "kysely";
import type { Article } from "../types.ts";
import type { Report } from "../report/types.ts";
import type { SearchResults, StoryListItem } from "../server/ui-types.ts";
import type { Database } from "./schema.ts";
import { canonicalUrl, contentHash } from "./identity.ts";
import { clampLimit, factSearchText, orderReport, rowToArticle, toIso, toNumber } from "./rows.ts";
import { searchStore } from "./search.ts";
import { SerialQueue } from "./serial-queue.ts";
import { withAdvisoryWriteLock } from "./write-lock.ts";
import type { Alert, AlertQuery, NewAlert } from "../alerts/types.ts";
import { insertAlerts, selectAlerts, selectCursor, selectKnownUrls, selectWatchState, upsertCursor, upsertWatchState, withAdvisoryNamedLock } from "./alerts.ts";
import type {
  AddOptions,
  AddResult,
  ArticleListItem,
  Duplicate,
  ListOptions,
  SearchOptions,
  Store,
  StoreBackend,
  StoredArticle,
  StoryKeyMatches,
  StoryRecord,
  WatchState,
} from "./types.ts";

type Db = Kysely<Database> | Transaction<Database>;

const ARTICLE_COLUMNS = [
  "seq", "id", "origin", "outlet", "outlet_known", "country", "url", "canonical_url", "content_hash", "title", "published",
  "byline", "language", "format", "text", "story_id", "ingested_at",
] as const;

const DEFAULT_STORY_TITLE = "Untitled story";
const CHUNK = 500;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}


interface Keyed {
  readonly article: Article;
  readonly hash: string;
  readonly url: string | null;
}

export class SqlStore implements Store {
  readonly backend: StoreBackend;
  readonly #db: Db;
  readonly #inTransaction: boolean;
  readonly #onClose: () => Promise<void>;
  readonly #onAnnounce: (url: string) => void;

  constructor(db: Db, options: { backend: StoreBackend; inTransaction?: boolean; onClose?: () => Promise<void>; onAnnounce?: (url: string) => void }) {
    this.#db = db;
    this.backend = options.backend;
    this.#inTransaction = options.inTransaction ?? false;
    this.#onClose = options.onClose ?? (async () => {});
    this.#onAnnounce = options.onAnnounce ?? (() => {});
  }

  announce(url: string): void {
    this.#onAnnounce(url);
  }

  readonly #writers = new SerialQueue();

  withWriteLock<T>(fn: () => Promise<T>): Promise<T> {
    if (this.#inTransaction) return fn();
    // Other processes' writers wait on Postgres (write-lock.ts); on PGlite this process is the only one.
    return this.#writers.run(() => (this.backend === "postgres" ? withAdvisoryWriteLock(this.#db as Kysely<Database>, fn) : fn()));
  }

  async transaction<T>(fn: (store: Store) => Promise<T>): Promise<T> {
    if (this.#inTransaction) return fn(this);
    return (this.#db as Kysely<Database>)
      .transaction()
      .execute((trx) => fn(new SqlStore(trx, { backend: this.backend, inTransaction: true })));
  }

  #write<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    if (this.#inTransaction) return fn(this.#db);
    return (this.#db as Kysely<Database>).transaction().execute((trx) => fn(trx));
  }

  async findDuplicates(articles: readonly Article[]): Promise<readonly Duplicate[]> {
    return (await this.#classify(this.#db, articles)).duplicates;
  }

  /** Splits incoming articles into new ones and duplicates (of stored ones or of earlier ones in the batch). */
  async #classify(db: Db, articles: readonly Article[]): Promise<{ fresh: Keyed[]; duplicates: Duplicate[] }> {
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

  async addArticles(articles: readonly Article[], options: AddOptions = {}): Promise<AddResult> {
    return this.#write(async (db) => {
      const { fresh, duplicates } = await this.#classify(db, articles);
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
          else duplicates.push(...(await this.#classify(db, [k.article])).duplicates); // lost a race to a concurrent writer
        }
      }
      return { added, duplicates };
    });
  }

  async assignStory(storyId: string, articleIds: readonly string[], options: { title?: string } = {}): Promise<void> {
    await this.#write(async (db) => {
      await upsertStory(db, storyId, options.title ?? null);
      for (const part of chunks(articleIds)) {
        if (part.length > 0) await db.updateTable("articles").set({ story_id: storyId }).where("id", "in", part).execute();
      }
    });
  }

  async allArticles(): Promise<readonly StoredArticle[]> {
    const rows = await this.#db.selectFrom("articles").select(ARTICLE_COLUMNS).orderBy("seq").execute();
    return rows.map(rowToArticle);
  }

  async unassignedArticles(): Promise<readonly StoredArticle[]> {
    const rows = await this.#db.selectFrom("articles").select(ARTICLE_COLUMNS).where("story_id", "is", null).orderBy("seq").execute();
    return rows.map(rowToArticle);
  }

  async storySamples(storyIds: readonly string[], limit: number): Promise<readonly StoredArticle[]> {
    const n = Math.max(0, Math.floor(limit));
    const out: StoredArticle[] = [];
    if (n === 0) return out;
    // One query per chunk of stories (a query per story cost a round trip each: a batch reads
    // a hundred stories), each story's latest n by a window over its articles.
    for (const part of chunks([...new Set(storyIds)])) {
      if (part.length === 0) continue;
      const ranked = this.#db
        .selectFrom("articles")
        .select([...ARTICLE_COLUMNS, sql<number>`row_number() over (partition by story_id order by seq desc)`.as("rank")])
        .where("story_id", "in", part)
        .as("ranked");
      const rows = await this.#db.selectFrom(ranked).select(ARTICLE_COLUMNS).where("rank", "<=", n).orderBy("seq").execute();
      for (const row of rows) out.push(rowToArticle(row));
    }
    return out.sort((a, b) => a.seq - b.seq);
  }

  async addStoryKeys(storyId: string, counts: ReadonlyMap<string, number>, options: { replace?: boolean } = {}): Promise<void> {
    await this.#write(async (db) => {
      if (options.replace) await db.deleteFrom("story_keys").where("story_id", "=", storyId).execute();
      const rows = [...counts].filter(([, n]) => n !== 0 || options.replace).map(([key, members]) => ({ story_id: storyId, key, members }));
      for (const part of chunks(rows, 1000)) {
        await db
          .insertInto("story_keys")
          .values(part)
          .onConflict((oc) => oc.columns(["story_id", "key"]).doUpdateSet({ members: sql<number>`story_keys.members + excluded.members` }))
          .execute();
      }
    });
  }

  async matchStoryKeys(keys: readonly string[], options: { maxStories?: (stories: number) => number } = {}): Promise<StoryKeyMatches> {
    const total = await this.#db.selectFrom("story_keys").select(sql<unknown>`count(*)`.as("n")).where("key", "=", "").executeTakeFirst();
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
      group by k.key having count(*) <= ${max}`.execute(this.#db);
    for (const r of rows) {
      r.ids.forEach((storyId, i) => {
        matches.push({ storyId, key: r.key, members: toNumber(r.members[i]) });
        const size = toNumber(r.sizes[i]);
        if (size >= 0) sizes.set(storyId, size);
      });
    }
    return { stories, matches, sizes };
  }

  async staleStoryKeys(): Promise<readonly string[]> {
    const { rows } = await sql<{ id: string }>`
      select coalesce(a.story_id, k.story_id) as id
      from (select story_id, count(*) as n from articles where story_id is not null group by story_id) a
      full outer join (select story_id, members from story_keys where key = '') k on k.story_id = a.story_id
      where a.n is distinct from k.members
      order by 1`.execute(this.#db);
    return rows.map((r) => r.id);
  }

  async recentStories(limit: number): Promise<readonly string[]> {
    const rows = await this.#db.selectFrom("stories").select("id").orderBy("updated_at", "desc").orderBy("id").limit(Math.max(0, Math.floor(limit))).execute();
    return rows.map((r) => r.id);
  }

  async listArticles(options: ListOptions = {}): Promise<readonly ArticleListItem[]> {
    let query = this.#db
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

  async getArticle(id: string): Promise<StoredArticle | null> {
    const row = await this.#db.selectFrom("articles").select(ARTICLE_COLUMNS).where("id", "=", id).executeTakeFirst();
    return row === undefined ? null : rowToArticle(row);
  }

  async articleTexts(ids: readonly string[]): Promise<ReadonlyMap<string, string>> {
    const out = new Map<string, string>();
    for (const part of chunks([...new Set(ids)])) {
      if (part.length === 0) continue;
      const rows = await this.#db.selectFrom("articles").select(["id", "text"]).where("id", "in", part).execute();
      for (const row of rows) out.set(row.id, row.text);
    }
    return out;
  }

  async listStories(): Promise<readonly StoryListItem[]> {
    const { rows } = await sql<{
      id: string; title: string; updated_at: unknown; articles: unknown; facts: unknown; contested: unknown; single_source: unknown;
    }>`
      select s.id, s.title, s.updated_at,
        (select count(*) from articles a where a.story_id = s.id) as articles,
        (select count(*) from facts f where f.story_id = s.id) as facts,
        (select count(*) from facts f where f.story_id = s.id and f.verdict = 'contested') as contested,
        (select count(*) from facts f where f.story_id = s.id and f.verdict = 'single-source') as single_source
      from stories s
      order by s.updated_at desc, s.id`.execute(this.#db);
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

  async getStory(id: string): Promise<StoryRecord | null> {
    const story = await this.#db
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
    const members = await this.#db.selectFrom("articles").select("id").where("story_id", "=", id).orderBy("seq").execute();
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

  async getReport(storyId: string): Promise<Report | null> {
    const row = await this.#db.selectFrom("stories").select("report").where("id", "=", storyId).executeTakeFirst();
    return row === undefined ? null : orderReport(row.report);
  }

  async storyVersion(storyId: string): Promise<string | null> {
    const row = await this.#db
      .selectFrom("stories")
      .select(sql<string>`updated_at::text`.as("version"))
      .where("id", "=", storyId)
      .executeTakeFirst();
    return row === undefined ? null : row.version;
  }

  async saveAnalysis(storyId: string, report: Report): Promise<void> {
    await this.#write(async (db) => {
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
    });
  }

  search(query: string, options: SearchOptions = {}): Promise<SearchResults> {
    return searchStore(this.#db, query, options);
  }

  async countArticles(): Promise<number> {
    const row = await this.#db.selectFrom("articles").select(sql<unknown>`count(*)`.as("n")).executeTakeFirst();
    return toNumber(row?.n ?? 0);
  }

  async storyArticles(storyId: string): Promise<readonly StoredArticle[]> {
    const rows = await this.#db.selectFrom("articles").select(ARTICLE_COLUMNS).where("story_id", "=", storyId).orderBy("seq").execute();
    return rows.map(rowToArticle);
  }

  knownUrls(urls: readonly string[]): Promise<ReadonlySet<string>> {
    return selectKnownUrls(this.#db, urls);
  }

  addAlerts(alerts: readonly NewAlert[]): Promise<readonly Alert[]> {
    return this.#write((db) => insertAlerts(db, alerts));
  }

  listAlerts(query: AlertQuery = {}): Promise<readonly Alert[]> {
    return selectAlerts(this.#db, query);
  }

  getWatchState(source: string): Promise<WatchState | null> {
    return selectWatchState(this.#db, source);
  }

  saveWatchState(state: Omit<WatchState, "checkedAt">): Promise<void> {
    return upsertWatchState(this.#db, state);
  }

  alertCursor(target: string): Promise<number | null> {
    return selectCursor(this.#db, target);
  }

  setAlertCursor(target: string, seq: number): Promise<void> {
    return upsertCursor(this.#db, target, seq);
  }

  readonly #named = new Map<string, SerialQueue>();

  withNamedLock<T>(name: string, fn: () => Promise<T>): Promise<T> {
    if (this.#inTransaction) return fn();
    let queue = this.#named.get(name);
    if (queue === undefined) this.#named.set(name, (queue = new SerialQueue()));
    // One queue per name for the life of the store (a few bytes per story or host).
    return queue.run(() => (this.backend === "postgres" ? withAdvisoryNamedLock(this.#db as Kysely<Database>, name, fn) : fn()));
  }

  async clear(): Promise<void> {
    await this.#write(async (db) => {
      await db.deleteFrom("facts").execute();
      await db.deleteFrom("story_keys").execute();
      await db.deleteFrom("articles").execute();
      await db.deleteFrom("stories").execute();
      await db.deleteFrom("alerts").execute();
      await db.deleteFrom("watch_sources").execute();
      await db.deleteFrom("alert_cursors").execute();
    });
  }

  async close(): Promise<void> {
    if (this.#inTransaction) return;
    await this.#onClose();
  }
}

/** Creates the story row, or touches it (and renames it when a title is given). */
async function upsertStory(db: Db, id: string, title: string | null): Promise<void> {
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
