/**
 * @module One pass of online story clustering in the spirit of Miranda et al. 2018 ("Multilingual
 * clustering of streaming news"): each story keeps centroids of its articles' TF-IDF vectors
 * (stems) and entity vectors; a new article joins the most similar story when the similarity,
 * discounted by the time gap, reaches a threshold, else it founds a new story. No fixed number of
 * clusters. Candidate stories come from an inverted index (candidates.ts), so the cost per
 * article does not grow with the number of stories.
 *
 * A single pass is first come, first served: when a story's first articles happen to be worded
 * apart, they found two stories, and nothing brings them together later. So an article that
 * reaches the threshold for several stories bridges them: it joins the most similar one, and each
 * other one merges into it when the two stories' centroids are similar enough (`mergeThreshold`).
 * The merged story keeps the older story's index (its founder came first). The result depends on
 * the order articles are fed in; `IncrementalStories` feeds them in canonical order.
 */
import { OptionError } from "../errors.ts";
import { CandidateIndex } from "./candidates.ts";
import { docWordsOf, termOf, type FeatureOptions } from "./features.ts";
import { VectorPool } from "./pool.ts";
import type { StoryDoc, StoryOptions, StorySummary, WeightedFeatures } from "./types.ts";
import { Centroid } from "./centroid.ts";
import { displayTitle } from "./title.ts";
import { DenseQuery, OnlineIdf, type SparseVector } from "./vectors.ts";

/** A story of one pass: its index, founding (first-fed) article, member ids (sorted) and title. */
export interface PassStory {
  readonly index: number;
  readonly founder: string;
  /** The id of the stored story it was seeded from (`seed`), or null. */
  readonly seed: string | null;
  readonly title: string;
  readonly articleIds: readonly string[];
}

interface Cluster {
  readonly founder: string;
  readonly seed: string | null;
  /** Members, as article numbers (order fed); emptied when the story merges into another. */
  members: number[];
  readonly terms: Centroid;
  readonly entities: Centroid;
  t0: number;
  t1: number;
}

const DAY = 86_400_000;
const MAX_TERMS = 100;
const MAX_ENTITIES = 40;
/** Features of a seeded story listed in the candidate index (an article lists its strongest 8 terms and 4 entities; a story, its members' together). */
const SEED_LISTED = { terms: 24, entities: 12 };

export class OnlinePass {
  private readonly threshold: number;
  private readonly mergeThreshold: number;
  private readonly entityWeight: number;
  private readonly timeScale: number;
  private readonly timeWeight: number;
  private readonly featureOptions: FeatureOptions;
  private readonly termIdf: OnlineIdf;
  /** Lower-cased word → its term's id in `termIdf` (−1: no term), so each word is stemmed and looked up once per pass. */
  private readonly wordTerms = new Map<string, number>();
  private readonly entityIdf: OnlineIdf;
  private readonly index: CandidateIndex;
  private readonly clusters: Cluster[] = [];
  /** Per article number: its term vector and its document (for the story title). */
  private readonly memberTerms = new VectorPool();
  private readonly memberDocs: StoryDoc[] = [];
  /** Per article number: its entity vector, kept only when the pass keeps what articles were filed with (`filedWith`). */
  private readonly memberEntities: VectorPool | null;
  private readonly memberOf = new Map<string, number>();
  private readonly termQuery = new DenseQuery();
  private readonly entityQuery = new DenseQuery();

  /** `keepFiled`: keep each article's vectors for `filedWith` (a store adds them to its stories' summaries). */
  constructor(options: StoryOptions = {}, { keepFiled = false }: { keepFiled?: boolean } = {}) {
    this.memberEntities = keepFiled ? new VectorPool() : null;
    this.threshold = options.threshold ?? 0.2;
    this.mergeThreshold = options.mergeThreshold ?? 0.35;
    this.entityWeight = options.entityWeight ?? 0.3;
    this.timeScale = (options.timeScaleDays ?? 10) * DAY;
    this.timeWeight = options.timeWeight ?? 0;
    const background = options.idfBackground ?? 20;
    this.termIdf = new OnlineIdf(background);
    this.entityIdf = new OnlineIdf(background);
    if (!(this.threshold > 0 && this.threshold <= 1)) throw new OptionError(`stories threshold must be in (0, 1], got ${this.threshold}`);
    if (!(this.mergeThreshold > 0 && this.mergeThreshold <= 1)) throw new OptionError(`stories mergeThreshold must be in (0, 1] (1: never merge), got ${this.mergeThreshold}`);
    if (!(this.entityWeight >= 0 && this.entityWeight <= 1)) throw new OptionError(`stories entityWeight must be in [0, 1], got ${this.entityWeight}`);
    if (!(this.timeWeight >= 0 && this.timeWeight < 1)) throw new OptionError(`stories timeWeight must be in [0, 1), got ${this.timeWeight}`);
    if (!(this.timeScale > 0)) throw new OptionError(`stories timeScaleDays must be positive, got ${options.timeScaleDays}`);
    const fo: { titleWeight?: number; maxWords?: number } = {};
    if (options.titleWeight !== undefined) fo.titleWeight = options.titleWeight;
    if (options.maxWords !== undefined) fo.maxWords = options.maxWords;
    this.featureOptions = fo;
    this.index = new CandidateIndex({ candidates: options.candidates ?? 12, postingLimit: options.postingLimit ?? 128, entityWeight: this.entityWeight });
  }

  /** Stories created so far, merged ones included (indices run from 0 to `size` − 1). */
  get size(): number {
    return this.clusters.length;
  }

  /** File one article (not fed before) under a story, an existing one or a new one, and return the story's index. */
  add(doc: StoryDoc): number {
    const f = docWordsOf(doc, this.featureOptions);
    for (const [word, w] of f.words) {
      let id = this.wordTerms.get(word);
      if (id === undefined) {
        const term = termOf(word);
        id = term === null ? -1 : this.termIdf.idOf(term);
        this.wordTerms.set(word, id);
      }
      if (id >= 0) this.termIdf.count(id, w);
    }
    // Kept in the pool (the vocabulary's result is scratch); entities are not kept.
    const member = this.memberTerms.add(this.termIdf.vectorize(MAX_TERMS));
    this.memberDocs.push(doc);
    this.memberOf.set(doc.id, member);
    const terms = this.memberTerms.view(member);
    const entities = this.entityIdf.addAndVectorize(f.entities, MAX_ENTITIES);
    this.memberEntities?.add(entities);
    const time = doc.published ? Date.parse(doc.published) : NaN;
    const hasEntities = entities.ids.length > 0;
    let best = -1;
    let bestSim = this.threshold;
    /** Other stories the article reaches the threshold for, with their similarity. */
    const bridged: { c: number; sim: number }[] = [];
    this.termQuery.load(terms);
    this.entityQuery.load(entities);
    const merging = this.mergeThreshold < 1;
    for (const c of this.index.find(terms, entities)) {
      // Merging needs every story the article reaches; otherwise only a better one matters.
      const sim = this.similarity(this.clusters[c] as Cluster, hasEntities, time, merging ? this.threshold : bestSim);
      if (sim < this.threshold) continue;
      if (merging) bridged.push({ c, sim });
      if (sim > bestSim || best < 0 || (sim === bestSim && c < best)) {
        best = c;
        bestSim = sim;
      }
    }
    this.termQuery.clear();
    this.entityQuery.clear();
    if (best < 0) {
      best = this.clusters.length;
      this.clusters.push({ founder: doc.id, seed: null, members: [], terms: new Centroid(400), entities: new Centroid(150), t0: time, t1: time });
      this.index.open(best);
    }
    const cluster = this.clusters[best] as Cluster;
    cluster.members.push(member);
    cluster.terms.add(terms);
    cluster.entities.add(entities);
    this.widen(cluster, time, time);
    this.index.add(best, terms, entities);
    if (bridged.length > 1) best = this.mergeBridged(best, bridged);
    return best;
  }

  /**
   * Documents filed before the pass (a store's articles), counted into IDF: `documents` of them,
   * and how many hold each term (stem) and entity key. Call before any `add`.
   */
  countBefore(documents: number, terms: Iterable<readonly [string, number]>, entities: Iterable<readonly [string, number]>): void {
    this.termIdf.countBefore(documents, terms);
    this.entityIdf.countBefore(0, entities);
  }

  /**
   * Open a story from the summary of articles filed before (a stored story): its centroids, span
   * and strongest features (listed as candidates), without its articles. Seed before any `add`.
   * The articles that join it are its members in `stories()`; two seeded stories never merge.
   */
  seed(id: string, summary: StorySummary): number {
    const c = this.clusters.length;
    const terms = sparse(summary.terms, this.termIdf);
    const entities = sparse(summary.entities, this.entityIdf);
    const cluster: Cluster = { founder: id, seed: id, members: [], terms: new Centroid(400), entities: new Centroid(150), t0: summary.t0 ?? NaN, t1: summary.t1 ?? NaN };
    cluster.terms.add(terms);
    cluster.entities.add(entities);
    this.clusters.push(cluster);
    this.index.open(c);
    this.index.add(c, terms, entities, SEED_LISTED);
    return c;
  }

  /** The unit vectors an article was filed with (null unless the pass keeps them, or the article was not fed). */
  filedWith(articleId: string): { terms: WeightedFeatures; entities: WeightedFeatures } | null {
    const m = this.memberOf.get(articleId);
    if (m === undefined || this.memberEntities === null) return null;
    const named = (v: SparseVector, idf: OnlineIdf): [string, number][] => Array.from(v.ids, (id, i) => [idf.keyOf(id), v.weights[i] as number]);
    return { terms: named(this.memberTerms.view(m), this.termIdf), entities: named(this.memberEntities.view(m), this.entityIdf) };
  }

  /** The live story a story index returned by `add` stands for now (itself unless it merged). */
  resolve(story: number): number {
    return this.index.resolve(story);
  }

  /** All live stories, by index (order of creation); article ids sorted; title from the most central article. */
  stories(): PassStory[] {
    const out: PassStory[] = [];
    this.clusters.forEach((c, index) => {
      if (c.members.length === 0) return;
      const docs = c.members.map((m) => this.memberDocs[m] as StoryDoc);
      let central = docs[0] as StoryDoc;
      let bestSim = -1;
      const sims = c.terms.cosines(c.members.map((m) => this.memberTerms.view(m)));
      for (const [k, d] of docs.entries()) {
        const sim = sims[k] as number;
        if (sim > bestSim + 1e-9 || (Math.abs(sim - bestSim) <= 1e-9 && d.id < central.id)) {
          central = d;
          bestSim = sim;
        }
      }
      out.push({ index, founder: c.founder, seed: c.seed, title: displayTitle(central), articleIds: docs.map((d) => d.id).sort() });
    });
    return out;
  }

  /**
   * Merge into story `c` (which just took an article) the other stories that article reached the
   * threshold for, most similar first, while their centroids are similar enough to `c`'s.
   */
  private mergeBridged(c: number, bridged: { c: number; sim: number }[]): number {
    bridged.sort((a, b) => b.sim - a.sim || a.c - b.c);
    let kept = c;
    for (const { c: other } of bridged) {
      const o = this.index.resolve(other);
      if (o === kept) continue;
      const a = this.clusters[kept] as Cluster;
      const b = this.clusters[o] as Cluster;
      // Two seeded stories are stored ones: they stay apart (the article joins the more similar).
      if ((a.seed !== null && b.seed !== null) || this.storySimilarity(a, b) < this.mergeThreshold) continue;
      // The older story (smaller index, founded first) survives.
      const [keep, gone] = o < kept ? [b, a] : [a, b];
      const [keepIndex, goneIndex] = o < kept ? [o, kept] : [kept, o];
      for (const m of gone.members) keep.members.push(m);
      gone.members = [];
      keep.terms.addCentroid(gone.terms);
      keep.entities.addCentroid(gone.entities);
      this.widen(keep, gone.t0, gone.t1);
      this.index.merge(goneIndex, keepIndex);
      kept = keepIndex;
    }
    return kept;
  }

  private widen(c: Cluster, t0: number, t1: number): void {
    if (Number.isNaN(t0)) return;
    c.t0 = Number.isNaN(c.t0) ? t0 : Math.min(c.t0, t0);
    c.t1 = Number.isNaN(c.t1) ? t1 : Math.max(c.t1, t1);
  }

  /** Time proximity exp(−gap / timeScale) of two spans (1 when either is undated or they overlap). */
  private closeness(a0: number, a1: number, b0: number, b1: number): number {
    if (Number.isNaN(a0) || Number.isNaN(b0)) return 1;
    return Math.exp(-Math.max(0, b0 - a1, a0 - b1) / this.timeScale);
  }

  /** Text similarity `text` (of terms and entities), discounted by time proximity and mixed with it. */
  private combine(text: number, closeness: number, dated: boolean): number {
    const tw = dated ? this.timeWeight : 0;
    return (1 - this.timeWeight) * text * closeness + tw * closeness;
  }

  /**
   * Similarity of a story to the article loaded in `termQuery` and `entityQuery`, or −∞ as soon
   * as an upper bound (cosines ≤ 1) shows it cannot reach `floor`: far-off stories cost no dot product.
   */
  private similarity(c: Cluster, hasEntities: boolean, time: number, floor: number): number {
    const dated = !Number.isNaN(time) && !Number.isNaN(c.t0);
    const closeness = this.closeness(time, time, c.t0, c.t1);
    const margin = 1e-9;
    if (this.combine(1, closeness, dated) + margin < floor) return -Infinity;
    const st = c.terms.cosineDense(this.termQuery);
    const we = hasEntities && c.entities.norm > 0 ? this.entityWeight : 0;
    if (we === 0) return this.combine(st, closeness, dated);
    if (this.combine((1 - we) * st + we, closeness, dated) + margin < floor) return -Infinity;
    return this.combine((1 - we) * st + we * c.entities.cosineDense(this.entityQuery), closeness, dated);
  }

  /** Similarity of two stories' centroids, on the same scale as an article's similarity to a story. */
  private storySimilarity(a: Cluster, b: Cluster): number {
    const dated = !Number.isNaN(a.t0) && !Number.isNaN(b.t0);
    const closeness = this.closeness(a.t0, a.t1, b.t0, b.t1);
    const st = a.terms.cosineCentroid(b.terms);
    const we = a.entities.norm > 0 && b.entities.norm > 0 ? this.entityWeight : 0;
    return this.combine((1 - we) * st + (we > 0 ? we * a.entities.cosineCentroid(b.entities) : 0), closeness, dated);
  }
}

/** Weighted features as a vector of `idf`'s ids, in the given (strongest first) order. */
function sparse(features: WeightedFeatures, idf: OnlineIdf): SparseVector {
  const ids = new Int32Array(features.length);
  const weights = new Float32Array(features.length);
  features.forEach(([key, w], i) => {
    ids[i] = idf.idOf(key);
    weights[i] = w;
  });
  return { ids, weights };
}
