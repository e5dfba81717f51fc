/**
 * @module Full-text search over articles and facts: `websearch_to_tsquery('english', q)`
 * against the generated tsvector columns, ranked by ts_rank, with ts_headline snippets whose
 * matches are wrapped in the SNIPPET_START/SNIPPET_STOP markers (renderers escape, then mark).
 */
import { sql, type Kysely, type Transaction } from "kysely";
import type { ArticleHit, FactHit, SearchResults } from "../server/ui-types.ts";
import { SNIPPET_START, SNIPPET_STOP } from "../server/ui-types.ts";
import type { Database } from "./schema.ts";
import { clampLimit } from "./rows.ts";
import type { SearchOptions } from "./types.ts";

export async function searchStore(db: Kysely<Database> | Transaction<Database>, query: string, options: SearchOptions = {}): Promise<SearchResults> {
  const limit = clampLimit(options.limit, 20, 200);
  if (query.trim() === "") return { articles: [], facts: [] };
  const tsquery = sql`websearch_to_tsquery('english', ${query})`;
  const headline = `StartSel=${SNIPPET_START}, StopSel=${SNIPPET_STOP}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
  const articles = await sql<{ id: string; title: string | null; outlet: string; story_id: string | null; snippet: string }>`
    select a.id, a.title, a.outlet, a.story_id,
      ts_headline('english', a.text, q, ${headline}) as snippet
    from articles a, ${tsquery} q
    where a.tsv @@ q
    order by ts_rank(a.tsv, q) desc, a.seq
    limit ${limit}`.execute(db);
  const facts = await sql<{ id: string; story_id: string; statement: string; verdict: string }>`
    select f.id, f.story_id, f.statement, f.verdict
    from facts f, ${tsquery} q
    where f.tsv @@ q
    order by ts_rank(f.tsv, q) desc, f.story_id, f.id
    limit ${limit}`.execute(db);
  const articleHits: ArticleHit[] = articles.rows.map((r) => ({
    id: r.id, title: r.title, outlet: r.outlet, storyId: r.story_id, snippet: wholeWordMarks(r.snippet),
  }));
  const factHits: FactHit[] = facts.rows.map((r) => ({ id: r.id, storyId: r.story_id, statement: r.statement, verdict: r.verdict }));
  return { articles: articleHits, facts: factHits };
}

/**
 * Widens each match marker to the whole word it sits in: Postgres's parser splits "S-400" into
 * "s" and "-400" and marks only the part it matched, which reads as a broken highlight.
 */
export function wholeWordMarks(snippet: string): string {
  const word = String.raw`[\p{L}\p{N}][\p{L}\p{N}'’._/-]*[\p{L}\p{N}]|[\p{L}\p{N}]`;
  const re = new RegExp(`(${word})?${SNIPPET_START}([^${SNIPPET_STOP}]*)${SNIPPET_STOP}((?:[\\p{L}\\p{N}'’._/-]*[\\p{L}\\p{N}])?)`, "gu");
  return snippet.replace(re, (_m, head: string | undefined, inner: string, tail: string) => `${SNIPPET_START}${head ?? ""}${inner}${tail}${SNIPPET_STOP}`);
}
