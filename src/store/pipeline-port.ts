/**
 * @module What the store's library needs from the analysis side, as a port: a story
 * clusterer that can be rebuilt incrementally, and the analysis of one story's articles.
 * `defaultPipeline()` binds it to the real stages (stories/, pipeline.ts), loaded on first
 * use so the store itself opens without the NLP models.
 */
import type { Article, InputError } from "../types.ts";
import type { Report } from "../report/types.ts";

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

export interface Pipeline {
  createClusterer(): StoryClusterer;
  /**
   * An article's candidate keys (its strongest clustering features, stories/keys.ts), kept per
   * story in the store so that an ingest reads only the stories its articles may join. Without
   * it, every ingest re-clusters all stored articles.
   */
  candidateKeys?(doc: StoryDoc): readonly string[];
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
    const [stories, pipeline, knowledge, memo] = await Promise.all([
      import("../stories/index.ts"),
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
      analyze: (articles, options) =>
        pipeline.analyzeArticles(articles, { ...options, singleStory: true, ...kbFor(options.extraPacks ?? []) }),
    };
  })();
  return cached;
}
