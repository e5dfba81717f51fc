/**
 * @module Batch refinement of stories: a story that holds two similar but different events (two
 * earthquakes in one country, a coach fired and the same coach hired years later) is split where
 * its members' own similarity says so. Each story's members are clustered by average linkage on
 * TF-IDF cosine (terms and entities, IDF over all the articles given); merging stops when the best
 * pair of groups is less alike than `splitThreshold`. Groups too small to stand alone (fewer than
 * `minPart` articles) rejoin the group they are most like. Then stories whose average link (the
 * mean similarity of their articles, from mean vectors) reaches `joinThreshold` merge, best pair
 * first: the pass may have split one event across stories whose first articles were worded
 * apart. The result depends only on the set of articles, never on their order, so batch and
 * incremental clustering stay equal.
 */
import { docFeatures, type FeatureOptions } from "./features.ts";
import { joinStories, type StoryVec } from "./join.ts";
import { dot, tfidf } from "./sparse.ts";
import type { StoryCluster, StoryDoc } from "./types.ts";

export interface RefineOptions extends FeatureOptions {
  /** Average-linkage similarity below which two groups of a story are two events (default 0.2; 0 never splits). */
  readonly splitThreshold?: number;
  /** Smallest group that stands as a story of its own (default 4). */
  readonly minPart?: number;
  /** Average link at which two stories are one event and merge after the split (default 0.23; 0 never merges). */
  readonly joinThreshold?: number;
  /** Share of the similarity from entities rather than words (default 0.3). */
  readonly entityWeight?: number;
  /** Background documents assumed in IDF (default 20, as in the pass). */
  readonly idfBackground?: number;
  /** Days over which the link of two stories decays by 1/e outside their time spans (default 10, as in the pass). */
  readonly timeScaleDays?: number;
  /** Stories smaller than this are left as they are (default 6). */
  readonly minStory?: number;
  /** Stories larger than this are left as they are: their split test would cost too much (default 600). */
  readonly maxStory?: number;
  /** Words of text an article needs for its similarity to decide a split or a join (default 15): headlines alone are too short to tell two events apart. */
  readonly minWords?: number;
}

export const DEFAULT_SPLIT_THRESHOLD = 0.2;
export const DEFAULT_JOIN_THRESHOLD = 0.23;

const featureCache = new WeakMap<StoryDoc, ReturnType<typeof docFeatures>>();

/**
 * Average-linkage groups of items with pairwise similarity `sim`, merging while the best pair of
 * groups is at least `threshold` alike. Group links are kept in a matrix and updated by the
 * Lance–Williams rule, so n items cost O(n²) similarities and O(n³) at worst in updates.
 */
export function averageLinkage(n: number, sim: (i: number, j: number) => number, threshold: number): number[][] {
  const link: Float64Array[] = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const v = sim(i, j);
      (link[i] as Float64Array)[j] = v;
      (link[j] as Float64Array)[i] = v;
    }
  const members: (number[] | null)[] = Array.from({ length: n }, (_, i) => [i]);
  for (;;) {
    let best = -Infinity;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < n; i++) {
      if (!members[i]) continue;
      const row = link[i] as Float64Array;
      for (let j = i + 1; j < n; j++) if (members[j] && (row[j] as number) > best) [best, bi, bj] = [row[j] as number, i, j];
    }
    if (bi < 0 || best < threshold) break;
    const a = members[bi] as number[];
    const b = members[bj] as number[];
    for (let k = 0; k < n; k++) {
      if (!members[k] || k === bi || k === bj) continue;
      const v = (a.length * ((link[bi] as Float64Array)[k] as number) + b.length * ((link[bj] as Float64Array)[k] as number)) / (a.length + b.length);
      (link[bi] as Float64Array)[k] = v;
      (link[k] as Float64Array)[bi] = v;
    }
    members[bi] = [...a, ...b].sort((x, y) => x - y);
    members[bj] = null;
  }
  return members.filter((m): m is number[] => m !== null).sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0));
}

/**
 * Split stories that hold more than one event. `docs` are all the articles clustered (for IDF);
 * `nameOf` names a part split off a story from its first article (sorted by id).
 */
export function refineStories(stories: readonly StoryCluster[], docs: ReadonlyMap<string, StoryDoc>, nameOf: (firstArticleId: string) => string, options: RefineOptions = {}): StoryCluster[] {
  const threshold = options.splitThreshold ?? DEFAULT_SPLIT_THRESHOLD;
  const minPart = options.minPart ?? 4;
  const join = options.joinThreshold ?? DEFAULT_JOIN_THRESHOLD;
  const minStory = options.minStory ?? 6;
  const maxStory = options.maxStory ?? 600;
  const minWords = options.minWords ?? 15;
  const wordy = new Map([...docs.values()].map((d) => [d.id, hasWords(d.text, minWords)]));
  /** Most of a story's articles have enough text for their similarities to mean something. */
  const readable = (ids: readonly string[]): boolean => ids.filter((id) => wordy.get(id)).length * 2 >= ids.length;
  const ew = options.entityWeight ?? 0.3;
  const background = options.idfBackground ?? 20;
  if (threshold <= 0 && join <= 0) return [...stories];
  const fo: FeatureOptions = { ...(options.titleWeight !== undefined ? { titleWeight: options.titleWeight } : {}), ...(options.maxWords !== undefined ? { maxWords: options.maxWords } : {}) };
  const featuresOf = (d: StoryDoc): ReturnType<typeof docFeatures> => {
    if (fo.titleWeight !== undefined || fo.maxWords !== undefined) return docFeatures(d.title, d.text, d.entities ?? [], fo);
    let f = featureCache.get(d);
    if (!f) {
      f = docFeatures(d.title, d.text, d.entities ?? []);
      featureCache.set(d, f);
    }
    return f;
  };
  const features = new Map([...docs.values()].map((d) => [d.id, featuresOf(d)]));
  const termDf = new Map<string, number>();
  const entityDf = new Map<string, number>();
  for (const f of features.values()) {
    for (const k of f.terms.keys()) termDf.set(k, (termDf.get(k) ?? 0) + 1);
    for (const k of f.entities.keys()) entityDf.set(k, (entityDf.get(k) ?? 0) + 1);
  }
  const n = features.size;
  const vecCache = new Map<string, StoryVec>();
  const vecOf = (id: string): StoryVec => {
    let v = vecCache.get(id);
    if (!v) {
      const f = features.get(id);
      v = { terms: tfidf(f?.terms ?? new Map(), termDf, n, background), entities: tfidf(f?.entities ?? new Map(), entityDf, n, background) };
      vecCache.set(id, v);
    }
    return v;
  };
  const out: StoryCluster[] = [];
  for (const story of stories) {
    const ids = [...story.articleIds].sort();
    if (threshold <= 0 || ids.length < minStory || ids.length > maxStory || !readable(ids)) {
      out.push(story);
      continue;
    }
    const vecs = ids.map(vecOf);
    const sim = (i: number, j: number): number => {
      const a = vecs[i];
      const b = vecs[j];
      return a && b ? (1 - ew) * dot(a.terms, b.terms) + ew * dot(a.entities, b.entities) : 0;
    };
    let groups = averageLinkage(ids.length, sim, threshold);
    // Groups too small to be an event of their own rejoin the group they are most like.
    const big = groups.filter((g) => g.length >= minPart);
    const avgLink = (a: readonly number[], b: readonly number[]): number => {
      let t = 0;
      let c = 0;
      for (const i of a) for (const j of b) if (i !== j) [t, c] = [t + sim(i, j), c + 1];
      return c > 0 ? t / c : 0;
    };
    // A split stands only when the parts are less alike than each is within itself: otherwise they are one event covered in different ways.
    const distinct = big.every((a, x) => big.every((b, y) => x >= y || avgLink(a, b) < Math.min(avgLink(a, a), avgLink(b, b))));
    if (big.length < 2 || !distinct) {
      out.push(story);
      continue;
    }
    for (const small of groups.filter((g) => g.length < minPart)) {
      let home = big[0] as number[];
      let best = -1;
      for (const g of big) {
        let t = 0;
        for (const i of small) for (const j of g) t += sim(i, j);
        const avg = t / (small.length * g.length);
        if (avg > best) [best, home] = [avg, g];
      }
      home.push(...small);
    }
    groups = big.map((g) => [...g].sort((x, y) => x - y));
    // The largest part keeps the story's id and title (ties: the part with the first article); the others are named after their first article.
    const keepPart = groups.reduce((best, g, k) => ((g.length > (groups[best]?.length ?? 0)) ? k : best), 0);
    groups.forEach((g, k) => {
      const members = g.map((i) => ids[i] as string);
      const keep = k === keepPart;
      out.push({ id: keep ? story.id : nameOf(members[0] as string), title: keep ? story.title : (docs.get(members[0] as string)?.title ?? story.title), articleIds: members });
    });
  }
  const timeOf = (id: string): number | null => {
    const p = docs.get(id)?.published;
    const t = p ? Date.parse(p) : Number.NaN;
    return Number.isFinite(t) ? t : null;
  };
  return joinStories(out, { vecOf, timeOf, ew, threshold: join, readable, timeScale: (options.timeScaleDays ?? 10) * 86_400_000 });
}

/** Does the text hold at least `n` words? Stops counting at `n`. */
function hasWords(text: string, n: number): boolean {
  let count = 0;
  for (const _ of text.matchAll(/\p{L}+/gu)) if (++count >= n) return true;
  return n <= 0;
}
