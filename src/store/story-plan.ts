/**
 * @module Which stories new articles join. The clusterer is fed stored articles, then the
 * incoming ones (new, or stored without a story); each cluster holding incoming articles keeps the
 * stored story most of its stored members belong to, else it is a new story. Two ways to choose
 * the stored articles fed: `full` reads every stored article (the clustering of the whole store);
 * `incremental` reads only candidate stories — those whose story keys (stories/keys.ts, kept per
 * story in the store) best match each incoming article's, plus the stories updated last — at most
 * their latest SAMPLE articles each and MAX_CONTEXT in all (each article's best story first), so a
 * batch costs the same however large the store grows.
 * The incremental way needs the pipeline's `candidateKeys`; stories whose keys do not cover their
 * articles (stored before keys were kept, or filed by other means) are re-keyed first.
 */
import { pushTo } from "../multimap.ts";
import type { Article } from "../types.ts";
import { storedToArticle } from "./rows.ts";
import type { Pipeline, StoryDoc } from "./pipeline-port.ts";
import type { Store, StoredArticle } from "./types.ts";
import { createHash } from "node:crypto";

/** Latest articles read per candidate story (a story's centroid is well estimated from them). */
export const SAMPLE = 100;
/** Best-matching stories read per incoming article (the pass compares 12 per article too). */
export const CANDIDATES = 12;
/** Stories updated last, always read (the pass always compares the 4 most recently active). */
export const RECENT = 4;

/** Stored articles read per batch at most (candidate stories' samples): a batch of 100 new articles reads at most this many. */
export const MAX_CONTEXT = 4000;
/**
 * A key carried by more than this share of the stories, and by more than COMMON_FLOOR stories, is
 * not looked up (a row per story, for little rank). The floor is high: below it, leaving common keys
 * out changed the stories (a generated 2,000-article stream: 168 stories instead of the full
 * re-clustering's 163; with all keys, 163), so only a large store drops them.
 */
const COMMON_SHARE = 0.2;
const COMMON_FLOOR = 1000;

export type Planning = "incremental" | "full";

export interface Plan {
  id: string;
  title: string;
  created: boolean;
  /** Stored articles without a story that join it. */
  existing: StoredArticle[];
  /** New articles that join it. */
  fresh: Article[];
}

/** Documents given out lately, by article id: the same article gets the same document object. */
const docs = new Map<string, StoryDoc>();
/** Documents kept: a batch's whole context (MAX_CONTEXT) and its new articles, twice over. */
const DOCS_KEPT = 2 * MAX_CONTEXT + 1000;

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

/** The stored articles the incremental way feeds the clusterer: the candidate stories' latest articles. */
async function candidateArticles(store: Store, incoming: readonly Article[], pipeline: Pipeline): Promise<StoredArticle[]> {
  const keysOf = incoming.map((a) => pipeline.candidateKeys?.(toDoc(a)) ?? []);
  // A key most stories carry ranks nothing (its IDF is near 0) and would cost a row per story.
  const found = await store.matchStoryKeys(keysOf.flat(), { maxStories: (stories) => Math.max(COMMON_FLOOR, COMMON_SHARE * stories) });
  const df = new Map<string, number>();
  const byKey = new Map<string, { storyId: string; members: number }[]>();
  for (const m of found.matches) {
    df.set(m.key, (df.get(m.key) ?? 0) + 1);
    pushTo(byKey, m.key, m);
  }
  const ranked = keysOf.map((keys) => {
    // Each shared key adds its rarity (IDF over stories) times the share of the story's articles that carry it.
    const score = new Map<string, number>();
    for (const key of keys) {
      const idf = Math.log(1 + found.stories / (df.get(key) ?? 1));
      for (const m of byKey.get(key) ?? []) score.set(m.storyId, (score.get(m.storyId) ?? 0) + (idf * m.members) / Math.max(1, found.sizes.get(m.storyId) ?? m.members));
    }
    // Not only the best: the clustering of a batch also depends on the stories around it (fewer
    // than 6 changed it on the project's stories; see story-plan.test.ts).
    return [...score].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, CANDIDATES).map(([id]) => id);
  });
  // Every article's best story first, then its second best, and so on, while the articles read stay under MAX_CONTEXT.
  const chosen = new Set<string>(await store.recentStories(RECENT));
  let context = chosen.size * SAMPLE;
  for (let rank = 0; rank < CANDIDATES; rank++) {
    for (const list of ranked) {
      const id = list[rank];
      if (id === undefined || chosen.has(id)) continue;
      const cost = Math.min(SAMPLE, found.sizes.get(id) ?? SAMPLE);
      if (context + cost > MAX_CONTEXT) continue;
      chosen.add(id);
      context += cost;
    }
  }
  return [...(await store.storySamples([...chosen], SAMPLE))];
}

/**
 * Files `fresh` articles and the stored ones no story holds yet under stories, reading the stored
 * articles `planning` says. Returns the plans of the stories that gain articles.
 */
export async function planStories(store: Store, fresh: readonly Article[], pipeline: Pipeline, planning: Planning): Promise<Map<string, Plan>> {
  let stored: readonly StoredArticle[];
  if (planning === "incremental" && pipeline.candidateKeys !== undefined) {
    await rekeyStale(store, pipeline);
    const unassigned = await store.unassignedArticles();
    const context = await candidateArticles(store, [...unassigned.map(storedToArticle), ...fresh], pipeline);
    const ids = new Set(context.map((a) => a.id));
    stored = [...context, ...unassigned.filter((a) => !ids.has(a.id))].sort((a, b) => a.seq - b.seq);
  } else {
    stored = await store.allArticles();
  }
  return fileUnder(store, stored, fresh, pipeline);
}

/** The clustering of `stored` then `fresh`, as plans for the stories that gain articles. */
async function fileUnder(store: Store, stored: readonly StoredArticle[], fresh: readonly Article[], pipeline: Pipeline): Promise<Map<string, Plan>> {
  const clusterer = pipeline.createClusterer();
  const docs = [...stored.map(toDoc), ...fresh.map(toDoc)];
  if (clusterer.addAll !== undefined) clusterer.addAll(docs);
  else for (const doc of docs) clusterer.add(doc);

  const storedById = new Map(stored.map((a) => [a.id, a]));
  const freshById = new Map(fresh.map((a) => [a.id, a]));
  const titles = new Map<string, string | null>();
  const titleOf = async (id: string): Promise<string | null> => {
    if (!titles.has(id)) titles.set(id, (await store.getStory(id))?.title ?? null);
    return titles.get(id) ?? null;
  };
  const plans = new Map<string, Plan>();
  for (const cluster of clusterer.stories()) {
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
