/**
 * @module Core data types shared by every pipeline stage: articles, documents, annotations
 * (mentions, quantities, dates, attributions, claims) and input errors. All records are
 * readonly plain data; annotations are discriminated by `kind` and carry a `span` of
 * character offsets into their article's normalized text.
 */

/** Character offsets [start, end) into an article's normalized text. */
export type Span = readonly [number, number];

export type InputFormat = "txt" | "md" | "html" | "json" | "jsonl" | "rss" | "atom";

/** One article as read by `ingest`: metadata plus its body text (title excluded). */
export interface Article {
  /** Stable id derived from the normalized body text (see `articleId`). */
  readonly id: string;
  /** The path or URL it came from, as given (JSON/JSONL/feeds add `#N` for the N-th record). */
  readonly origin: string;
  readonly outlet: string;
  /**
   * Whether an input named the outlet (a field, a sidecar, front matter, feed or page metadata; a
   * URL host counts). False when `outlet` is only the file name it came from. Absent on records
   * built before this was kept: then it is read off the outlet (a file name is no outlet's name).
   */
  readonly outletKnown?: boolean;
  /** The outlet's country, when an input gives it (a sidecar's `country` column, front matter). */
  readonly country?: string | null;
  readonly url: string | null;
  readonly title: string | null;
  /** ISO 8601 date or date-time, or null when unknown. */
  readonly published: string | null;
  readonly byline: string | null;
  /** ISO 639-1 code, or "und" when it cannot be identified. */
  readonly language: string;
  readonly format: InputFormat;
  /** The body, normalized (see text/normalize): paragraphs separated by blank lines. */
  readonly text: string;
}

/** A data failure: an input that could not be read. Reported, never thrown. */
export interface InputError {
  readonly origin: string;
  readonly code: InputErrorCode;
  readonly message: string;
}

export type InputErrorCode =
  | "not-found"
  | "empty"
  | "binary"
  | "invalid-utf8"
  | "too-large"
  | "malformed-json"
  | "malformed-html"
  | "malformed-feed"
  | "malformed-front-matter"
  | "no-text"
  | "unsupported"
  | "fetch-failed"
  | "refused"
  | "read-failed"
  | "unreadable"
  | "malformed-sources";

export interface IngestResult {
  readonly articles: readonly Article[];
  readonly errors: readonly InputError[];
}

/* ------------------------------------------------------------------ text */

export interface Token {
  readonly text: string;
  readonly span: Span;
  /** Universal POS tag from wink-nlp (PROPN, NOUN, NUM, ...). */
  readonly pos: string;
  readonly lemma: string;
  /** Lower-cased normalized form used for matching. */
  readonly norm: string;
}

export interface Sentence {
  readonly index: number;
  readonly span: Span;
  readonly text: string;
  readonly paragraph: number;
  /** A headline, sub-heading, list item or table row rather than running prose. */
  readonly block: "prose" | "heading" | "list-item" | "table-row";
  readonly tokens: readonly Token[];
}

/** An article after the text stage. */
export interface Doc {
  readonly article: Article;
  /** Equal to article.text (normalized at ingest); all spans index into it. */
  readonly text: string;
  readonly paragraphs: readonly Span[];
  readonly sentences: readonly Sentence[];
}

/* --------------------------------------------------------------- extract */

export type EntityType =
  | "person"
  | "organization"
  | "country"
  | "place"
  | "outlet"
  | "weapon"
  | "law"
  | "event"
  | "office"
  | "other";

export interface Mention {
  readonly kind: "mention";
  readonly span: Span;
  readonly sentence: number;
  readonly text: string;
  /** Knowledge-pack entity id, or null for a name no pack knows. */
  readonly entityId: string | null;
  /** Canonical name ("Vladimir Putin", "S-400 Triumf"). */
  readonly canonical: string;
  readonly type: EntityType;
  /** How it was found: an alias of a pack entity, a garble of one, or a capitalized chunk. */
  readonly source: "pack" | "near-miss" | "chunk";
  /** For people: the role or title the text gives ("press secretary"). */
  readonly role: string | null;
}

export type Approximation = "exact" | "about" | "more-than" | "less-than" | "at-least" | "up-to" | "range";

export type PartReason = "subset" | "descriptive" | "recent" | "previous" | "whole-body";

export interface Quantity {
  readonly kind: "quantity";
  readonly span: Span;
  readonly sentence: number;
  readonly text: string;
  readonly value: number;
  /** Upper bound for ranges ("10 to 12"); equal to value otherwise. */
  readonly upper: number;
  readonly approx: Approximation;
  /** Counted unit, singular lemma ("division", "squadron", "jet"), or null. */
  readonly unit: string | null;
  /** Entity the quantity counts (canonical name), e.g. "S-400 Triumf" in "five divisions of S-400". */
  readonly item: string | null;
  /** "five more", "additional": an increment, not a total. */
  readonly incremental: boolean;
  /** "includes 81 tanks", "of which 81", "81 of them": a part of a larger count, not the total. */
  readonly part: boolean;
  /** Why `part` is set: a subset ("of which 81"), a number describing a noun ("a 10-minute average"), a recent period ("in the past 24 hours"), a figure left behind ("up from four"), or a named body's size ("the nine members of the Committee"). */
  readonly partOf?: PartReason;
  /**
   * The place a count of the dead or injured is confined to ("Nine people died in Catanduanes",
   * "five deaths from Catanduanes"), when that place is not a country: a local toll, compared only
   * with other tolls of that place, never with the incident's whole toll.
   */
  readonly scope?: string;
  /** The vague word the count was read from ("dozens", "several"): its value is the least it can mean, and it can mean no more than VAGUE_UPPER gives. */
  readonly vague?: string;
}

export type DateGranularity = "day" | "month" | "year" | "fiscal-year" | "part-of-month" | "week" | "season" | "unknown";

export interface DateValue {
  readonly kind: "date";
  readonly span: Span;
  readonly sentence: number;
  readonly text: string;
  /** TIMEX3-like value: "2025-12-04", "2025-12", "2026", "XXXX-11-27", "2025-09" ... */
  readonly value: string;
  /** Inclusive range bounds as ISO dates when resolvable (year unknown ⇒ null). */
  readonly start: string | null;
  readonly end: string | null;
  readonly granularity: DateGranularity;
  /** "point": on that date; "range": over it; "deadline": by it; "relative": anchored on publication. */
  readonly role: "point" | "range" | "deadline" | "relative";
}

export type SourceType = "outlet" | "agency" | "person" | "official" | "government" | "anonymous" | "document";

/** "According to X", "X reported", "citing Y", "X told Z". */
export interface Attribution {
  readonly kind: "attribution";
  readonly span: Span;
  readonly sentence: number;
  /** Canonical name of the immediate source ("Bloomberg", "an anonymous source"). */
  readonly source: string;
  readonly sourceType: SourceType;
  /** Upstream sources, nearest first ("Bloomberg, citing an unnamed source" ⇒ ["an anonymous source"]). */
  readonly upstream: readonly string[];
  /** The outlet a person spoke to ("told India Today"), if any. */
  readonly via: string | null;
  readonly date: string | null;
  /** The cue phrase ("according to", "reported", "told"). */
  readonly cue: string;
}

export type Modality = "asserted" | "reported" | "planned" | "possible" | "denied";

export type FrameType = "procurement" | "delivery" | "visit" | "sanction" | "incident";

export type DealStatus =
  | "considering"
  | "negotiating"
  | "approved"
  | "ordered"
  | "delivering"
  | "delivered"
  | "cancelled";

/** How far a sanction got: threatened or discussed, or actually imposed. */
export type SanctionStatus = "threatened" | "imposed";

/** A pack-driven event frame: who does what to what, how many, when, how far it got. */
export interface Frame {
  readonly type: FrameType;
  /** Role name → canonical entity or value ("buyer" → "India", "item" → "S-400 Triumf"). */
  readonly roles: Readonly<Record<string, string>>;
  /** A deal's status for procurement and delivery; a sanction's for sanction; null for visits. */
  readonly status: DealStatus | SanctionStatus | null;
}

/** One factual statement found in a sentence. */
export interface Claim {
  readonly kind: "claim";
  /** `${articleId}:${sentenceIndex}:${n}` */
  readonly id: string;
  readonly articleId: string;
  readonly sentence: number;
  readonly span: Span;
  readonly text: string;
  readonly subjects: readonly string[];
  readonly mentions: readonly Mention[];
  readonly quantities: readonly Quantity[];
  readonly dates: readonly DateValue[];
  readonly attribution: Attribution | null;
  readonly modality: Modality;
  readonly hedges: readonly string[];
  readonly frame: Frame | null;
  /** Unattributed evaluation, speculation or generic analysis rather than reporting. */
  readonly commentary: boolean;
}

export type Annotation = Mention | Quantity | DateValue | Attribution | Claim;

/** Something a stage noticed about the text, recorded rather than logged. */
export interface Diagnostic {
  readonly code: string;
  readonly message: string;
  readonly span: Span | null;
  readonly stage: string;
}

/** A document with everything extraction found. */
export interface ExtractedDoc {
  readonly doc: Doc;
  readonly mentions: readonly Mention[];
  readonly quantities: readonly Quantity[];
  readonly dates: readonly DateValue[];
  readonly attributions: readonly Attribution[];
  readonly claims: readonly Claim[];
  /** Per sentence (by index): reporting or commentary; headings, list fragments and table cells are "structure". */
  readonly sentenceKinds: readonly SentenceKind[];
  readonly diagnostics: readonly Diagnostic[];
}

export type SentenceKind = "reporting" | "commentary" | "structure";
