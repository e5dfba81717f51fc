/**
 * @module Per-sentence features for similarity, computed once per sentence: stemmed content terms
 * (numbers normalized to `#value`), capitalized names, negation, and the normalized token sequence
 * with its bigrams and trigrams.
 */
import { scaleValue, wordValue } from "../../extract/numbers.ts";
import { stem as porter } from "../../stories/stem.ts";
import { canonical } from "./synonyms.ts";
import { wordVectors, type WordVectors } from "../../knowledge/vectors.ts";
import { isContrastWord } from "../../extract/lang-pack.ts";

export interface SimFeatures {
  /** Content term → count. Stems of content words; numbers as `#value` ("five" and "5" are `#5`). */
  readonly terms: ReadonlyMap<string, number>;
  /** term → the first word it came from, for display. */
  readonly surface: ReadonlyMap<string, string>;
  readonly numbers: ReadonlySet<number>;
  /** Whether the sentence carries a negation ("not", "never", "n't", "denied", ...). */
  readonly negated: boolean;
  /** Number of word tokens. */
  readonly length: number;
  /** Terms of capitalized words that are not sentence-initial, and acronyms. */
  readonly names: ReadonlySet<string>;
  /** Distinct content terms sorted by hash, and their hashes (for merge joins). */
  readonly termList: readonly string[];
  readonly termHashes: Uint32Array;
  /** Whether each term of termList may match softly (alphabetic, ≥ 5 letters). */
  readonly softOk: Uint8Array;
  /**
   * Per term of termList: its word's row in the word vectors (see knowledge/vectors.ts), or -1 for
   * names, numbers, words of a contrast set (a weekday, a colour, one of two opposites) and words
   * the vectors lack; all -1 when word vectors are off.
   */
  readonly vecRows: Int32Array;
  /** Hashes of the normalized token sequence: stems of content words, function words, `#value` numbers. */
  readonly seq: Uint32Array;
  /** Distinct hashes of seq, sorted (to test whether a token of another sentence occurs here). */
  readonly seqSorted: Uint32Array;
  /** Distinct bigram and trigram keys of seq, sorted (for merge joins). */
  readonly bigrams: Float64Array;
  readonly trigrams: Float64Array;
  /** Hashes of names, sorted. */
  readonly nameHashes: Uint32Array;
  /** IDF weights of termList under the last table used (filled lazily by the scorer). */
  readonly weights: { table: object | null; values: Float64Array };
  /** Per term of termList: its id in the soft-match index of that generation (see soft-index.ts), -1 when softOk is 0 (filled lazily by the scorer). */
  readonly softIds: { generation: number; values: Int32Array };
}

const STOP = new Set(
  ("a an the and or but if of to in on at by for with from as is are was were be been being has have had do does did " +
    "this that these those it its their his her they them he she we you i our your me my him us so than then there here " +
    "which who whom whose what when where how will would can could may might shall should must also such into over about " +
    "after before between during under again further once more most other some any each both few all own same very just " +
    "only too s 's said says say told according while because through against up down out off").split(" "),
);
/** Whether a lower-cased word is a function word (no content of its own). */
export function isStopWord(word: string): boolean {
  return STOP.has(word);
}
const NEGATION = new Set(["not", "no", "never", "none", "nor", "neither", "nobody", "nothing", "without", "denied", "denies", "deny", "cannot"]);
const BIG_SCALES = new Set(["hundred", "thousand", "million", "billion", "trillion"]);
const TOKEN = /\p{N}{1,3}(?:,\p{N}{3})+(?:\.\p{N}+)?(?![\p{L}\p{N}])|[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

/** Porter stem of a lower-cased word (stems of words ≤ 2 letters and non-alphabetic words are the word). */
export function stem(word: string): string {
  return porter(word);
}

interface Builder {
  readonly terms: Map<string, number>;
  readonly surface: Map<string, string>;
  readonly names: Set<string>;
  readonly seq: string[];
}

function addTerm(b: Builder, term: string, word: string, name: boolean): void {
  if (term.length === 0) return;
  b.terms.set(term, (b.terms.get(term) ?? 0) + 1);
  if (!b.surface.has(term)) b.surface.set(term, word);
  if (name) b.names.add(term);
  b.seq.push(term);
}

const numberCache = new Map<string, number | null>();

/** Value of a numeral or number word ("one" is left out: it is mostly a pronoun), or null. Memoized. */
function numberValue(lower: string): number | null {
  if (lower === "one") return null;
  const hit = numberCache.get(lower);
  if (hit !== undefined) return hit;
  const v = wordValue(lower);
  if (numberCache.size >= 100_000) numberCache.clear();
  numberCache.set(lower, v);
  return v;
}

/** What a token contributes, read once per distinct token (see readWord). */
type WordRead =
  | { readonly kind: "negation" }
  | { readonly kind: "number"; readonly word: string; readonly value: number }
  | { readonly kind: "stop"; readonly bare: string }
  | { readonly kind: "designation"; readonly word: string; readonly term: string }
  | { readonly kind: "words"; readonly word: string; readonly terms: readonly string[]; readonly capital: boolean; readonly acronym: boolean };

const readMemo = new Map<string, WordRead>();

/**
 * A token read on its own: a negation, a number (before any scale word after it), a function
 * word, a designation or dotted acronym kept whole ("S-400" → "s400", "U.S." → "us"), or the
 * stemmed content terms of its parts with its case (whether it names something depends on its
 * position too). Memoized: tokens repeat across a story's sentences.
 */
function readWord(token: string): WordRead {
  const known = readMemo.get(token);
  if (known) return known;
  const word = token.replace(/’/g, "'");
  const lower = word.toLowerCase();
  let read: WordRead;
  const value = NEGATION.has(lower) || lower.endsWith("n't") ? null : numberValue(lower);
  if (NEGATION.has(lower) || lower.endsWith("n't")) read = { kind: "negation" };
  else if (value !== null) read = { kind: "number", word, value };
  else {
    const bare = lower.replace(/'s$/, "");
    if (STOP.has(bare)) read = { kind: "stop", bare };
    else if (/\d/.test(bare) || (bare.includes(".") && /\p{L}/u.test(bare))) read = { kind: "designation", word, term: bare.replace(/[^\p{L}\p{N}]/gu, "") };
    else {
      const terms = bare.split(/[-']/).filter((part) => part.length > 0 && !STOP.has(part)).map((part) => canonical(stem(part)));
      read = { kind: "words", word, terms, capital: /^\p{Lu}/u.test(word), acronym: /^[\p{Lu}\d.-]{2,}$/u.test(word) && /\p{Lu}/u.test(word) };
    }
  }
  if (readMemo.size >= WORD_MEMO_SIZE) readMemo.clear();
  readMemo.set(token, read);
  return read;
}

/** Distinct tokens whose reading (and word-vector row) is kept before the memo starts over. */
const WORD_MEMO_SIZE = 1 << 17;

const NO_ROWS = new Int32Array(0);

function vectorRows(termList: readonly string[], b: Builder): Int32Array {
  const v = wordVectors();
  if (!v) return termList.length === 0 ? NO_ROWS : new Int32Array(termList.length).fill(-1);
  const rows = new Int32Array(termList.length);
  termList.forEach((t, i) => (rows[i] = b.names.has(t) || !/^\p{L}{3,}$/u.test(t) ? -1 : wordRow(v, b.surface.get(t) ?? t)));
  return rows;
}

const rowMemo = new Map<string, number>();

/** The vector row of the word a term came from, or -1 (not all letters, or a contrast word). Memoized per word. */
function wordRow(v: WordVectors, surface: string): number {
  const known = rowMemo.get(surface);
  if (known !== undefined) return known;
  const word = surface.toLowerCase().replace(/'s$/, "");
  const row = !/^\p{L}+$/u.test(word) || isContrastWord(word) ? -1 : v.indexOf(word);
  if (rowMemo.size >= WORD_MEMO_SIZE) rowMemo.clear();
  rowMemo.set(surface, row);
  return row;
}

/** Sentences whose features are kept (the same sentence is scored by grouping, copies, paraphrase links, rewrites and framing) before the memo starts over. */
const MEMO_SIZE = 1 << 15;
const memo = new Map<string, SimFeatures>();
let memoVectors: unknown = undefined;

/** A sentence's features, computed once per text while the word vectors in use stay the same. */
export function sentenceFeatures(text: string): SimFeatures {
  const vectors = wordVectors();
  if (vectors !== memoVectors) {
    memo.clear();
    rowMemo.clear();
    memoVectors = vectors;
  }
  const known = memo.get(text);
  if (known) return known;
  if (memo.size >= MEMO_SIZE) memo.clear();
  const f = computeFeatures(text);
  memo.set(text, f);
  return f;
}

function computeFeatures(text: string): SimFeatures {
  const b: Builder = { terms: new Map(), surface: new Map(), names: new Set(), seq: [] };
  const numbers = new Set<number>();
  let negated = false;
  const words = text.match(TOKEN) ?? [];
  for (let i = 0; i < words.length; i++) {
    const read = readWord(words[i] ?? "");
    switch (read.kind) {
      case "negation":
        negated = true;
        b.seq.push("not");
        break;
      case "number": {
        let value = read.value;
        const next = words[i + 1]?.toLowerCase();
        const scale = next && BIG_SCALES.has(next) ? scaleValue(next) : null;
        if (scale !== null) {
          value = Math.round(value * scale * 1e6) / 1e6;
          i++;
        }
        numbers.add(value);
        addTerm(b, `#${value}`, read.word, false);
        break;
      }
      case "stop":
        b.seq.push(read.bare);
        break;
      case "designation":
        addTerm(b, read.term, read.word, true);
        break;
      case "words": {
        const name = read.acronym || (read.capital && i > 0);
        for (const term of read.terms) addTerm(b, term, read.word, name);
      }
    }
  }
  const hashed = [...b.terms.keys()].map((t) => [hash(t), t] as const).sort((x, y) => x[0] - y[0]);
  const termList = hashed.map(([, t]) => t);
  const seq = new Uint32Array(b.seq.length);
  b.seq.forEach((t, i) => (seq[i] = hash(t)));
  const bigrams = new Float64Array(Math.max(0, seq.length - 1));
  const trigrams = new Float64Array(Math.max(0, seq.length - 2));
  for (let i = 0; i + 1 < seq.length; i++) {
    const k = pairKey(seq[i] ?? 0, seq[i + 1] ?? 0);
    bigrams[i] = k;
    if (i + 2 < seq.length) trigrams[i] = pairKey(mix(k), seq[i + 2] ?? 0);
  }
  return {
    terms: b.terms,
    surface: b.surface,
    numbers,
    negated,
    length: words.length,
    names: b.names,
    nameHashes: Uint32Array.from(b.names, hash).sort(),
    termList,
    termHashes: Uint32Array.from(hashed, ([h]) => h),
    softOk: Uint8Array.from(termList, (t) => (t.length >= 5 && /^\p{L}+$/u.test(t) ? 1 : 0)),
    vecRows: vectorRows(termList, b),
    seq,
    seqSorted: sortedDistinct(seq.slice()),
    bigrams: sortedDistinct(bigrams),
    trigrams: sortedDistinct(trigrams),
    weights: { table: null, values: new Float64Array(termList.length) },
    softIds: { generation: -1, values: new Int32Array(termList.length) },
  };
}

/** The distinct values of `values` in ascending order (sorts `values` in place). */
function sortedDistinct<T extends Float64Array | Uint32Array>(values: T): T {
  values.sort();
  let n = 0;
  for (let i = 0; i < values.length; i++) if (n === 0 || values[i] !== values[n - 1]) values[n++] = values[i] ?? 0;
  return values.subarray(0, n) as T;
}

/** FNV-1a, 32 bits. Collisions between the few dozen tokens of two sentences are negligible. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A 53-bit key for an ordered pair of 32-bit hashes. */
const pairKey = (x: number, y: number): number => (x >>> 11) * 4294967296 + y;
const mix = (k: number): number => (Math.imul((k / 4294967296) >>> 0, 0x9e3779b1) ^ (k >>> 0)) >>> 0;
