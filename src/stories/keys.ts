/**
 * @module An article's candidate keys: its strongest story features (stems and entity keys, as
 * features.ts counts them), the compact fingerprint a store keeps per story so that a new article's
 * candidate stories are found by looking up its keys instead of re-reading every stored article.
 * As many as the pass's candidate index queries (candidates.ts): 12 terms, 6 entities.
 */
import { docFeatures, type FeatureOptions } from "./features.ts";
import type { StoryDoc } from "./types.ts";

const TERMS = 12;
const ENTITIES = 6;
/**
 * Longest key kept: a word or name longer than any real one (a 1 MB token, "a-a-a-…") is no story
 * feature, and a database index entry must stay small (Postgres refuses entries over ~8 KB).
 */
export const MAX_KEY_LENGTH = 64;

function strongest(counts: ReadonlyMap<string, number>, n: number, prefix: string): string[] {
  return [...counts]
    .filter(([key]) => key.length > 0 && key.length <= MAX_KEY_LENGTH)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, n)
    .map(([key]) => `${prefix}${key}`);
}

/** The article's keys: `t:` + its most frequent stems, `e:` + its most frequent entity keys (title words weighted up). Deterministic. */
export function candidateKeys(doc: Pick<StoryDoc, "title" | "text">, options: FeatureOptions = {}): string[] {
  const f = docFeatures(doc.title, doc.text, [], options);
  return [...strongest(f.terms, TERMS, "t:"), ...strongest(f.entities, ENTITIES, "e:")];
}
