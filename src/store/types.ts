/**
 * @module The Store port: what the rest of Triangulate may ask of persistent storage
 * (articles, stories, analyses, facts, full-text search). One interface, two adapters
 * (embedded PGlite, Postgres server) that pass the same conformance suite.
 */
import type { StorySummary, WeightedFeatures } from "../stories/types.ts";
import type { Article } from "../types.ts";
import type { Report } from "../report/types.ts";
import type { SearchResults, StoryListItem } from "../server/ui-types.ts";
import type { Alert, AlertQuery, NewAlert } from "../alerts/types.ts";

export type StoreBackend = "pglite" | "postgres";

/** An article as stored: the ingested record plus what the store adds. */
export interface StoredArticle extends Article {
  readonly canonicalUrl: string | null;
  readonly contentHash: string;
  readonly storyId: string | null;
  /** ISO 8601 time the store first saw it. */
  readonly ingestedAt: string;
  /** Insertion order (monotonic); the deterministic order for rebuilding story clusters. */
  readonly seq: number;
}

/** A row of the article list (no body text). */
export interface ArticleListItem {
  readonly id: string;
  readonly title: string | null;
  readonly outlet: string;
  readonly url: string | null;
  readonly published: string | null;
  readonly language: string;
  readonly storyId: string | null;
  readonly ingestedAt: string;
}

export interface StoryRecord {
  readonly id: string;
  readonly title: string;
  readonly updatedAt: string;
  /** Member articles in insertion order. */
  readonly articleIds: readonly string[];
  readonly analyzed: boolean;
  /** Fact counts of the latest analysis (0 when not analyzed). */
  readonly facts: number;
  readonly contested: number;
  readonly singleSource: number;
}

/** Why an incoming article was not added. */
export interface Duplicate {
  /** The incoming article's id. */
  readonly id: string;
  /** The stored article it duplicates. */
  readonly existingId: string;
  /** "content": same normalized text (sha256); "url": same canonical URL. */
  readonly reason: "content" | "url";
}

export interface AddResult {
  readonly added: readonly string[];
  readonly duplicates: readonly Duplicate[];
}

export interface AddOptions {
  /** Story to file the added articles under (the story row is created when missing). */
  readonly storyId?: string;
  /** Title for a story created by this call. */
  readonly storyTitle?: string;
}

export interface ListOptions {
  readonly limit?: number;
  readonly offset?: number;
  readonly storyId?: string;
}

export interface SearchOptions {
  /** Maximum hits per kind (articles, facts); default 20. */
  readonly limit?: number;
}

/** What `watch` keeps of one source: HTTP validators (conditional GET) and its error backoff. */
export interface WatchState {
  readonly source: string;
  readonly etag: string | null;
  readonly lastModified: string | null;
  /** ISO 8601 time of the last check. */
  readonly checkedAt: string;
  /** Failures in a row (0 after a success). */
  readonly failures: number;
  /** ISO 8601 time before which the source is not tried again (backoff), or null. */
  readonly retryAt: string | null;
}

/** Where some candidate keys occur: per story, how many of its articles carry each key. */
export interface StoryKeyMatches {
  /** Stories with keys (the "" size key), for the keys' rarity. */
  readonly stories: number;
  /** One row per story and key found. */
  readonly matches: readonly { readonly storyId: string; readonly key: string; readonly members: number }[];
  /** Article count of each story in `matches`. */
  readonly sizes: ReadonlyMap<string, number>;
}

/** A story's clustering summary: what an ingest files new articles against instead of its articles. */
export type { StorySummary, WeightedFeatures };

/** Document frequencies of some story features over the filed articles. */
export interface FeatureFrequencies {
  /** Articles counted. */
  readonly documents: number;
  /** Feature → how many of them hold it (features none holds are absent). */
  readonly counts: ReadonlyMap<string, number>;
}

export interface Store {
  readonly backend: StoreBackend;
  /**
   * Adds articles, skipping any whose normalized text (sha256) or canonical URL is already
   * stored or repeated earlier in the batch. Idempotent. One transaction.
   */
  addArticles(articles: readonly Article[], options?: AddOptions): Promise<AddResult>;
  /** Which of these articles are already stored (by content hash or canonical URL). Read-only. */
  findDuplicates(articles: readonly Article[]): Promise<readonly Duplicate[]>;
  /** Files articles under a story (created, or renamed when `title` is given). One transaction. */
  assignStory(storyId: string, articleIds: readonly string[], options?: { title?: string }): Promise<void>;
  /** Every stored article with its text, in insertion order. */
  allArticles(): Promise<readonly StoredArticle[]>;
  /** The stored articles no story holds, with their text, in insertion order. */
  unassignedArticles(): Promise<readonly StoredArticle[]>;
  /** Each of the stories' latest `limit` articles (by insertion), with their text, all in insertion order. */
  storySamples(storyIds: readonly string[], limit: number): Promise<readonly StoredArticle[]>;
  /**
   * Adds to a story's key counts (`replace`: sets them, dropping the rest); the key "" counts its
   * articles. The story must exist. One transaction.
   */
  addStoryKeys(storyId: string, counts: ReadonlyMap<string, number>, options?: { replace?: boolean }): Promise<void>;
  /**
   * The stories that carry any of these keys, with their counts and sizes; a key carried by more
   * stories than `maxStories(number of keyed stories)` is left out (too common to tell stories
   * apart). Read-only.
   */
  matchStoryKeys(keys: readonly string[], options?: { maxStories?: (stories: number) => number }): Promise<StoryKeyMatches>;
  /** Stories whose key counts do not cover exactly their articles (stored before keys were kept, or filed without them). */
  staleStoryKeys(): Promise<readonly string[]>;
  /** The ids of the `limit` stories updated last. */
  recentStories(limit: number): Promise<readonly string[]>;
  /** The stories' summaries (stories without one are absent). Read-only. */
  storySummaries(storyIds: readonly string[]): Promise<ReadonlyMap<string, StorySummary>>;
  /** Sets a story's summary (null: drops it). The story must exist. */
  saveStorySummary(storyId: string, summary: StorySummary | null): Promise<void>;
  /** Stories whose summary does not sum exactly their articles (or that have none). */
  staleStorySummaries(): Promise<readonly string[]>;
  /** The document frequencies of these features. Read-only. */
  featureFrequencies(features: readonly string[]): Promise<FeatureFrequencies>;
  /** Adds to feature frequencies (the feature "" counts articles; `replace`: sets them all, dropping the rest). */
  addFeatureFrequencies(counts: ReadonlyMap<string, number>, options?: { replace?: boolean }): Promise<void>;
  /** Whether the feature frequencies count other than exactly the articles filed under a story. */
  featureFrequenciesStale(): Promise<boolean>;
  listArticles(options?: ListOptions): Promise<readonly ArticleListItem[]>;
  getArticle(id: string): Promise<StoredArticle | null>;
  /** id → normalized text, for the ids that exist. */
  articleTexts(ids: readonly string[]): Promise<ReadonlyMap<string, string>>;
  listStories(): Promise<readonly StoryListItem[]>;
  getStory(id: string): Promise<StoryRecord | null>;
  getReport(storyId: string): Promise<Report | null>;
  /**
   * An opaque token that changes whenever the story, its articles or its report change
   * (null when there is no such story): a cheap check for caches and ETags.
   */
  storyVersion(storyId: string): Promise<string | null>;
  /** Stores a story's report and replaces its facts (searchable). One transaction. */
  saveAnalysis(storyId: string, report: Report): Promise<void>;
  search(query: string, options?: SearchOptions): Promise<SearchResults>;
  /**
   * Runs `fn` with a store whose every call is part of one transaction: committed when `fn`
   * resolves, rolled back (nothing written) when it throws. Not re-entrant across stores.
   */
  transaction<T>(fn: (store: Store) => Promise<T>): Promise<T>;
  /**
   * Runs `fn` as the only writer: one at a time per store object, and on Postgres one at a time
   * across every process sharing the database schema (a session advisory lock), so two ingests
   * never cluster or analyze against each other's half-written stories. Readers are not blocked.
   */
  withWriteLock<T>(fn: () => Promise<T>): Promise<T>;
  /** How many articles are stored. */
  countArticles(): Promise<number>;
  /** A story's articles with their text, in insertion order. */
  storyArticles(storyId: string): Promise<readonly StoredArticle[]>;
  /** The canonical URLs among `urls` (already canonical) that a stored article has. */
  knownUrls(urls: readonly string[]): Promise<ReadonlySet<string>>;
  /** Stores the alerts whose key is new (each key once, ever); returns those newly stored. */
  addAlerts(alerts: readonly NewAlert[]): Promise<readonly Alert[]>;
  listAlerts(query?: AlertQuery): Promise<readonly Alert[]>;
  getWatchState(source: string): Promise<WatchState | null>;
  saveWatchState(state: Omit<WatchState, "checkedAt">): Promise<void>;
  /** The last alert seq delivered to a target (a webhook URL), or null. */
  alertCursor(target: string): Promise<number | null>;
  setAlertCursor(target: string, seq: number): Promise<void>;
  /**
   * Runs `fn` holding the lock `name` (one story's re-analysis, one host's requests): one holder at
   * a time in this process, and on Postgres across every process sharing the schema.
   */
  withNamedLock<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /** Deletes every article, story and fact (tests, a fresh start); the schema stays. One transaction. */
  clear(): Promise<void>;
  /** Records where a server holding this store can be reached, for a second process that tries to open it (embedded store). */
  announce(url: string): void;
  close(): Promise<void>;
}
