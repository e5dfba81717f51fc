/**
 * @module Per-article work kept between analyses (store ingest re-analyzes every story that gains
 * articles): an article's document, its pack entities and its extraction are computed once and
 * reused while nothing they depend on changes, so re-analyzing a story costs its new articles'
 * extraction plus the story-level stages, not every old article's extraction again.
 * Exact: a document and the pack entities depend only on the article (all its fields compared);
 * an extraction depends on the article and, through garble detection, on the entities the story's
 * other articles name (compared as a whole) and the outlets it asked about for some of them
 * (each answer recorded, and compared on reuse). One memo per knowledge base: the caller keeps it
 * beside the base it was filled with.
 * Bounded by memory, not by a count of articles (a 5 KB article's entry weighs six times a 0.5 KB
 * one's): each entry's heap is estimated from its tokens and extracted items (factors measured),
 * and the entries used last are kept within a budget of bytes. An analysis takes its articles'
 * documents at once (`docs`): the ones held are kept for it first, and a new one takes the place
 * only of entries other analyses used, so a story larger than the budget keeps the part that fits
 * from one analysis to the next instead of pushing out, article by article, the ones it reads next.
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
  readonly tokens: number;
  /** Estimated heap of the entry (the extraction reserved until there is one). */
  bytes: number;
  /** The analysis (`docs` call) that used it last. */
  use: number;
  entityIds?: readonly string[];
  extraction?: Extraction;
}

/**
 * Heap kept by default: 64 MB. The stories a stream re-analyzes (those touched in its last
 * batches: ~1,900 generated 0.5 KB articles, ~300 articles of 4–5 KB), and a single story of as
 * many articles.
 */
export const MEMO_BUDGET = 64 * 1024 * 1024;

/**
 * Heap per token of a document (tokens with their text, span, tag, lemma and form, sentences and
 * the article), and per extracted item (mention, quantity, date, attribution, claim, diagnostic),
 * measured with a forced GC over generated articles (94 tokens each), 200 ECB+ news articles
 * (288) and 45 WikiRef articles (804): documents 192 / 179 / 175 bytes per token, extractions
 * 942 / 735 / 742 bytes per item (the whole entry within 10% of these factors' estimate).
 */
const DOC_BYTES_PER_TOKEN = 185;
const BYTES_PER_ITEM = 800;
/** An extraction's share reserved with the document, per token, until it is known (measured 96–180). */
const RESERVED_BYTES_PER_TOKEN = 120;
/** The entry itself, its map slot and the article object. */
const ENTRY_BYTES = 600;

const SEP = "\u0000";

function sameArticle(a: Article, b: Article): boolean {
  if (a === b) return true;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if ((a as unknown as Record<string, unknown>)[k] !== (b as unknown as Record<string, unknown>)[k]) return false;
  return true;
}

function tokenCount(doc: Doc): number {
  let n = 0;
  for (const s of doc.sentences) n += s.tokens.length;
  return n;
}

/** The estimated heap of an extraction (its document's counted apart). */
export function extractionBytes(x: ExtractedDoc): number {
  const items = x.mentions.length + x.quantities.length + x.dates.length + x.attributions.length + x.claims.length + x.diagnostics.length;
  return items * BYTES_PER_ITEM + x.sentenceKinds.length * 8;
}

/** The estimated heap of a memo entry for `doc`, with its extraction when known, else a reserve for it. */
export function entryBytes(doc: Doc, extraction?: ExtractedDoc): number {
  const tokens = tokenCount(doc);
  return ENTRY_BYTES + tokens * DOC_BYTES_PER_TOKEN + (extraction === undefined ? tokens * RESERVED_BYTES_PER_TOKEN : extractionBytes(extraction));
}

export class ArticleMemo {
  /** In the order of last use: the first is evicted first. */
  readonly #entries = new Map<string, Entry>();
  readonly #budget: number;
  #bytes = 0;
  #use = 0;
  /** Extractions reused and computed (for benchmarks and tests). */
  hits = 0;
  misses = 0;

  /** `budget`: the estimated bytes kept at most (entryBytes). */
  constructor(budget: number = MEMO_BUDGET) {
    this.#budget = Math.max(0, budget);
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The estimated heap of the entries kept (at most the budget). */
  get bytes(): number {
    return this.#bytes;
  }

  #held(article: Article): Entry | undefined {
    const found = this.#entries.get(article.id);
    if (found === undefined || !sameArticle(found.doc.article, article)) return undefined;
    // Used last: moved to the end of the eviction order.
    this.#entries.delete(article.id);
    this.#entries.set(article.id, found);
    found.use = this.#use;
    return found;
  }

  #drop(id: string): void {
    const entry = this.#entries.get(id);
    if (entry === undefined) return;
    this.#entries.delete(id);
    this.#bytes -= entry.bytes;
  }

  /** Evicts the entries other analyses used last until `bytes` more fit; false when they cannot. */
  #makeRoom(bytes: number): boolean {
    // In the order of last use: the current analysis's entries come last.
    for (const [id, entry] of this.#entries) {
      if (this.#bytes + bytes <= this.#budget || entry.use === this.#use) break;
      this.#drop(id);
    }
    return this.#bytes + bytes <= this.#budget;
  }

  /** A new entry for the article, kept when it fits (else given once and not kept). */
  #admit(article: Article): Entry {
    this.#drop(article.id);
    const doc = buildDoc(article);
    const tokens = tokenCount(doc);
    const entry: Entry = { doc, tokens, bytes: ENTRY_BYTES + tokens * (DOC_BYTES_PER_TOKEN + RESERVED_BYTES_PER_TOKEN), use: this.#use };
    if (this.#makeRoom(entry.bytes)) {
      this.#entries.set(article.id, entry);
      this.#bytes += entry.bytes;
    }
    return entry;
  }

  /**
   * The documents of one analysis's articles (in their order), each built once per article
   * content: the ones held first, then the new ones where they fit beside them.
   */
  docs(articles: readonly Article[]): Doc[] {
    this.#use++;
    const held = articles.map((a) => this.#held(a));
    return articles.map((a, i) => (held[i] ?? this.#held(a) ?? this.#admit(a)).doc);
  }

  /** The article's document (an analysis of this one article: `docs`). */
  doc(article: Article): Doc {
    return this.docs([article])[0] as Doc;
  }

  /** The pack entities the article names, computed by `find` once per article content. */
  entityIds(article: Article, find: () => readonly string[]): readonly string[] {
    const entry = this.#held(article) ?? this.#admit(article);
    entry.entityIds ??= find();
    return entry.entityIds;
  }

  /**
   * The extraction of `doc` (a document this memo gave) in a story context: the one kept when the
   * context answers as it did then, else `run`'s (kept in its place while it fits). A document
   * the memo did not give (or no longer holds) is extracted and not kept.
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
    // The reserve is replaced by the extraction's own estimate; an entry that no longer fits goes.
    const bytes = ENTRY_BYTES + entry.tokens * DOC_BYTES_PER_TOKEN + extractionBytes(result);
    this.#bytes += bytes - entry.bytes;
    entry.bytes = bytes;
    entry.extraction = { entities, outlets: asked, result };
    if (this.#bytes > this.#budget && !this.#makeRoom(0)) this.#drop(doc.article.id);
    return result;
  }
}
