/**
 * @module Text repeated inside one article: a sentence or a run of sentences that occurs more than
 * once (a scraper or CMS duplicate), even when the copy is glued to the next sentence. Runs of
 * repeated sentences that repeat together are reported as one passage.
 */
import type { Span } from "../types.ts";
import { sentenceSpans } from "./sentences.ts";
import { contentKey } from "./tokens.ts";

export interface ReuseDoc {
  readonly id: string;
  readonly text: string;
}

export interface RepeatedPassage {
  readonly articleId: string;
  /** The text of the first occurrence. */
  readonly quote: string;
  /** Every occurrence, in order. */
  readonly spans: readonly (readonly [number, number])[];
}

export interface RepeatOptions {
  /** Shortest repeated text reported, in words (default 6). */
  readonly minWords?: number;
}

/** Passages of `doc` that occur at least twice, ordered by their first occurrence. */
export function findRepeats(doc: ReuseDoc, options: RepeatOptions = {}): readonly RepeatedPassage[] {
  const minWords = options.minWords ?? 6;
  const spans = sentenceSpans(doc.text);
  const keys = spans.map(([a, b]) => contentKey(doc.text.slice(a, b)));
  const occurrences = new Map<string, number[]>();
  keys.forEach((k, i) => {
    if (!k) return;
    const list = occurrences.get(k);
    if (list) list.push(i);
    else occurrences.set(k, [i]);
  });
  const out: RepeatedPassage[] = [];
  const done = new Set<string>();
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const occ = occurrences.get(key);
    if (!occ || occ.length < 2 || done.has(key) || occ[0] !== i) continue;
    // Extend the run while the next sentence repeats at exactly the next positions.
    let len = 1;
    for (;;) {
      const nextKey = keys[i + len];
      const nextOcc = nextKey === undefined ? undefined : occurrences.get(nextKey);
      if (!nextKey || !nextOcc || done.has(nextKey) || nextOcc.length !== occ.length) break;
      if (!nextOcc.every((p, j) => p === (occ[j] as number) + len)) break;
      // runs must not overlap their own next occurrence
      if (occ.some((p, j) => j + 1 < occ.length && p + len >= (occ[j + 1] as number))) break;
      len++;
    }
    for (let t = 0; t < len; t++) done.add(keys[i + t] as string);
    const words = keys.slice(i, i + len).reduce((n, k) => n + k.split(" ").length, 0);
    if (words < minWords) continue;
    const occSpans = occ.map((p) => [(spans[p] as Span)[0], (spans[p + len - 1] as Span)[1]] as const);
    const first = occSpans[0] as readonly [number, number];
    out.push({ articleId: doc.id, quote: doc.text.slice(first[0], first[1]), spans: occSpans });
  }
  return out;
}
