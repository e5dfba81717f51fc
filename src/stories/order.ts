/** @module Canonical processing order of story clustering: published date (undated last), then id. */
import type { StoryDoc } from "./types.ts";

/** A document's place in canonical order. */
export interface CanonicalKey {
  /** Milliseconds since the epoch, or +∞ when the date is unknown or unparsable. */
  readonly time: number;
  readonly id: string;
}

export function canonicalKey(doc: Pick<StoryDoc, "id" | "published">): CanonicalKey {
  const t = doc.published ? Date.parse(doc.published) : Number.NaN;
  return { time: Number.isNaN(t) ? Number.POSITIVE_INFINITY : t, id: doc.id };
}

/** Negative when `a` comes first, 0 for the same key, positive when `b` comes first. */
export function compareCanonical(a: CanonicalKey, b: CanonicalKey): number {
  return a.time < b.time ? -1 : a.time > b.time ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Documents sorted into canonical order (a new array). */
export function canonicalOrder<T extends Pick<StoryDoc, "id" | "published">>(docs: readonly T[]): T[] {
  return docs
    .map((d) => ({ d, k: canonicalKey(d) }))
    .sort((x, y) => compareCanonical(x.k, y.k))
    .map((x) => x.d);
}
