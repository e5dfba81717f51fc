/**
 * @module What both ways of filing articles under stories share (story-plan.ts re-clusters stored
 * articles, story-filing.ts files against stored summaries): articles as the clusterer reads them,
 * story keys, new story ids, and turning the clustered stories into plans — each story holding
 * incoming articles keeps the stored story most of its stored members belong to, else it is a new
 * story.
 */
import type { Article } from "../types.ts";
import type { FiledVectors } from "../stories/seeded.ts";
import { storedToArticle } from "./rows.ts";
import type { ClusteredStory, Pipeline, StoryDoc } from "./pipeline-port.ts";
import type { Store, StoredArticle, StorySummary } from "./types.ts";
import { createHash } from "node:crypto";

export interface Plan {
  id: string;
  title: string;
  created: boolean;
  /** Stored articles without a story that join it. */
  existing: StoredArticle[];
  /** New articles that join it. */
  fresh: Article[];
  /** Filed against summaries (story-filing.ts): the story's summary before (null: none) and each joining article's vectors, to save its summary after. */
  filing?: { readonly before: StorySummary | null; readonly vectors: ReadonlyMap<string, FiledVectors> };
}

/** Documents given out lately, by article id: the same article gets the same document object. */
const docs = new Map<string, StoryDoc>();
/** Documents kept: a few batches' new articles and the stored articles read with them. */
const DOCS_KEPT = 3000;

/**
 * An article as the clusterer reads it. The same object for the same article (same title, text and
 * date) while it is among the DOCS_KEPT used last, so what the clusterer derives from a document
 * (its words and features, cached per document object) is read once, not once per batch.
 */
export function toDoc(article: Article): StoryDoc {
  const kept = docs.get(article.id);
  if (kept !== undefined && kept.title === article.title && kept.text === article.text && kept.published === article.published) {
    docs.delete(article.id);
    docs.set(article.id, kept);
    return kept;
  }
  const doc: StoryDoc = { id: article.id, title: article.title, text: article.text, published: article.published };
  docs.delete(article.id);
  docs.set(article.id, doc);
  if (docs.size > DOCS_KEPT) {
    const oldest = docs.keys().next().value;
    if (oldest !== undefined) docs.delete(oldest);
  }
  return doc;
}

/** A new story's id: derived from its first article, so re-running the same ingest gives the same ids. */
export function newStoryId(firstArticleId: string): string {
  return `story-${createHash("sha256").update(firstArticleId).digest("hex").slice(0, 12)}`;
}

/** The key counts of some articles: each key, how many carry it; "" how many articles. */
export function keyCounts(articles: readonly Article[], pipeline: Pipeline): Map<string, number> {
  const counts = new Map<string, number>([["", articles.length]]);
  for (const a of articles) for (const k of pipeline.candidateKeys?.(toDoc(a)) ?? []) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

/** Re-keys every story whose keys do not cover exactly its articles, one story at a time. */
export async function rekeyStale(store: Store, pipeline: Pipeline): Promise<number> {
  const stale = await store.staleStoryKeys();
  for (const id of stale) {
    await store.transaction(async (tx) => {
      const members = await tx.storyArticles(id);
      await tx.addStoryKeys(id, members.length === 0 ? new Map() : keyCounts(members.map(storedToArticle), pipeline), { replace: true });
    });
  }
  return stale.length;
}

/**
 * The plans of the stories that gain articles, from clustered stories of `stored` (read with their
 * story) and `fresh` articles: incoming are the fresh ones and the stored ones without a story.
 */
export async function plansFrom(store: Store, clusters: readonly ClusteredStory[], stored: readonly StoredArticle[], fresh: readonly Article[]): Promise<Map<string, Plan>> {
  const storedById = new Map(stored.map((a) => [a.id, a]));
  const freshById = new Map(fresh.map((a) => [a.id, a]));
  const titles = new Map<string, string | null>();
  const titleOf = async (id: string): Promise<string | null> => {
    if (!titles.has(id)) titles.set(id, (await store.getStory(id))?.title ?? null);
    return titles.get(id) ?? null;
  };
  const plans = new Map<string, Plan>();
  for (const cluster of clusters) {
    const newcomers = cluster.articleIds.filter((id) => freshById.has(id) || storedById.get(id)?.storyId === null);
    if (newcomers.length === 0) continue;
    // The cluster keeps the stored story most of its stored members belong to (ties: the first counted).
    const votes = new Map<string, number>();
    for (const id of cluster.articleIds) {
      const storyId = storedById.get(id)?.storyId;
      if (storyId) votes.set(storyId, (votes.get(storyId) ?? 0) + 1);
    }
    const kept = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    // A new story takes the clusterer's id (stable, derived from its first article) unless a
    // stored story already uses that id for other articles.
    const taken = plans.has(cluster.id) || (await titleOf(cluster.id)) !== null;
    const id = kept ?? (taken ? newStoryId(cluster.articleIds[0] ?? newcomers[0] ?? "") : cluster.id);
    const plan = plans.get(id) ?? { id, title: (await titleOf(id)) ?? cluster.title, created: kept === undefined, existing: [], fresh: [] };
    for (const articleId of newcomers) {
      const old = storedById.get(articleId);
      if (old !== undefined) plan.existing.push(old);
      const incoming = freshById.get(articleId);
      if (incoming !== undefined) plan.fresh.push(incoming);
    }
    plans.set(id, plan);
  }
  return plans;
}
