/**
 * @module The candidate stories of an article: an inverted index from each story's strongest
 * features to the stories, with recency-capped postings (so the cost per article does not grow
 * with the number of stories), plus the most recently active stories. Stories that merged are
 * looked up through their survivor.
 */
import type { SparseVector } from "./vectors.ts";

const QUERY_TERMS = 12;
const QUERY_ENTITIES = 6;
const INDEX_TERMS = 8;
const INDEX_ENTITIES = 4;
/** Recently updated stories always compared. */
const RECENT = 4;

export interface CandidateOptions {
  /** Stories compared exactly per article, besides the most recently active ones. */
  readonly candidates: number;
  /** Most recent stories kept per indexed feature. */
  readonly postingLimit: number;
  /** Share of the candidate score that comes from entities. */
  readonly entityWeight: number;
}

export class CandidateIndex {
  /** Feature id → stories (most recent last); arrays, not maps: feature ids are dense. */
  private readonly termPostings: (number[] | undefined)[] = [];
  private readonly entityPostings: (number[] | undefined)[] = [];
  /** Scratch of `find`. */
  private readonly touched: number[] = [];
  private readonly best: number[] = [];
  private readonly recent: number[] = [];
  /** Story index → the story it merged into (itself while alive). */
  private survivor = new Int32Array(1024);
  private score = new Float64Array(1024);
  private stamp = new Int32Array(1024);
  private stories = 0;
  private tick = 0;

  constructor(private readonly options: CandidateOptions) {}

  /** Register a new story (indices are handed out in order: 0, 1, 2, …). */
  open(story: number): void {
    if (story !== this.stories) throw new Error(`stories must be opened in order: expected ${this.stories}, got ${story}`);
    if (story >= this.survivor.length) {
      const grow = <T extends Int32Array | Float64Array>(a: T, make: (n: number) => T): T => {
        const b = make(a.length * 2);
        b.set(a);
        return b;
      };
      this.survivor = grow(this.survivor, (n) => new Int32Array(n));
      this.score = grow(this.score, (n) => new Float64Array(n));
      this.stamp = grow(this.stamp, (n) => new Int32Array(n));
    }
    this.survivor[story] = story;
    this.stories++;
  }

  /** The live story a (possibly merged) story index stands for now. */
  resolve(story: number): number {
    let s = story;
    while ((this.survivor[s] as number) !== s) s = this.survivor[s] as number;
    // Path compression: later look-ups of `story` take one step.
    this.survivor[story] = s;
    return s;
  }

  /** Story `gone` merged into story `kept`. */
  merge(gone: number, kept: number): void {
    this.survivor[gone] = kept;
    const r = this.recent.indexOf(gone);
    if (r >= 0) this.recent.splice(r, 1);
    this.touch(kept);
  }

  /** Story `story` took an article with these features (`listed`: how many of each are indexed, default 8 terms and 4 entities). */
  add(story: number, terms: SparseVector, entities: SparseVector, listed: { terms: number; entities: number } = { terms: INDEX_TERMS, entities: INDEX_ENTITIES }): void {
    this.index(this.termPostings, terms, listed.terms, story);
    this.index(this.entityPostings, entities, listed.entities, story);
    this.touch(story);
  }

  /**
   * The live stories sharing the article's strongest features, best first, at most `candidates`,
   * then the recently active ones. The array is reused: valid until the next call.
   */
  find(terms: SparseVector, entities: SparseVector): readonly number[] {
    const tick = ++this.tick;
    this.touched.length = 0;
    this.gather(this.termPostings, terms, QUERY_TERMS, 1 - this.options.entityWeight, tick);
    this.gather(this.entityPostings, entities, QUERY_ENTITIES, this.options.entityWeight, tick);
    // The best `candidates` by accumulated score (a story listed twice in a posting scores twice,
    // which favours active stories), selected without sorting everything touched.
    const best = this.best;
    best.length = 0;
    const limit = this.options.candidates;
    const score = this.score;
    const better = (a: number, b: number): boolean => (score[a] as number) > (score[b] as number) || (score[a] === score[b] && a < b);
    for (const c of this.touched) {
      if (best.length === limit && !better(c, best[best.length - 1] as number)) continue;
      let at = best.length;
      while (at > 0 && better(c, best[at - 1] as number)) at--;
      best.splice(at, 0, c);
      if (best.length > limit) best.pop();
    }
    // The most recently active stories are always candidates (time proximity needs no shared word).
    for (const c of this.recent) if (!best.includes(c)) best.push(c);
    return best;
  }

  /** Add `weight` × each feature's weight to the score of the stories listed under the first `n` features. */
  private gather(postings: readonly (number[] | undefined)[], v: SparseVector, n: number, weight: number, tick: number): void {
    for (let i = 0; i < Math.min(n, v.ids.length); i++) {
      const list = postings[v.ids[i] as number];
      if (!list) continue;
      const w = (v.weights[i] as number) * weight;
      for (const entry of list) {
        const c = this.resolve(entry);
        if (this.stamp[c] !== tick) {
          this.stamp[c] = tick;
          this.score[c] = 0;
          this.touched.push(c);
        }
        this.score[c] = (this.score[c] as number) + w;
      }
    }
  }

  private touch(story: number): void {
    const r = this.recent.indexOf(story);
    if (r >= 0) this.recent.splice(r, 1);
    this.recent.push(story);
    if (this.recent.length > RECENT) this.recent.shift();
  }

  private index(postings: (number[] | undefined)[], v: SparseVector, n: number, story: number): void {
    for (let i = 0; i < Math.min(n, v.ids.length); i++) {
      const id = v.ids[i] as number;
      const list = postings[id];
      if (!list) {
        // Fill any gap first, so the array stays packed (no holes) as feature ids grow.
        while (postings.length < id) postings.push(undefined);
        postings[id] = [story];
        continue;
      }
      // Re-append an active story unless it is among the latest entries (keeps postings recency-ordered).
      if (list.lastIndexOf(story) >= list.length - 8) continue;
      list.push(story);
      const cap = this.options.postingLimit;
      if (list.length > cap * 1.5) list.splice(0, list.length - cap);
    }
  }
}
