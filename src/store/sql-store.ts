/**
 * @module The Store over Kysely, shared by the PGlite and Postgres adapters (one SQL dialect):
 * transactions and locks here, the queries in article-writes.ts, article-reads.ts, stories.ts,
 * story-keys.ts, search.ts and alerts.ts. Writes run in a transaction (or join the caller's, see
 * `transaction`).
 */
import type { Kysely } from "kysely";
import type { Article } from "../types.ts";
import type { Report } from "../report/types.ts";
import type { SearchResults, StoryListItem } from "../server/ui-types.ts";
import type { Alert, AlertQuery, NewAlert } from "../alerts/types.ts";
import type { Database } from "./schema.ts";
import { insertAlerts, selectAlerts, selectCursor, selectKnownUrls, selectWatchState, upsertCursor, upsertWatchState, withAdvisoryNamedLock } from "./alerts.ts";
import {
  selectAllArticles,
  selectArticleCount,
  selectArticle,
  selectArticleList,
  selectArticleTexts,
  selectStoryArticles,
  selectStorySamples,
  selectUnassignedArticles,
} from "./article-reads.ts";
import { classifyArticles, fileUnderStory, insertArticles } from "./article-writes.ts";
import { searchStore } from "./search.ts";
import { SerialQueue } from "./serial-queue.ts";
import type { Db } from "./sql-kit.ts";
import { saveStoryAnalysis, selectRecentStories, selectReport, selectStory, selectStoryList, selectStoryVersion } from "./stories.ts";
import { selectStaleStoryKeys, selectStoryKeyMatches, upsertStoryKeys } from "./story-keys.ts";
import {
  addFeatureFrequencies,
  selectFeatureFrequencies,
  selectFeatureFrequenciesStale,
  selectStaleStorySummaries,
  selectStorySummaries,
  upsertStorySummary,
} from "./story-summaries.ts";
import { withAdvisoryWriteLock } from "./write-lock.ts";
import type {
  AddOptions,
  AddResult,
  ArticleListItem,
  Duplicate,
  FeatureFrequencies,
  ListOptions,
  SearchOptions,
  Store,
  StoreBackend,
  StoredArticle,
  StoryKeyMatches,
  StoryRecord,
  StorySummary,
  WatchState,
} from "./types.ts";

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
    return (await classifyArticles(this.#db, articles)).duplicates;
  }

  async addArticles(articles: readonly Article[], options: AddOptions = {}): Promise<AddResult> {
    return this.#write((db) => insertArticles(db, articles, options));
  }

  async assignStory(storyId: string, articleIds: readonly string[], options: { title?: string } = {}): Promise<void> {
    await this.#write((db) => fileUnderStory(db, storyId, articleIds, options.title ?? null));
  }

  allArticles(): Promise<readonly StoredArticle[]> {
    return selectAllArticles(this.#db);
  }

  unassignedArticles(): Promise<readonly StoredArticle[]> {
    return selectUnassignedArticles(this.#db);
  }

  storySamples(storyIds: readonly string[], limit: number): Promise<readonly StoredArticle[]> {
    return selectStorySamples(this.#db, storyIds, limit);
  }

  async addStoryKeys(storyId: string, counts: ReadonlyMap<string, number>, options: { replace?: boolean } = {}): Promise<void> {
    await this.#write((db) => upsertStoryKeys(db, storyId, counts, options));
  }

  matchStoryKeys(keys: readonly string[], options: { maxStories?: (stories: number) => number } = {}): Promise<StoryKeyMatches> {
    return selectStoryKeyMatches(this.#db, keys, options);
  }

  staleStoryKeys(): Promise<readonly string[]> {
    return selectStaleStoryKeys(this.#db);
  }

  recentStories(limit: number): Promise<readonly string[]> {
    return selectRecentStories(this.#db, limit);
  }

  storySummaries(storyIds: readonly string[]): Promise<ReadonlyMap<string, StorySummary>> {
    return selectStorySummaries(this.#db, storyIds);
  }

  async saveStorySummary(storyId: string, summary: StorySummary | null): Promise<void> {
    await this.#write((db) => upsertStorySummary(db, storyId, summary));
  }

  staleStorySummaries(): Promise<readonly string[]> {
    return selectStaleStorySummaries(this.#db);
  }

  featureFrequencies(features: readonly string[]): Promise<FeatureFrequencies> {
    return selectFeatureFrequencies(this.#db, features);
  }

  async addFeatureFrequencies(counts: ReadonlyMap<string, number>, options: { replace?: boolean } = {}): Promise<void> {
    await this.#write((db) => addFeatureFrequencies(db, counts, options));
  }

  featureFrequenciesStale(): Promise<boolean> {
    return selectFeatureFrequenciesStale(this.#db);
  }

  listArticles(options: ListOptions = {}): Promise<readonly ArticleListItem[]> {
    return selectArticleList(this.#db, options);
  }

  getArticle(id: string): Promise<StoredArticle | null> {
    return selectArticle(this.#db, id);
  }

  articleTexts(ids: readonly string[]): Promise<ReadonlyMap<string, string>> {
    return selectArticleTexts(this.#db, ids);
  }

  listStories(): Promise<readonly StoryListItem[]> {
    return selectStoryList(this.#db);
  }

  getStory(id: string): Promise<StoryRecord | null> {
    return selectStory(this.#db, id);
  }

  getReport(storyId: string): Promise<Report | null> {
    return selectReport(this.#db, storyId);
  }

  storyVersion(storyId: string): Promise<string | null> {
    return selectStoryVersion(this.#db, storyId);
  }

  async saveAnalysis(storyId: string, report: Report): Promise<void> {
    await this.#write((db) => saveStoryAnalysis(db, storyId, report));
  }

  search(query: string, options: SearchOptions = {}): Promise<SearchResults> {
    return searchStore(this.#db, query, options);
  }

  countArticles(): Promise<number> {
    return selectArticleCount(this.#db);
  }

  storyArticles(storyId: string): Promise<readonly StoredArticle[]> {
    return selectStoryArticles(this.#db, storyId);
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
      await db.deleteFrom("story_summaries").execute();
      await db.deleteFrom("feature_frequencies").execute();
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
