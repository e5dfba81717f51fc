/**
 * @module A small cache of story reports and rendered pages, keyed by the story's version
 * (`Store.storyVersion`, bumped by every write to the story), so a popular story costs one
 * cheap query per request and stale entries can never be served, even when other processes
 * write to the same Postgres database.
 */
import type { Report } from "../report/types.ts";
import type { Store } from "../store/types.ts";

interface Entry {
  readonly version: string;
  readonly report: Report;
  readonly pages: Map<string, string>;
}

export interface CachedStory {
  readonly version: string;
  readonly report: Report;
  /** Renders (or returns the cached rendering of) a page of this story version. */
  page(key: string, render: () => Promise<string>): Promise<string>;
}

export class StoryCache {
  readonly #store: Store;
  readonly #max: number;
  readonly #entries = new Map<string, Entry>();

  constructor(store: Store, options: { maxStories?: number } = {}) {
    this.#store = store;
    this.#max = Math.max(1, options.maxStories ?? 64);
  }

  /** The story's current report, or null when the story is missing or not analyzed. */
  async get(storyId: string): Promise<CachedStory | null> {
    const version = await this.#store.storyVersion(storyId);
    if (version === null) {
      this.#entries.delete(storyId);
      return null;
    }
    let entry = this.#entries.get(storyId);
    if (entry === undefined || entry.version !== version) {
      const report = await this.#store.getReport(storyId);
      if (report === null) return null;
      // Re-read the version: a write between the two reads must not be cached under the old one.
      const after = await this.#store.storyVersion(storyId);
      entry = { version: after ?? version, report, pages: new Map() };
      if (after === version) this.#remember(storyId, entry);
    } else {
      this.#entries.delete(storyId); // refresh LRU position
      this.#entries.set(storyId, entry);
    }
    const current = entry;
    return {
      version: current.version,
      report: current.report,
      async page(key, render) {
        const hit = current.pages.get(key);
        if (hit !== undefined) return hit;
        const html = await render();
        if (current.pages.size >= 32) current.pages.delete(current.pages.keys().next().value ?? "");
        current.pages.set(key, html);
        return html;
      },
    };
  }

  #remember(storyId: string, entry: Entry): void {
    this.#entries.delete(storyId);
    this.#entries.set(storyId, entry);
    while (this.#entries.size > this.#max) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
  }
}
