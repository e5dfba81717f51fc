/**
 * @module Batch refinement of stories: a story that holds two similar but different events (two
 * earthquakes in one country, a coach fired and the same coach hired years later) is split where
 * its members' own similarity says so. Each story's articles are cut in two by spectral bisection
 * (bisect.ts) on TF-IDF cosine (terms and entities, IDF over all the articles given); the cut
 * stands when the two parts' average link is below `splitThreshold` and below `bisectRatio` of
 * each part's own average link, and each part is tried again. Then stories whose average link (the
 * mean similarity of their articles, from mean vectors) reaches `joinThreshold` merge, best pair
 * first — the pass may have split one event across stories whose first articles were worded apart
 * — discounted by the time between the stories' event days (event-date.ts: publication dates, or
 * the full date an undated article's lead gives) as in the pass; with `signatureWeight`, both the
 * split test and the join also discount the link of two parts or stories whose event signatures
 * conflict (signature.ts: different main participants or places, event days apart), so two events
 * of one kind told in alike words come apart; two parts of one split are never
 * put back together; stray stories (fewer than `minPart` articles) join the story they are most
 * like when the link reaches `strayThreshold`. The result depends only on the set of articles,
 * never on their order, so batch and incremental clustering stay equal.
 */
import { bisect } from "./bisect.ts";
import { eventTime } from "./event-date.ts";
import { eventSignature, groupSignature, signatureConflict, type EventSignature } from "./signature.ts";
import { docFeatures, type FeatureOptions } from "./features.ts";
import { joinStories, type StoryVec } from "./join.ts";
import { dot, tfidf, type DfLookup } from "./sparse.ts";
import type { DocFrequencies, StoryCluster, StoryDoc } from "./types.ts";

export interface RefineOptions extends FeatureOptions {
  /** Average link below which the two parts of a story's bisection are two events (default 0.2; 0 never splits). */
  readonly splitThreshold?: number;
  /** Share of each part's own average link that the parts' mutual link must stay below for a cut to stand (default 0.8). */
  readonly bisectRatio?: number;
  /** Smallest part that stands as a story of its own (default 4). */
  readonly minPart?: number;
  /** Average link at which two stories are one event and merge after the split (default 0.23; 0 never merges). */
  readonly joinThreshold?: number;
  /** Link at which a story of fewer than `minPart` articles joins the larger story it is most like (default 0: never). */
  readonly strayThreshold?: number;
  /** Date stories by their articles' event days (event-date.ts: a day the lead gives, else the publication date) rather than publication dates alone, so that stories whose events lie apart in time do not join (default true). */
  readonly eventDays?: boolean;
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
  /** Share of the link of two parts or stories that a full conflict of their event signatures (signature.ts: main participants, places, event days) takes away (default DEFAULT_SIGNATURE_WEIGHT; 0: signatures not read). */
  readonly signatureWeight?: number;
  /** Document frequencies to weigh features by, instead of counting them over `docs` (a store's filing reads only some of its articles). */
  readonly frequencies?: DocFrequencies;
}

export const DEFAULT_SPLIT_THRESHOLD = 0.2;
export const DEFAULT_BISECT_RATIO = 0.8;
export const DEFAULT_JOIN_THRESHOLD = 0.23;
export const DEFAULT_SIGNATURE_WEIGHT = 0;

const featureCache = new WeakMap<StoryDoc, ReturnType<typeof docFeatures>>();
const eventCache = new WeakMap<StoryDoc, number | null>();
const signatureCache = new WeakMap<StoryDoc, EventSignature>();
const DAY = 86_400_000;

/**
 * Split stories that hold more than one event. `docs` are all the articles clustered (for IDF);
 * `nameOf` names a part split off a story from its first article (sorted by id).
 */
export function refineStories(stories: readonly StoryCluster[], docs: ReadonlyMap<string, StoryDoc>, nameOf: (firstArticleId: string) => string, options: RefineOptions = {}): StoryCluster[] {
  const threshold = options.splitThreshold ?? DEFAULT_SPLIT_THRESHOLD;
  const minPart = options.minPart ?? 4;
  const join = options.joinThreshold ?? DEFAULT_JOIN_THRESHOLD;
  const ratio = options.bisectRatio ?? DEFAULT_BISECT_RATIO;
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
  const given = options.frequencies;
  if (!given) {
    for (const f of features.values()) {
      for (const k of f.terms.keys()) termDf.set(k, (termDf.get(k) ?? 0) + 1);
      for (const k of f.entities.keys()) entityDf.set(k, (entityDf.get(k) ?? 0) + 1);
    }
  }
  const n = given ? given.documents : features.size;
  const dfOf = (map: ReadonlyMap<string, number>, prefix: string): DfLookup => (given ? { get: (k) => given.df(prefix + k) } : map);
  const termLookup = dfOf(termDf, "t:");
  const entityLookup = dfOf(entityDf, "e:");
  const vecCache = new Map<string, StoryVec>();
  const vecOf = (id: string): StoryVec => {
    let v = vecCache.get(id);
    if (!v) {
      const f = features.get(id);
      v = { terms: tfidf(f?.terms ?? new Map(), termLookup, n, background), entities: tfidf(f?.entities ?? new Map(), entityLookup, n, background) };
      vecCache.set(id, v);
    }
    return v;
  };
  const useEventDays = options.eventDays ?? true;
  const timeScale = (options.timeScaleDays ?? 10) * DAY;
  const eventOf = (id: string): number | null => {
    const d = docs.get(id);
    if (!d) return null;
    let t = eventCache.get(d);
    if (t === undefined) {
      t = eventTime(d);
      eventCache.set(d, t);
    }
    return t;
  };
  const timeOf = (id: string): number | null => {
    if (useEventDays) return eventOf(id);
    const p = docs.get(id)?.published;
    const t = p ? Date.parse(p) : Number.NaN;
    return Number.isFinite(t) ? t : null;
  };
  const sw = options.signatureWeight ?? DEFAULT_SIGNATURE_WEIGHT;
  /** An article's event signature, its day read as the join reads it. */
  const signatureOf = (id: string): EventSignature => {
    const d = docs.get(id);
    if (!d) return { participants: [], places: [], day: null };
    let sig = signatureCache.get(d);
    if (!sig || !useEventDays) {
      sig = eventSignature(d, timeOf(id));
      if (useEventDays) signatureCache.set(d, sig);
    }
    return sig;
  };
  const out: StoryCluster[] = [];
  /** Article → the split its part came out of: the join does not put the parts of one split back together. */
  const splitOf = new Map<string, number>();
  let splits = 0;
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
    const conflict = sw > 0 ? (a: readonly number[], b: readonly number[]): number => signatureConflict(groupSignature(a.map((i) => signatureOf(ids[i] as string))), groupSignature(b.map((i) => signatureOf(ids[i] as string))), timeScale) : undefined;
    const groups = splitStory(ids.length, sim, { threshold, ratio, minPart, minStory, ...(conflict ? { conflict, signatureWeight: sw } : {}) });
    if (groups.length < 2) {
      out.push(story);
      continue;
    }
    splits++;
    for (const i of groups.flat()) splitOf.set(ids[i] as string, splits);
    // The largest part keeps the story's id and title (ties: the part with the first article); the others are named after their first article.
    const keepPart = groups.reduce((best, g, k) => ((g.length > (groups[best]?.length ?? 0)) ? k : best), 0);
    groups.forEach((g, k) => {
      const members = g.map((i) => ids[i] as string);
      const keep = k === keepPart;
      out.push({ id: keep ? story.id : nameOf(members[0] as string), title: keep ? story.title : (docs.get(members[0] as string)?.title ?? story.title), articleIds: members });
    });
  }
  return joinStories(out, { ...(sw > 0 ? { signatureOf, signatureWeight: sw } : {}), strayMax: minPart, strayThreshold: options.strayThreshold ?? 0, vecOf, timeOf, splitOf: (id) => splitOf.get(id) ?? null, ew, threshold: join, readable, timeScale });
}

interface SplitOptions {
  readonly threshold: number;
  readonly ratio: number;
  readonly minPart: number;
  readonly minStory: number;
  /** How clearly two parts' event signatures tell two events apart, in [0, 1] (signature.ts). */
  readonly conflict?: (a: readonly number[], b: readonly number[]) => number;
  /** Share of the parts' link a full conflict takes away (default 0). */
  readonly signatureWeight?: number;
}

/**
 * The events of one story of `n` articles with pairwise similarity `sim`: bisect, keep the cut when
 * the parts are alike less than `threshold` (their link discounted by the conflict of their event
 * signatures, when given) and less than `ratio` of each part's own average link, and try each part
 * again. Parts sorted by their first item; one part when the story is one event.
 */
export function splitStory(n: number, sim: (i: number, j: number) => number, options: SplitOptions): number[][] {
  const avg = (a: readonly number[], b: readonly number[]): number => {
    let t = 0;
    let c = 0;
    for (const i of a) for (const j of b) if (i !== j) [t, c] = [t + sim(i, j), c + 1];
    return c > 0 ? t / c : 0;
  };
  const parts: number[][] = [];
  const todo: number[][] = [Array.from({ length: n }, (_, i) => i)];
  while (todo.length > 0) {
    const part = todo.pop() as number[];
    const halves = part.length >= options.minStory ? bisect(part.length, (i, j) => sim(part[i] as number, part[j] as number), options.minPart) : null;
    const [a, b] = halves ? halves.map((h) => h.map((i) => part[i] as number)) : [];
    const link = a && b ? avg(a, b) : Infinity;
    // Parts alike in words but told with different participants, places or days are two events: their link counts for less.
    const discounted = a && b && options.conflict && (options.signatureWeight ?? 0) > 0 ? link * (1 - (options.signatureWeight as number) * options.conflict(a, b)) : link;
    if (a && b && discounted < options.threshold && link < options.ratio * Math.min(avg(a, a), avg(b, b))) todo.push(a, b);
    else parts.push(part);
  }
  return parts.sort((x, y) => (x[0] as number) - (y[0] as number));
}

/** Does the text hold at least `n` words? Stops counting at `n`. */
function hasWords(text: string, n: number): boolean {
  let count = 0;
  for (const _ of text.matchAll(/\p{L}+/gu)) if (++count >= n) return true;
  return n <= 0;
}
