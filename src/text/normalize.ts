/**
 * @module Text normalization applied to every article body at ingest, and the stable article id.
 * Normalization unifies typography (quotes, dashes, spaces, line ends) so later stages can match
 * text literally, but it never folds letters across scripts: a Cyrillic "С" inside a Latin
 * designation must survive so garble detection can see it.
 */
import { createHash } from "node:crypto";

/** Zero-width space/joiners, word joiner, BOM/ZWNBSP, soft hyphen, Mongolian vowel separator. */
const INVISIBLE = /\u200B|\u200C|\u200D|\u2060|\uFEFF|\u00AD|\u180E/g;
/** NBSP, the fixed-width spaces (en quad … hair space), narrow NBSP, medium math space, ideographic space, tab, VT, FF. */
/** C0/C1 control characters other than tab, LF, VT, FF, CR and NEL (handled below). */
// eslint-disable-next-line no-control-regex -- removing stray control characters is the point
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g;
const ODD_SPACE = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t\v\f]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F]/g;
/** An en dash between two digits is a range ("4–5"): a plain hyphen. */
const DIGIT_EN_DASH = /(?<=\d)\u2013(?=\d)/g;
const LONG_DASH = /[\u2013\u2014\u2015]/g;
/** Hyphen, non-breaking hyphen, figure dash, minus sign. */
const HYPHENS = /[\u2010\u2011\u2012\u2212]/g;

/**
 * Normalize raw article text: NFC; CRLF/CR → LF; curly quotes → straight; en/em dashes and the
 * horizontal bar → "—" (an en dash between digits → "-"); hyphen look-alikes → "-"; exotic spaces
 * and tabs → " "; zero-width characters and soft hyphens removed; runs of spaces collapsed; line
 * ends trimmed; 3+ newlines → 2; whole text trimmed. Idempotent.
 */
export function normalizeText(raw: string): string {
  let t = raw.replace(INVISIBLE, "").replace(CONTROL, "").normalize("NFC");
  t = t.replace(/\r\n?/g, "\n").replace(/[\u2028\u2029\u0085]/g, "\n");
  t = t.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"');
  t = t.replace(ODD_SPACE, " ");
  t = t.replace(DIGIT_EN_DASH, "-").replace(LONG_DASH, "—").replace(HYPHENS, "-");
  t = t.replace(/ {2,}/g, " ");
  t = t
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n");
  t = t.replace(/\n{3,}/g, "\n\n");
  return t.trim();
}

/**
 * The stable id of an article: "a" + the first 12 hex digits of
 * sha256(outlet + NUL + (title ?? "") + NUL + text). Depends only on these fields, never on the
 * order in which articles were read.
 */
/** A text as its words alone: lower case, every run of other characters one space ("It's  done!" → "it s done"). Two texts with one key say the same words. */
export function wordsKey(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

export function articleId(parts: { outlet: string; title: string | null; text: string }): string {
  const hash = createHash("sha256")
    .update(`${parts.outlet}\u0000${parts.title ?? ""}\u0000${parts.text}`)
    .digest("hex");
  return `a${hash.slice(0, 12)}`;
}

/** A string as a regular expression that matches it literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
