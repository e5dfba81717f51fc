/**
 * @module Incremental story clustering that agrees with batch clustering whatever order the
 * articles arrive in. The clustering of a set of articles is DEFINED as one online pass
 * (online.ts) over them in canonical order (published date, undated last, then id). Articles
 * that arrive in that order are filed at once, at the cost of one online step. An article that
 * arrives before an article already filed (backdated, or a store replaying its articles in
 * insertion order) is filed provisionally and marks the clustering stale; the next read
 * (`stories()`, `storyOfArticle()`) replays all articles in canonical order, so the result is the
 * batch result — a late article that bridges two stories merges them, one that belongs earlier in
 * a story's timeline joins it. Story ids stay stable across replays: a story keeps the id most of
 * its members had before (largest share first); a new story takes an id derived from its first
 * article in canonical order, as in batch. When the pass merges two stories (an article bridges
 * them), the merged story keeps the older story's id.
 */
import { stableId } from "../ids.ts";
import { OnlinePass } from "./online.ts";
import { refineStories } from "./refine.ts";
import { canonicalKey, canonicalOrder, compareCanonical, type CanonicalKey } from "./order.ts";
import type { StoryCluster, StoryDoc, StoryOptions } from "./types.ts";

export class IncrementalStories {
  private readonly docs = new Map<string, StoryDoc>();
  private pass: OnlinePass;
  /** Article id → story index in the current pass when the article was filed (resolve it: the story may have merged since). */
  private readonly clusterOf = new Map<string, number>();
  /** Story index → story id. */
  private names: string[] = [];
  private readonly used = new Set<string>();
  /** Canonical key of the latest article fed to the current pass. */
  private last: CanonicalKey | null = null;
  private stale = false;
  /** The refined stories, until the next article arrives. */
  private refined: StoryCluster[] | null = null;
  /** Article id → its refined story's id. */
  private refinedOf = new Map<string, string>();

  constructor(private readonly options: StoryOptions = {}) {
    this.pass = new OnlinePass(options);
  }

  /**
   * File one article under a story and return the story's id. Exact when articles arrive in
   * canonical order (a later article may still merge that story into an older one, whose id it
   * then takes); an article arriving out of that order gets a provisional story, settled (and
   * possibly changed, along with others) at the next `stories()` or `storyOfArticle()`.
   * Re-adding an article returns its current story and changes nothing.
   */
  add(doc: StoryDoc): string {
    const known = this.clusterOf.get(doc.id);
    if (known !== undefined) return this.names[this.pass.resolve(known)] as string;
    this.docs.set(doc.id, doc);
    this.refined = null;
    const key = canonicalKey(doc);
    if (this.last !== null && compareCanonical(key, this.last) < 0) this.stale = true;
    return this.feed(doc, key);
  }

  /** File many articles; out-of-order arrivals cost one replay in all instead of provisional steps. */
  addAll(docs: Iterable<StoryDoc>): void {
    for (const doc of docs) {
      if (this.docs.has(doc.id)) continue;
      this.docs.set(doc.id, doc);
      this.refined = null;
      const key = canonicalKey(doc);
      if (this.last !== null && compareCanonical(key, this.last) < 0) this.stale = true;
      if (!this.stale) this.feed(doc, key);
    }
    this.settle();
  }

  /** The story of an article added before, or null (after the refinement that splits stories holding two events). */
  storyOfArticle(articleId: string): string | null {
    if (!this.clusterOf.has(articleId)) return null;
    this.stories();
    return this.refinedOf.get(articleId) ?? null;
  }

  /**
   * All stories, in canonical order of their first articles; article ids sorted; title from the
   * most central article. A story of the pass that holds two events is split (refine.ts): the
   * result depends only on the set of articles, so it is the same in any arrival order.
   */
  stories(): readonly StoryCluster[] {
    this.settle();
    if (this.refined) return this.refined;
    const pass = this.pass.stories().map((s) => ({ id: this.names[s.index] as string, title: s.title, articleIds: s.articleIds }));
    const taken = new Set(pass.map((s) => s.id));
    const nameOf = (first: string): string => {
      let name = stableId("s", first);
      for (let k = 1; taken.has(name); k++) name = stableId("s", first, String(k));
      taken.add(name);
      return name;
    };
    // The refinement reads the same options as the pass (thresholds, entity weight, IDF background, time scale, features).
    const refined = refineStories(pass, this.docs, nameOf, this.options);
    const first = (s: StoryCluster): CanonicalKey | null => {
      const keys = s.articleIds.map((id) => this.docs.get(id)).filter((d): d is StoryDoc => d !== undefined).map(canonicalKey);
      return keys.sort(compareCanonical)[0] ?? null;
    };
    const firsts = new Map(refined.map((s) => [s, first(s)]));
    this.refined = refined.sort((a, b) => {
      const ka = firsts.get(a);
      const kb = firsts.get(b);
      return ka && kb ? compareCanonical(ka, kb) : 0;
    });
    this.refinedOf = new Map(this.refined.flatMap((s) => s.articleIds.map((id) => [id, s.id] as const)));
    return this.refined;
  }

  private feed(doc: StoryDoc, key: CanonicalKey): string {
    const c = this.pass.add(doc);
    this.clusterOf.set(doc.id, c);
    while (this.names.length < this.pass.size) this.names.push(this.freshName(doc.id));
    if (this.last === null || compareCanonical(key, this.last) > 0) this.last = key;
    return this.names[c] as string;
  }

  /** A new story's id: derived from its first article, made unique against ids in use. */
  private freshName(founder: string): string {
    let name = stableId("s", founder);
    for (let k = 1; this.used.has(name); k++) name = stableId("s", founder, String(k));
    this.used.add(name);
    return name;
  }

  /** Replay every article in canonical order when some arrived out of it. */
  private settle(): void {
    if (!this.stale) return;
    const before = new Map<string, string>();
    for (const [id, c] of this.clusterOf) before.set(id, this.names[this.pass.resolve(c)] as string);
    this.pass = new OnlinePass(this.options);
    this.clusterOf.clear();
    this.last = null;
    const ordered = canonicalOrder([...this.docs.values()]);
    for (const doc of ordered) this.clusterOf.set(doc.id, this.pass.add(doc));
    const lastDoc = ordered[ordered.length - 1];
    if (lastDoc !== undefined) this.last = canonicalKey(lastDoc);
    this.stale = false;
    // Each story keeps the previous id most of its members had, largest share first.
    const stories = this.pass.stories();
    const votes: { c: number; name: string; n: number }[] = [];
    for (const s of stories) {
      const count = new Map<string, number>();
      for (const id of s.articleIds) {
        const name = before.get(id);
        if (name !== undefined) count.set(name, (count.get(name) ?? 0) + 1);
      }
      for (const [name, n] of count) votes.push({ c: s.index, name, n });
    }
    votes.sort((a, b) => b.n - a.n || a.c - b.c || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const names: (string | undefined)[] = new Array<string | undefined>(this.pass.size);
    this.used.clear();
    for (const v of votes) {
      if (names[v.c] !== undefined || this.used.has(v.name)) continue;
      names[v.c] = v.name;
      this.used.add(v.name);
    }
    // Stories that merged away keep no name; live ones without a previous id get a fresh one.
    const founders = new Map(stories.map((s) => [s.index, s.founder]));
    this.names = Array.from({ length: this.pass.size }, (_, c) => {
      const founder = founders.get(c);
      return founder === undefined ? "" : (names[c] ?? this.freshName(founder));
    });
  }
}
