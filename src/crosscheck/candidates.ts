/**
 * @module Candidate pairs by shared keys, for the stages of a large story that would otherwise
 * compare everything with everything (claim grouping, lead sentences, origins, framing). Items
 * register their keys (content terms, 5-letter stems); a query returns the items that share at
 * least one key with it. A key held by more than `maxPosting` items says nothing about which
 * items belong together (a story-wide word) and is skipped, so a query costs at most
 * keys × maxPosting whatever the story's size. Small stories keep their exact all-pairs
 * comparison: callers switch to the index only above `LINEAR_FROM` items, so every story of the
 * sizes the verdicts are measured on is analyzed exactly as before.
 */

/** Items (claims, clusters, articles) from which a stage compares only candidates sharing a key. */
export const LINEAR_FROM = 400;
/** Items a key may be held by before it is skipped as too common to tell items apart. */
export const MAX_POSTING = 64;

/** Keys for soft matching: the term itself and, for alphabetic terms of 5+ letters, their first 5 letters (see similarity/soft.ts). */
export function termKeys(terms: readonly string[]): string[] {
  const out = new Set<string>();
  for (const t of terms) {
    out.add(t);
    if (t.length >= 5 && /^\p{L}+$/u.test(t)) out.add(`~${t.slice(0, 5)}`);
  }
  return [...out];
}

export class KeyIndex {
  private readonly postings = new Map<string, number[]>();
  private readonly stamp: number[] = [];
  private round = 0;

  constructor(private readonly maxPosting = MAX_POSTING) {}

  /** Register item `id` (a small non-negative integer) under `keys`. */
  add(id: number, keys: Iterable<string>): void {
    for (const k of keys) {
      const list = this.postings.get(k);
      if (!list) this.postings.set(k, [id]);
      // Past the cap the key is skipped by queries; one more entry marks it as such without growing.
      else if (list.length <= this.maxPosting && list[list.length - 1] !== id) list.push(id);
    }
  }

  /** Items sharing at least one informative key with `keys`, each once, in ascending order. */
  query(keys: Iterable<string>): number[] {
    const round = ++this.round;
    const out: number[] = [];
    for (const k of keys) {
      const list = this.postings.get(k);
      if (!list || list.length > this.maxPosting) continue;
      for (const id of list) {
        if (this.stamp[id] === round) continue;
        this.stamp[id] = round;
        out.push(id);
      }
    }
    return out.sort((a, b) => a - b);
  }
}
