/**
 * @module Per-article work kept between analyses (store ingest re-analyzes every story that gains
 * articles): an article's document, its pack entities and its extraction are computed once and
 * reused while nothing they depend on changes, so re-analyzing a story costs its new articles'
 * extraction plus the story-level stages, not every old article's extraction again.
 * Exact: a document and the pack entities depend only on the article (all its fields compared);
 * an extraction depends on the article and, through garble detection, on the entities the story's
 * other articles name (compared as a whole) and the outlets it asked about for some of them
 * (each answer recorded, and compared on reuse). One memo per knowledge base: the caller keeps it
 * beside the base it was filled with. Bounded: the `capacity` articles used last are kept.
 */
import type { Article, Doc, ExtractedDoc } from "../types.ts";
import { buildDoc } from "../text/index.ts";

/** What extraction reads of the story besides the article (extract.ts `ExtractOptions`). */
export interface StoryContext {
  /** Entity ids other articles of the story mention (their order is part of the context). */
  readonly storyEntityIds: ReadonlySet<string>;
  /** Outlets of the other articles that mention an entity. */
  readonly storyEntityOutlets: (entityId: string) => readonly string[];
}

interface Extraction {
  readonly entities: string;
  /** Each outlets question asked, with its answer (joined). */
  readonly outlets: readonly (readonly [string, string])[];
  readonly result: ExtractedDoc;
}

interface Entry {
  readonly doc: Doc;
  entityIds?: readonly string[];
  extraction?: Extraction;
}

/** Articles kept by default: a few batches' stories (a few MB per hundred articles). */
export const MEMO_CAPACITY = 2000;

const SEP = "\u0000";

function sameArticle(a: Article, b: Article): boolean {
  if (a === b) return true;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if ((a as unknown as Record<string, unknown>)[k] !== (b as unknown as Record<string, unknown>)[k]) return false;
  return true;
}

export class ArticleMemo {
  readonly #entries = new Map<string, Entry>();
  readonly #capacity: number;
  /** Extractions reused and computed (for benchmarks and tests). */
  hits = 0;
  misses = 0;

  constructor(capacity: number = MEMO_CAPACITY) {
    this.#capacity = Math.max(1, Math.floor(capacity));
  }

  get size(): number {
    return this.#entries.size;
  }

  #entry(article: Article): Entry {
    const found = this.#entries.get(article.id);
    if (found !== undefined && sameArticle(found.doc.article, article)) {
      // Used last: moved to the end of the eviction order.
      this.#entries.delete(article.id);
      this.#entries.set(article.id, found);
      return found;
    }
    const entry: Entry = { doc: buildDoc(article) };
    this.#entries.delete(article.id);
    this.#entries.set(article.id, entry);
    while (this.#entries.size > this.#capacity) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
    return entry;
  }

  /** The article's document (built once per article content). */
  doc(article: Article): Doc {
    return this.#entry(article).doc;
  }

  /** The pack entities the article names, computed by `find` once per article content. */
  entityIds(article: Article, find: () => readonly string[]): readonly string[] {
    const entry = this.#entry(article);
    entry.entityIds ??= find();
    return entry.entityIds;
  }

  /**
   * The extraction of `doc` (a document this memo gave) in a story context: the one kept when the
   * context answers as it did then, else `run`'s (kept in its place). A document the memo did not
   * give (or no longer holds) is extracted and not kept.
   */
  extract(doc: Doc, context: StoryContext, run: (context: StoryContext) => ExtractedDoc): ExtractedDoc {
    const entry = this.#entries.get(doc.article.id);
    if (entry === undefined || entry.doc !== doc) return run(context);
    const entities = [...context.storyEntityIds].join(SEP);
    const kept = entry.extraction;
    if (kept !== undefined && kept.entities === entities && kept.outlets.every(([e, answer]) => context.storyEntityOutlets(e).join(SEP) === answer)) {
      this.hits++;
      return kept.result;
    }
    this.misses++;
    const asked: [string, string][] = [];
    const result = run({
      storyEntityIds: context.storyEntityIds,
      storyEntityOutlets: (e) => {
        const answer = context.storyEntityOutlets(e);
        asked.push([e, answer.join(SEP)]);
        return answer;
      },
    });
    entry.extraction = { entities, outlets: asked, result };
    return result;
  }
}
