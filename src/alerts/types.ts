/**
 * @module The alert contract: a change in a story worth telling a reader (a fact newly contested,
 * a verdict that changed, a garbled name or a name variant that appeared, a story that grew past a
 * size), with the story, the fact and the quotes behind it. `key` is stable across restarts and
 * re-analyses, so each alert is stored (and delivered) once.
 */

export type AlertKind = "contested" | "verdict-changed" | "garbled-name" | "name-variant" | "new-story";

export const ALERT_KINDS: readonly AlertKind[] = ["contested", "verdict-changed", "garbled-name", "name-variant", "new-story"];

/** One quote behind an alert. */
export interface AlertEvidence {
  readonly articleId: string;
  /** What readers call the article's source (outlet, or a letter when no input named it). */
  readonly source: string;
  readonly quote: string;
  /** The value this quote gives (a fact's variant), or the suggested name (an anomaly). */
  readonly value: string | null;
  readonly url: string | null;
}

/** An alert before it is stored. */
export interface NewAlert {
  /** Stable identity: the same change always has the same key (dedupe across restarts). */
  readonly key: string;
  readonly kind: AlertKind;
  readonly storyId: string;
  readonly storyTitle: string;
  readonly factId: string | null;
  /** One line: what changed. */
  readonly title: string;
  /** A few sentences: the values, verdicts or names involved. */
  readonly summary: string;
  readonly evidence: readonly AlertEvidence[];
}

/** A stored alert. */
export interface Alert extends NewAlert {
  /** Insertion order (monotonic): the cursor for `?since` readers and webhook delivery. */
  readonly seq: number;
  /** ISO 8601 time it was stored. */
  readonly createdAt: string;
}

export interface AlertQuery {
  /** Only alerts stored after this ISO 8601 time. */
  readonly since?: string;
  /** Only alerts with a larger seq. */
  readonly afterSeq?: number;
  readonly storyId?: string;
  /** Default 100, at most 1000. */
  readonly limit?: number;
  /** "asc": oldest first (readers catching up); "desc" (default): newest first (feeds, pages). */
  readonly order?: "asc" | "desc";
}
