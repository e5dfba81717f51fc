/**
 * @module The report contract, schema `triangulate.report/v1` (see DESIGN.md). Renderers,
 * the server and external users read this; change it only by versioning. Fields beyond the
 * contract's required ones are optional extras.
 */
import type { InputError } from "../types.ts";

export const REPORT_SCHEMA = "triangulate.report/v1" as const;

export interface Report {
  readonly schema: typeof REPORT_SCHEMA;
  readonly generatedAt: string;
  readonly articles: readonly ArticleSummary[];
  readonly stories: readonly Story[];
  readonly facts: readonly Fact[];
  readonly anomalies: readonly Anomaly[];
  readonly reuse: readonly ReuseLink[];
  readonly errors: readonly InputError[];
  /**
   * Extra, in a stored report whose reuse links were too many to keep (store/bounded-report.ts):
   * each large group of articles joined by reuse, kept as one cluster; `reuse` then holds only the
   * strongest links that connect each group.
   */
  readonly reuseGroups?: readonly ReuseGroup[];
  /** Extra: the entities the articles name, resolved across spellings, with roles. */
  readonly entities?: readonly EntitySummary[];
  /** Extra, with `--explain`: what each rule dropped, reclassified or compared, and where. */
  readonly trace?: readonly TraceEntry[];
}

/** One decision of a named rule: a number left out, a number or a name read as something else, claims put together, two accounts compared. */
export interface TraceEntry {
  readonly rule: string;
  /** The rule's one-line doc. */
  readonly doc: string;
  readonly action: "dropped" | "reclassified" | "merged" | "compared";
  readonly articleId: string;
  readonly span: readonly [number, number];
  /** The words the rule acted on ("200 W. American Blvd"). */
  readonly quote: string;
  /** The sentence they are in. */
  readonly context: string;
  readonly message: string;
}

/** Why a fact is contested, as data: the rule, what differs, and the two accounts compared. */
export interface Difference {
  readonly rule: string;
  /** What differs, in words ("number differs: 12 vs 13"). */
  readonly what: string;
  readonly accounts: readonly { readonly articleId: string; readonly value: string; readonly quote: string; readonly span: readonly [number, number] }[];
}

export interface EntitySummary {
  readonly name: string;
  readonly type: string;
  /** Knowledge-pack id, or null for a name no pack knows. */
  readonly id: string | null;
  /** Roles the articles give (or the pack's, when they give none). */
  readonly roles: readonly string[];
  /** The spellings seen, e.g. ["Su-57", "Sukhoi-57"]. */
  readonly forms: readonly string[];
  readonly articleIds: readonly string[];
  readonly mentions: number;
}

export interface ArticleSummary {
  readonly id: string;
  readonly origin: string;
  readonly outlet: string;
  /** Extra: what readers see for this article: the outlet's name when an input names it, else a short stable letter ("A", "B", …). */
  readonly label?: string;
  /** Extra: false when nothing named the outlet (`outlet` is then only the file name or host it came from). */
  readonly outletKnown?: boolean;
  readonly title: string | null;
  readonly published: string | null;
  readonly language: string;
  readonly sentences: number;
  readonly words: number;
  /** Extras: share of sentences that are commentary, and of facts only this article carries. */
  readonly url?: string | null;
  readonly commentaryShare?: number;
  readonly exclusiveShare?: number;
  readonly notes?: readonly string[];
}

export interface Story {
  readonly id: string;
  readonly title: string;
  readonly articleIds: readonly string[];
  /** Extra: the summary every renderer shows first. */
  readonly summary?: StorySummary;
}

export interface StorySummary {
  readonly agreed: readonly string[];
  readonly disputed: readonly string[];
  readonly singleSource: readonly string[];
}

export type Verdict = "corroborated" | "contested" | "single-source";

export interface Fact {
  readonly id: string;
  readonly storyId: string;
  readonly statement: string;
  readonly subject: readonly string[];
  readonly verdict: Verdict;
  readonly articles: number;
  readonly independentOrigins: number;
  readonly variants: readonly Variant[];
  /** Extras. */
  readonly differs?: string | null;
  /** Extra: `differs` as data (rule, what, the two accounts compared); `differs` stays for v1 readers. */
  readonly difference?: Difference | null;
  readonly conservative?: string | null;
  readonly origins?: readonly OriginChain[];
  readonly modality?: string;
  readonly frame?: { readonly type: string; readonly roles: Readonly<Record<string, string>>; readonly status: string | null } | null;
}

export interface Variant {
  readonly value: string;
  readonly evidence: readonly Evidence[];
}

export interface Evidence {
  readonly articleId: string;
  readonly quote: string;
  readonly span: readonly [number, number];
  readonly attribution: string | null;
  /** This quote's own figure when its variant groups several compatible readings ("at least 30 killed" under "41 killed / at least 30 killed"). */
  readonly reading?: string;
}

/** One independent origin of a fact: the articles that collapse into it and why. */
export interface OriginChain {
  readonly root: string;
  readonly articleIds: readonly string[];
  /** Human-readable chain, e.g. ["art-000", "The Times of India"]. */
  readonly chain: readonly string[];
  readonly reason: "own-reporting" | "shared-upstream" | "copy";
}

export type AnomalyKind =
  | "garbled-name"
  | "name-variant"
  | "repeated-text"
  | "inconsistent-number"
  | "temporal-inconsistency"
  | "unattributed-claim"
  | "framing"
  | "mostly-commentary";

export interface Anomaly {
  readonly kind: AnomalyKind | (string & {});
  readonly articleId: string;
  readonly quote: string;
  readonly span: readonly [number, number];
  readonly suggestion: string | null;
  readonly explanation: string;
  /**
   * Extra: every place this one finding occurs (the same garbled name in three articles, a passage
   * repeated twice in one), the first being `articleId`/`quote`/`span`. Absent when it occurs once.
   * Read it through `placesOf` (report/anomaly-places.ts).
   */
  readonly occurrences?: readonly AnomalyPlace[];
}

/** One place an anomaly occurs. */
export interface AnomalyPlace {
  readonly articleId: string;
  readonly quote: string;
  readonly span: readonly [number, number];
}

export type ReuseKind = "duplicate" | "near-duplicate" | "shared-passages" | "paraphrase" | "rewrite";

/** A group of articles joined by reuse links (copies, shared passages, paraphrase), kept as one cluster. */
export interface ReuseGroup {
  readonly articleIds: readonly string[];
  /** How many links joined its articles before they were cut to the ones kept in `reuse`. */
  readonly links: number;
}

export interface ReuseLink {
  readonly a: string;
  readonly b: string;
  readonly kind: ReuseKind;
  readonly score: number;
  readonly passages: readonly { readonly a: string; readonly b: string }[];
  /** The rule that linked them, where one did (a rewrite: `reuse.rewrite`, `reuse.shared-errors`). */
  readonly rule?: string;
  /** Rare errors both articles make (the same garbled name or unusual spelling): evidence of one source. */
  readonly sharedErrors?: readonly string[];
}
