/**
 * @module Candidate pairs by shared keys, for the stages of a large story that would otherwise
 * compare everything with everything (claim grouping, lead sentences, origins, framing). Items
 * register their keys (content terms, 5-letter stems); a query returns the items that share at
 * least one key with it. A key held by more than `maxPosting` items says nothing about which
 * items belong together (a story-wide word) and is skipped, so a query costs at most
 * keys × maxPosting whatever the story's size. Up to `LINEAR_FROM` items the index is exact (no
 * cap): it only skips pairs whose similarity is zero, so results are those of comparing every
 * pair; above, the cap makes it approximate and linear.
 */

/** Items (claims, clusters, articles) from which a stage compares only candidates sharing a key, and informative keys only. */
export const LINEAR_FROM = 400;
/** Items a key may be held by before it is skipped as too common to tell items apart (large stories only). */
export const MAX_POSTING = 64;

/**
 * Keys under which two term lists share a key exactly when their content overlap can be above
 * zero (see similarity/pair.ts: an exact term, or a soft match between alphabetic terms of 5+
 * letters: a shared 5-letter prefix, or one edit on words of 6+ letters, caught by their
 * single-deletion variants). Word vectors only extend an overlap that exists, so they add no key.
 */
export function termKeys(terms: readonly string[]): string[] {
  const out = new Set<string>();
  for (const t of terms) {
    out.add(t);
    if (t.length < 5 || !/^\p{L}+$/u.test(t)) continue;
    out.add(`~${t.slice(0, 5)}`);
    out.add(`-${t}`);
    if (t.length >= 6) for (let i = 0; i < t.length; i++) out.add(`-${t.slice(0, i)}${t.slice(i + 1)}`);
  }
  return [...out];
}

export class KeyIndex {
  private readonly postings = new Map<string, number[]>();
  private readonly stamp: number[] = [];
  private round = 0;

  /** `maxPosting` Infinity: exact (every item sharing a key). */
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
