/**
 * @module Filing new articles under stored stories from the stories' summaries, without reading
 * their articles (a store's incremental ingest). The candidate stories are seeded into an online
 * pass (online.ts `seed`: their centroids and spans), IDF counts the articles filed before
 * (document frequencies the store keeps), and the new articles are fed in canonical order: each
 * joins a seeded story or a new one as in a pass over everything. Then the stories that took
 * articles are refined as a batch clustering refines its stories (refine.ts: a story holding two
 * events splits, stories of one event join), a seeded one together with its latest stored
 * articles. A story's summary grows by the vectors its new articles were filed with
 * (`addToSummary`), so the next batch seeds it again without reading its articles: a batch costs
 * its own articles and the stories they join, whatever the store holds.
 */
import { stableId } from "../ids.ts";
import { docWordsOf, termOf } from "./features.ts";
import { MAX_KEY_LENGTH } from "./keys.ts";
import { OnlinePass } from "./online.ts";
import { canonicalOrder } from "./order.ts";
import { refineStories } from "./refine.ts";
import type { DocFrequencies, StoryCluster, StoryDoc, StoryOptions, StorySummary, WeightedFeatures } from "./types.ts";

/** Features a summary keeps, as a story centroid of the pass does (online.ts). */
const SUMMARY_TERMS = 400;
const SUMMARY_ENTITIES = 150;

/** What an article was filed with: its unit vectors under the IDF of its filing. */
export interface FiledVectors {
  readonly terms: WeightedFeatures;
  readonly entities: WeightedFeatures;
}

/** A story of the seeded pass that took incoming articles. */
export interface FiledGroup {
  /** The seeded (stored) story it is, or null for a new story. */
  readonly seed: string | null;
  /** Its first incoming article in canonical order (a new story is named after it). */
  readonly founder: string;
  readonly title: string;
  /** The incoming articles it took, sorted. */
  readonly articleIds: readonly string[];
}

export interface Filed {
  readonly groups: readonly FiledGroup[];
  /** Each incoming article's vectors. */
  readonly vectors: ReadonlyMap<string, FiledVectors>;
}

const keysCache = new WeakMap<StoryDoc, readonly string[]>();

/**
 * The features an article counts in document frequencies: "t:" + each of its terms, "e:" + each
 * of its entity keys, once each (none longer than MAX_KEY_LENGTH: no real word is, and a store
 * indexes them). Read once per document object.
 */
export function featureKeys(doc: StoryDoc): readonly string[] {
  let keys = keysCache.get(doc);
  if (keys === undefined) {
    const { words, entities } = docWordsOf(doc);
    const out = new Set<string>();
    for (const word of words.keys()) {
      const term = termOf(word);
      if (term !== null && term.length <= MAX_KEY_LENGTH) out.add(`t:${term}`);
    }
    for (const key of entities.keys()) if (key.length <= MAX_KEY_LENGTH) out.add(`e:${key}`);
    keys = [...out];
    keysCache.set(doc, keys);
  }
  return keys;
}

/** Frequencies counted before, plus those of `docs` (or minus, `sign` −1). */
function counting(before: DocFrequencies, docs: readonly StoryDoc[], sign: 1 | -1): DocFrequencies {
  const own = new Map<string, number>();
  for (const doc of docs) for (const key of featureKeys(doc)) own.set(key, (own.get(key) ?? 0) + 1);
  return { documents: before.documents + sign * docs.length, df: (key) => before.df(key) + sign * (own.get(key) ?? 0) };
}

/**
 * File `incoming` articles (not counted in `before`) under the `seeds` (stored stories by id, the
 * most recently active last) or new stories: the pass of online.ts over the incoming articles in
 * canonical order, the seeded stories standing for the articles filed before.
 */
export function fileAgainst(seeds: readonly (readonly [string, StorySummary])[], incoming: readonly StoryDoc[], before: DocFrequencies, options: StoryOptions = {}): Filed {
  const pass = new OnlinePass(options, { keepFiled: true });
  const terms = new Map<string, number>();
  const entities = new Map<string, number>();
  for (const doc of incoming) {
    for (const key of featureKeys(doc)) {
      const df = before.df(key);
      if (df > 0) (key.startsWith("t:") ? terms : entities).set(key.slice(2), df);
    }
  }
  pass.countBefore(before.documents, terms, entities);
  for (const [id, summary] of seeds) pass.seed(id, summary);
  for (const doc of canonicalOrder(incoming)) pass.add(doc);
  const vectors = new Map<string, FiledVectors>();
  for (const doc of incoming) {
    const filed = pass.filedWith(doc.id);
    if (filed !== null) vectors.set(doc.id, filed);
  }
  return { groups: pass.stories().map((s) => ({ seed: s.seed, founder: s.founder, title: s.title, articleIds: s.articleIds })), vectors };
}

/**
 * The filed stories refined (refine.ts), each seeded one with its `stored` articles (its latest
 * ones: what a split test reads), IDF over the articles filed before and the incoming ones. A new
 * story is named after its founder, as a batch clustering names it; a seeded story keeps its id
 * unless a split gives it to a larger part.
 */
export function refineFiled(filed: Filed, stored: ReadonlyMap<string, readonly StoryDoc[]>, incoming: readonly StoryDoc[], before: DocFrequencies, options: StoryOptions = {}): StoryCluster[] {
  const docs = new Map<string, StoryDoc>();
  for (const list of stored.values()) for (const d of list) docs.set(d.id, d);
  for (const d of incoming) docs.set(d.id, d);
  const taken = new Set(filed.groups.flatMap((g) => (g.seed === null ? [] : [g.seed])));
  const nameOf = (first: string): string => {
    let name = stableId("s", first);
    for (let k = 1; taken.has(name); k++) name = stableId("s", first, String(k));
    taken.add(name);
    return name;
  };
  const clusters = filed.groups.map((g): StoryCluster =>
    g.seed === null
      ? { id: nameOf(g.founder), title: g.title, articleIds: g.articleIds }
      : { id: g.seed, title: g.title, articleIds: [...(stored.get(g.seed) ?? []).map((d) => d.id), ...g.articleIds] },
  );
  return refineStories(clusters, docs, nameOf, { ...options, frequencies: counting(before, incoming, 1) });
}

/** `base` plus the features of `add`, strongest `max` kept (weights to 6 decimals, ties by feature). */
function sum(base: WeightedFeatures, add: readonly WeightedFeatures[], max: number): WeightedFeatures {
  const total = new Map<string, number>(base);
  for (const features of add) for (const [key, w] of features) total.set(key, (total.get(key) ?? 0) + w);
  return [...total]
    .map(([key, w]) => [key, Math.round(w * 1e6) / 1e6] as const)
    .filter(([, w]) => w > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, max);
}

/** A story's summary after articles filed with these vectors joined it (`summary` null: a new story). */
export function addToSummary(summary: StorySummary | null, articles: readonly (FiledVectors & { readonly published: string | null })[]): StorySummary {
  let t0 = summary?.t0 ?? Infinity;
  let t1 = summary?.t1 ?? -Infinity;
  for (const a of articles) {
    const t = a.published ? Date.parse(a.published) : NaN;
    if (!Number.isFinite(t)) continue;
    t0 = Math.min(t0, t);
    t1 = Math.max(t1, t);
  }
  return {
    members: (summary?.members ?? 0) + articles.length,
    t0: Number.isFinite(t0) ? t0 : null,
    t1: Number.isFinite(t1) ? t1 : null,
    terms: sum(summary?.terms ?? [], articles.map((a) => a.terms), SUMMARY_TERMS),
    entities: sum(summary?.entities ?? [], articles.map((a) => a.entities), SUMMARY_ENTITIES),
  };
}

/**
 * The summary of a story's articles (all of them, counted in `frequencies`), as if each had been
 * filed in canonical order after every other stored article: for a story stored without one.
 */
export function summarize(articles: readonly StoryDoc[], frequencies: DocFrequencies, options: StoryOptions = {}): StorySummary {
  const filed = fileAgainst([], articles, counting(frequencies, articles, -1), options);
  return addToSummary(null, articles.map((a) => ({ ...(filed.vectors.get(a.id) ?? { terms: [], entities: [] }), published: a.published })));
}
