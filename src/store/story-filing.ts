/**
 * @module The incremental way of filing articles under stories: against the stored stories'
 * summaries (stories/seeded.ts), not their articles. The candidate stories are those whose story
 * keys (stories/keys.ts, kept per story) best match each incoming article's, plus the stories
 * updated last; their summaries are seeded into the pass, with the store's document frequencies
 * for IDF, and the incoming articles are filed against them; the stories that took articles are
 * then refined with their latest SAMPLE stored articles. A batch reads its own articles, one
 * summary per candidate story and the latest articles of the stories it joins, so it costs the
 * same however large the store grows. Stories whose keys or summaries do not cover their articles
 * (stored before they were kept, or filed the full way) are re-keyed and re-summarized first, and
 * the document frequencies recounted when they do not count exactly the filed articles.
 */
import { pushTo } from "../multimap.ts";
import type { Article } from "../types.ts";
import type { DocFrequencies } from "../stories/types.ts";
import { storedToArticle } from "./rows.ts";
import type { Pipeline, StoryDoc, StoryFiling } from "./pipeline-port.ts";
import { plansFrom, rekeyStale, toDoc, type Plan } from "./story-docs.ts";
import type { Store } from "./types.ts";

/** Latest articles read per story that takes articles (a split test reads them). */
export const SAMPLE = 100;
/** Best-matching stories seeded per incoming article (the pass compares 12 per article too). */
export const CANDIDATES = 12;
/** Stories updated last, always seeded (the pass always compares the 4 most recently active). */
export const RECENT = 4;
/** Stories seeded per batch at most: a batch of 100 unrelated articles reads at most this many summaries. */
export const MAX_SEEDS = 1200;
/**
 * A key carried by more than this share of the stories, and by more than COMMON_FLOOR stories, is
 * not looked up (a row per story, for little rank). The floor is high: below it, leaving common keys
 * out changed the stories of re-clustering candidate stories (a generated 2,000-article stream: 168
 * stories instead of the full re-clustering's 163; with all keys, 163), so only a large store drops them.
 */
const COMMON_SHARE = 0.2;
const COMMON_FLOOR = 1000;

/** Each feature of the articles, how many hold it; "" how many articles. */
export function frequencyCounts(articles: readonly Article[], filing: StoryFiling): Map<string, number> {
  const counts = new Map<string, number>([["", articles.length]]);
  for (const a of articles) for (const k of filing.featureKeys(toDoc(a))) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

/**
 * Recounts the feature frequencies when they do not count exactly the filed articles (one story's
 * articles read at a time), then re-summarizes each story whose summary does not sum its articles.
 */
export async function refreshSummaries(store: Store, filing: StoryFiling): Promise<number> {
  if (await store.featureFrequenciesStale()) {
    const counts = new Map<string, number>([["", 0]]);
    for (const story of await store.listStories()) {
      for (const [k, n] of frequencyCounts((await store.storyArticles(story.id)).map(storedToArticle), filing)) counts.set(k, (counts.get(k) ?? 0) + n);
    }
    await store.addFeatureFrequencies(counts, { replace: true });
  }
  const stale = await store.staleStorySummaries();
  for (const id of stale) {
    await store.transaction(async (tx) => {
      const members = (await tx.storyArticles(id)).map((a) => toDoc(storedToArticle(a)));
      const found = await tx.featureFrequencies(members.flatMap((d) => filing.featureKeys(d)));
      await tx.saveStorySummary(id, members.length === 0 ? null : filing.summarize(members, { documents: found.documents, df: (k) => found.counts.get(k) ?? 0 }));
    });
  }
  return stale.length;
}

/**
 * The stories to seed: the stories updated last, and each incoming article's best-matching ones by
 * story keys — every article's best first, then its second best, and so on, up to MAX_SEEDS. In the
 * order to seed them: the matched ones, then the ones updated last, the latest last.
 */
export async function candidateStories(store: Store, incoming: readonly Article[], pipeline: Pipeline): Promise<string[]> {
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
    return [...score].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, CANDIDATES).map(([id]) => id);
  });
  const recent = [...(await store.recentStories(RECENT))].reverse();
  const chosen = new Set<string>(recent);
  const matched: string[] = [];
  for (let rank = 0; rank < CANDIDATES; rank++) {
    for (const list of ranked) {
      const id = list[rank];
      if (id === undefined || chosen.has(id) || chosen.size >= MAX_SEEDS) continue;
      chosen.add(id);
      matched.push(id);
    }
  }
  return [...matched, ...recent];
}

/**
 * Saves, in the transaction `tx` that files them, what `filed` articles (those of the plan that
 * joined its story) add to the story's summary and to the feature frequencies. Nothing for a plan
 * of the full way: its story's summary goes stale and is rebuilt by the next incremental filing.
 */
export async function saveFiling(tx: Store, plan: Plan, filed: readonly Article[], pipeline: Pipeline): Promise<void> {
  if (plan.filing === undefined || pipeline.filing === undefined) return;
  const { before, vectors } = plan.filing;
  const none = { terms: [], entities: [] };
  await tx.saveStorySummary(plan.id, pipeline.filing.addToSummary(before, filed.map((a) => ({ ...(vectors.get(a.id) ?? none), published: a.published }))));
  await tx.addFeatureFrequencies(frequencyCounts(filed, pipeline.filing));
}

/**
 * Files `fresh` articles and the stored ones no story holds yet against the candidate stories'
 * summaries. Returns the plans of the stories that gain articles, each with what its summary adds.
 */
export async function planFiled(store: Store, fresh: readonly Article[], pipeline: Pipeline, filing: StoryFiling): Promise<Map<string, Plan>> {
  await rekeyStale(store, pipeline);
  await refreshSummaries(store, filing);
  const unassigned = await store.unassignedArticles();
  const incoming = [...unassigned.map(storedToArticle), ...fresh];
  const docs = incoming.map(toDoc);
  const chosen = await candidateStories(store, incoming, pipeline);
  const summaries = await store.storySummaries(chosen);
  const seeds = chosen.flatMap((id) => {
    const summary = summaries.get(id);
    return summary === undefined ? [] : [[id, summary] as const];
  });
  const found = await store.featureFrequencies(docs.flatMap((d) => filing.featureKeys(d)));
  const before: DocFrequencies = { documents: found.documents, df: (k) => found.counts.get(k) ?? 0 };
  const filed = filing.file(seeds, docs, before);
  const joined = [...new Set(filed.groups.flatMap((g) => (g.seed === null ? [] : [g.seed])))];
  const samples = await store.storySamples(joined, SAMPLE);
  const stored = new Map<string, StoryDoc[]>();
  for (const a of samples) if (a.storyId !== null) pushTo(stored, a.storyId, toDoc(storedToArticle(a)));
  const clusters = filing.refine(filed, stored, docs, before);
  const plans = await plansFrom(store, clusters, [...samples, ...unassigned], fresh);
  for (const plan of plans.values()) plan.filing = { before: plan.created ? null : (summaries.get(plan.id) ?? null), vectors: filed.vectors };
  return plans;
}
