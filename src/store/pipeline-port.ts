/**
 * @module What the store's library needs from the analysis side, as a port: a story
 * clusterer that can be rebuilt incrementally, and the analysis of one story's articles.
 * `defaultPipeline()` binds it to the real stages (stories/, pipeline.ts), loaded on first
 * use so the store itself opens without the NLP models.
 */
import type { Article, InputError } from "../types.ts";
import type { Report } from "../report/types.ts";
import type { Filed, FiledVectors } from "../stories/seeded.ts";
import type { DocFrequencies } from "../stories/types.ts";
import type { StorySummary } from "./types.ts";

/** The input of story clustering (mirrors stories/ `StoryDoc`). */
export interface StoryDoc {
  readonly id: string;
  readonly title: string | null;
  readonly text: string;
  readonly published: string | null;
}

export interface ClusteredStory {
  readonly id: string;
  readonly title: string;
  readonly articleIds: readonly string[];
}

export interface StoryClusterer {
  /** Files a document under a story and returns that story's id. */
  add(doc: StoryDoc): string;
  stories(): readonly ClusteredStory[];
  /**
   * Files many documents at once, in the order the clusterer prefers (the result is the same as
   * adding them one by one in that order); without it, `add` in the given order.
   */
  addAll?(docs: readonly StoryDoc[]): void;
}

export interface AnalyzeOptions {
  readonly extraPacks?: readonly string[];
  readonly generatedAt?: string;
  readonly errors?: readonly InputError[];
}

/**
 * Filing new articles against stored stories' summaries instead of their articles (stories/seeded.ts),
 * the incremental way's clustering.
 */
export interface StoryFiling {
  /** The features an article counts in the store's document frequencies. */
  featureKeys(doc: StoryDoc): readonly string[];
  /** The pass: `incoming` under the seeded stories (the most recently active last) or new ones. */
  file(seeds: readonly (readonly [string, StorySummary])[], incoming: readonly StoryDoc[], before: DocFrequencies): Filed;
  /** The filed stories refined, each seeded one with its latest stored articles. */
  refine(filed: Filed, stored: ReadonlyMap<string, readonly StoryDoc[]>, incoming: readonly StoryDoc[], before: DocFrequencies): readonly ClusteredStory[];
  /** A story's summary after articles filed with these vectors joined it (null: a new story). */
  addToSummary(summary: StorySummary | null, articles: readonly (FiledVectors & { readonly published: string | null })[]): StorySummary;
  /** The summary of a story's articles (counted in `frequencies`), for a story stored without one. */
  summarize(articles: readonly StoryDoc[], frequencies: DocFrequencies): StorySummary;
}

export interface Pipeline {
  createClusterer(): StoryClusterer;
  /**
   * An article's candidate keys (its strongest clustering features, stories/keys.ts), kept per
   * story in the store so that an ingest reads only the stories its articles may join. Without
   * it, every ingest re-clusters all stored articles.
   */
  candidateKeys?(doc: StoryDoc): readonly string[];
  /** Filing against stored summaries; with `candidateKeys`, what an incremental ingest clusters with (without it, every ingest re-clusters all stored articles). */
  readonly filing?: StoryFiling;
  analyze(articles: readonly Article[], options: AnalyzeOptions): Promise<Report>;
}

let cached: Promise<Pipeline> | null = null;

/**
 * The real pipeline: stories/ IncrementalStories, and pipeline.ts analyzeArticles over one
 * story at a time (`singleStory`: the store already decided the story), reusing one loaded
 * knowledge base per set of extra packs, and with it the per-article work of earlier analyses
 * (extract/memo.ts: a story that gains articles extracts only the new ones; same report).
 */
export function defaultPipeline(): Promise<Pipeline> {
  cached ??= (async () => {
    const [stories, seeded, pipeline, knowledge, memo] = await Promise.all([
      import("../stories/index.ts"),
      import("../stories/seeded.ts"),
      import("../pipeline.ts"),
      import("../knowledge/index.ts"),
      import("../extract/memo.ts"),
    ]);
    type Base = { kb: ReturnType<typeof knowledge.loadKnowledge>; memo: InstanceType<typeof memo.ArticleMemo> };
    const bases = new Map<string, Base>();
    const kbFor = (extraPacks: readonly string[]): Base => {
      const key = JSON.stringify(extraPacks);
      let base = bases.get(key);
      if (base === undefined) {
        base = { kb: knowledge.loadKnowledge(extraPacks.length > 0 ? { extraPacks } : {}), memo: new memo.ArticleMemo() };
        bases.set(key, base);
      }
      return base;
    };
    // Keys per document object (story-plan.ts gives the same object for the same article).
    const keys = new WeakMap<StoryDoc, readonly string[]>();
    return {
      createClusterer: () => {
        const clusterer = new stories.IncrementalStories();
        return {
          add: (doc) => clusterer.add(doc),
          stories: () => clusterer.stories(),
          // In canonical order, the order that defines the clustering: no replay, and new stories
          // take the ids of their first articles in that order, as a batch clustering names them.
          addAll: (docs) => {
            for (const doc of stories.canonicalOrder(docs)) clusterer.add(doc);
          },
        };
      },
      candidateKeys: (doc) => {
        let found = keys.get(doc);
        if (found === undefined) keys.set(doc, (found = stories.candidateKeys(doc)));
        return found;
      },
      filing: {
        featureKeys: (doc) => seeded.featureKeys(doc),
        file: (seeds, incoming, before) => seeded.fileAgainst(seeds, incoming, before),
        refine: (filed, stored, incoming, before) => seeded.refineFiled(filed, stored, incoming, before),
        addToSummary: (summary, articles) => seeded.addToSummary(summary, articles),
        summarize: (articles, frequencies) => seeded.summarize(articles, frequencies),
      },
      analyze: (articles, options) =>
        pipeline.analyzeArticles(articles, { ...options, singleStory: true, ...kbFor(options.extraPacks ?? []) }),
    };
  })();
  return cached;
}
