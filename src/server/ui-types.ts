/**
 * @module Input types shared by the server (which gathers the data from the store) and the
 * server-rendered UI pages (pure renderers in server/ui/ that turn them into HTML).
 */
import type { Report } from "../report/types.ts";

/** One row of the story list page and of GET /api/stories. */
export interface StoryListItem {
  readonly id: string;
  readonly title: string;
  /** Number of articles in the story. */
  readonly articles: number;
  /** Number of facts in the story's latest analysis (0 when not analyzed yet). */
  readonly facts: number;
  /** Facts whose verdict is "contested". */
  readonly contested: number;
  /** Facts whose verdict is "single-source". */
  readonly singleSource: number;
  /** ISO 8601 time of the story's last update. */
  readonly updatedAt: string;
}

/** One article hit of a full-text search; `snippet` is plain text (the renderer escapes it). */
export interface ArticleHit {
  readonly id: string;
  readonly title: string | null;
  readonly outlet: string;
  /** What readers see for the article in its story's report (the outlet, or a letter when none is named); set by the server. */
  readonly label?: string;
  readonly storyId: string | null;
  /** Excerpt around the match; matched words are wrapped in the markers below. */
  readonly snippet: string;
}

/** One fact hit of a full-text search. */
export interface FactHit {
  readonly id: string;
  readonly storyId: string;
  readonly statement: string;
  readonly verdict: string;
}

export interface SearchResults {
  readonly articles: readonly ArticleHit[];
  readonly facts: readonly FactHit[];
}

/**
 * Markers around matched words in `ArticleHit.snippet` (private-use characters, never in
 * article text): renderers escape the snippet, then turn these into <mark>…</mark>.
 */
export const SNIPPET_START = "\u{E000}";
export const SNIPPET_STOP = "\u{E001}";

/* ------------------------------------------------------------------------------------------
 * The renderers the server calls. The UI helper implements them in server/ui/ and exports
 * them all from `src/server/ui/index.ts` (the server imports that file, nothing else). Each
 * returns a complete HTML document; article text is always escaped.
 */
export interface StoryListOptions {
  /** The search box's current value, if any. */
  readonly query?: string;
}

export interface StoryPageInput {
  readonly report: Report;
  readonly storyId: string;
  /** Article id → normalized text (spans index into it). */
  readonly texts: ReadonlyMap<string, string>;
}

export interface ArticlePageInput {
  readonly report: Report;
  readonly articleId: string;
  readonly text: string;
}

export interface ComparePageInput {
  readonly report: Report;
  readonly a: string;
  readonly b: string;
  readonly texts: ReadonlyMap<string, string>;
}

export interface SearchPageInput {
  readonly query: string;
  readonly results: SearchResults;
}

export interface UiRenderers {
  renderStoryList(items: readonly StoryListItem[], opts?: StoryListOptions): string;
  renderStoryPage(input: StoryPageInput): string;
  renderArticlePage(input: ArticlePageInput): string;
  renderComparePage(input: ComparePageInput): string;
  renderSearchPage(input: SearchPageInput): string;
}
