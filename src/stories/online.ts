/**
 * @module One pass of online story clustering in the spirit of Miranda et al. 2018 ("Multilingual
 * clustering of streaming news"): each story keeps centroids of its articles' TF-IDF vectors
 * (stems) and entity vectors; a new article joins the most similar story when the similarity,
 * discounted by the time gap, reaches a threshold, else it founds a new story. No fixed number of
 * clusters. Candidate stories come from an inverted index over the stories' strongest features
 * with recency-capped postings, so the cost per article does not grow with the number of stories.
 * The result depends on the order articles are fed in; `IncrementalStories` feeds them in
 * canonical order.
 */
import { OptionError } from "../errors.ts";
import { sentenceSpans } from "../reuse/sentences.ts";
import { docFeatures } from "./features.ts";
import type { StoryDoc, StoryOptions } from "./types.ts";
import { Centroid, DenseQuery, OnlineIdf, VectorPool, type PooledRef, type SparseVector } from "./vectors.ts";

/** A story of one pass: its founding (first-fed) article, member ids (sorted) and title. */
export interface PassStory {
  readonly founder: string;
  readonly title: string;
  readonly articleIds: readonly string[];
}

interface Member {
  readonly id: string;
  readonly display: string;
  readonly terms: PooledRef;
}

interface Cluster {
  readonly founder: string;
  readonly members: Member[];
  readonly terms: Centroid;
  readonly entities: Centroid;
  t0: number;
  t1: number;
}

const DAY = 86_400_000;
const MAX_TERMS = 100;
const MAX_ENTITIES = 40;
const QUERY_TERMS = 12;
const QUERY_ENTITIES = 6;
const INDEX_TERMS = 8;
const INDEX_ENTITIES = 4;
/** Recently updated stories always compared. */
const RECENT = 4;

export class OnlinePass {
  private readonly threshold: number;
  private readonly entityWeight: number;
  private readonly timeScale: number;
  private readonly timeWeight: number;
  private readonly recent: number[] = [];
  private readonly candidates: number;
  private readonly postingLimit: number;
  private readonly termIdf = new OnlineIdf();
  private readonly entityIdf = new OnlineIdf();
  private readonly termPostings = new Map<number, number[]>();
  private readonly entityPostings = new Map<number, number[]>();
  private readonly clusters: Cluster[] = [];
  private readonly memberTerms = new VectorPool();
  private readonly termQuery = new DenseQuery();
  private readonly entityQuery = new DenseQuery();
  private score = new Float64Array(1024);
  private stamp = new Int32Array(1024);
  private tick = 0;

  constructor(private readonly options: StoryOptions = {}) {
    this.threshold = options.threshold ?? 0.2;
    this.entityWeight = options.entityWeight ?? 0.3;
    this.timeScale = (options.timeScaleDays ?? 3) * DAY;
    this.timeWeight = options.timeWeight ?? 0;
    this.candidates = options.candidates ?? 12;
    this.postingLimit = options.postingLimit ?? 128;
    if (!(this.threshold > 0 && this.threshold <= 1)) throw new OptionError(`stories threshold must be in (0, 1], got ${this.threshold}`);
    if (!(this.entityWeight >= 0 && this.entityWeight <= 1)) throw new OptionError(`stories entityWeight must be in [0, 1], got ${this.entityWeight}`);
    if (!(this.timeWeight >= 0 && this.timeWeight < 1)) throw new OptionError(`stories timeWeight must be in [0, 1), got ${this.timeWeight}`);
    if (!(this.timeScale > 0)) throw new OptionError(`stories timeScaleDays must be positive, got ${options.timeScaleDays}`);
  }

  /** File one article (not fed before) under a story, an existing one or a new one, and return the story's index. */
  add(doc: StoryDoc): number {
    const f = docFeatures(doc.title, doc.text, doc.entities ?? [], this.featureOptions());
    const terms = this.termIdf.addAndVectorize(f.terms, MAX_TERMS);
    const entities = this.entityIdf.addAndVectorize(f.entities, MAX_ENTITIES);
    const time = doc.published ? Date.parse(doc.published) : NaN;
    let best = -1;
    let bestSim = this.threshold;
    this.termQuery.load(terms);
    this.entityQuery.load(entities);
    for (const c of this.candidateClusters(terms, entities)) {
      const sim = this.similarity(this.clusters[c] as Cluster, entities.ids.length > 0, time, bestSim);
      if (sim >= bestSim && (sim > bestSim || best < 0 || c < best)) {
        best = c;
        bestSim = sim;
      }
    }
    this.termQuery.clear();
    this.entityQuery.clear();
    if (best < 0) {
      best = this.clusters.length;
      this.clusters.push({ founder: doc.id, members: [], terms: new Centroid(400), entities: new Centroid(150), t0: time, t1: time });
    }
    const cluster = this.clusters[best] as Cluster;
    cluster.members.push({ id: doc.id, display: displayTitle(doc), terms: this.memberTerms.add(terms) });
    cluster.terms.add(terms);
    cluster.entities.add(entities);
    if (!Number.isNaN(time)) {
      cluster.t0 = Number.isNaN(cluster.t0) ? time : Math.min(cluster.t0, time);
      cluster.t1 = Number.isNaN(cluster.t1) ? time : Math.max(cluster.t1, time);
    }
    this.index(this.termPostings, terms, INDEX_TERMS, best);
    this.index(this.entityPostings, entities, INDEX_ENTITIES, best);
    const r = this.recent.indexOf(best);
    if (r >= 0) this.recent.splice(r, 1);
    this.recent.push(best);
    if (this.recent.length > RECENT) this.recent.shift();
    return best;
  }

  /** All stories, by index (order of creation); article ids sorted; title from the most central article. */
  stories(): PassStory[] {
    return this.clusters.map((c) => {
      let central = c.members[0] as Member;
      let bestSim = -1;
      const sims = c.terms.cosines(c.members.map((m) => this.memberTerms.view(m.terms)));
      for (const [k, m] of c.members.entries()) {
        const sim = sims[k] as number;
        if (sim > bestSim + 1e-9 || (Math.abs(sim - bestSim) <= 1e-9 && m.id < central.id)) {
          central = m;
          bestSim = sim;
        }
      }
      return { founder: c.founder, title: central.display, articleIds: c.members.map((m) => m.id).sort() };
    });
  }

  private featureOptions(): { titleWeight?: number; maxWords?: number } {
    const o: { titleWeight?: number; maxWords?: number } = {};
    if (this.options.titleWeight !== undefined) o.titleWeight = this.options.titleWeight;
    if (this.options.maxWords !== undefined) o.maxWords = this.options.maxWords;
    return o;
  }

  /**
   * Similarity of a story to the article loaded in `termQuery` and `entityQuery`, or −∞ as soon
   * as an upper bound (cosines ≤ 1) shows it cannot reach `floor`: far-off stories cost no dot product.
   */
  private similarity(c: Cluster, hasEntities: boolean, time: number, floor: number): number {
    const dated = !Number.isNaN(time) && !Number.isNaN(c.t0);
    const closeness = dated ? Math.exp(-Math.max(0, c.t0 - time, time - c.t1) / this.timeScale) : 1;
    const tw = dated ? this.timeWeight : 0;
    const scale = 1 - this.timeWeight;
    const combine = (text: number): number => scale * text * closeness + tw * closeness;
    const margin = 1e-9;
    if (combine(1) + margin < floor) return -Infinity;
    const st = c.terms.cosineDense(this.termQuery);
    const we = hasEntities && c.entities.norm > 0 ? this.entityWeight : 0;
    if (we === 0) return combine(st);
    if (combine((1 - we) * st + we) + margin < floor) return -Infinity;
    return combine((1 - we) * st + we * c.entities.cosineDense(this.entityQuery));
  }

  /** The stories sharing the article's strongest features, best first, at most `candidates`. */
  private candidateClusters(terms: SparseVector, entities: SparseVector): number[] {
    if (this.score.length < this.clusters.length) {
      this.score = new Float64Array(this.clusters.length * 2);
      this.stamp = new Int32Array(this.clusters.length * 2);
    }
    const tick = ++this.tick;
    const touched: number[] = [];
    const gather = (postings: Map<number, number[]>, v: SparseVector, n: number, weight: number): void => {
      for (let i = 0; i < Math.min(n, v.ids.length); i++) {
        const list = postings.get(v.ids[i] as number);
        if (!list) continue;
        const w = (v.weights[i] as number) * weight;
        for (const c of list) {
          if (this.stamp[c] !== tick) {
            this.stamp[c] = tick;
            this.score[c] = 0;
            touched.push(c);
          }
          this.score[c] = (this.score[c] as number) + w;
        }
      }
    };
    gather(this.termPostings, terms, QUERY_TERMS, 1 - this.entityWeight);
    gather(this.entityPostings, entities, QUERY_ENTITIES, this.entityWeight);
    // The best `candidates` by accumulated score (a story listed twice in a posting scores twice,
    // which favours active stories), selected without sorting everything touched.
    const best: number[] = [];
    const better = (a: number, b: number): boolean => (this.score[a] as number) > (this.score[b] as number) || (this.score[a] === this.score[b] && a < b);
    for (const c of touched) {
      if (best.length === this.candidates && !better(c, best[best.length - 1] as number)) continue;
      let at = best.length;
      while (at > 0 && better(c, best[at - 1] as number)) at--;
      best.splice(at, 0, c);
      if (best.length > this.candidates) best.pop();
    }
    // The most recently active stories are always candidates (time proximity needs no shared word).
    for (const c of this.recent) if (!best.includes(c)) best.push(c);
    return best;
  }

  private index(postings: Map<number, number[]>, v: SparseVector, n: number, cluster: number): void {
    for (let i = 0; i < Math.min(n, v.ids.length); i++) {
      const id = v.ids[i] as number;
      const list = postings.get(id);
      if (!list) {
        postings.set(id, [cluster]);
        continue;
      }
      // Re-append an active story unless it is among the latest entries (keeps postings recency-ordered).
      if (list.lastIndexOf(cluster) >= list.length - 8) continue;
      list.push(cluster);
      if (list.length > this.postingLimit * 1.5) list.splice(0, list.length - this.postingLimit);
    }
  }
}

/** The article's title, or its first sentence, cut at a word boundary near 120 characters. */
function displayTitle(doc: StoryDoc): string {
  let t = doc.title?.trim() ?? "";
  if (!t) {
    const head = doc.text.slice(0, 600);
    const first = sentenceSpans(head)[0];
    t = first ? head.slice(first[0], first[1]) : "";
  }
  t = t.replace(/\s+/g, " ").trim();
  if (t.length <= 120) return t || "(untitled)";
  const cut = t.slice(0, 120);
  const space = cut.lastIndexOf(" ");
  return `${(space > 60 ? cut.slice(0, space) : cut).replace(/[\s,;:.\-–—]+$/, "")}…`;
}
