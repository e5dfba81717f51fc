/**
 * @module An English spelling dictionary (Hunspell's en-US from `dictionary-en`, checked with
 * `nspell`), loaded on first use and once per process: garble and name-variant detection ask it
 * whether a word is ordinary English ("Africa", "Johnson") before calling it a misspelled name.
 *
 * nspell expands every one of the dictionary's 49,000 lines through its affix rules when it is
 * built (a few hundred milliseconds), and a run asks about a hundred words. So the checker starts
 * from the affix file and the lines it always needs (compound-rule words), and adds a line only
 * when a word asked about could come from it: the stems a word can be derived from are found by
 * undoing each prefix and suffix rule (twice, for a prefix with a suffix). The answers are nspell's
 * own, as with the whole dictionary loaded. An affix file this inversion does not cover (multi-
 * character flags, continuation classes, prefixes that strip) loads the whole dictionary instead.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type nspellType from "nspell";

const require = createRequire(import.meta.url);
type Speller = ReturnType<typeof nspellType>;

interface Entry {
  readonly add: string;
  readonly remove: RegExp | string;
  readonly continuation: readonly string[];
}
interface Rule {
  readonly type: "PFX" | "SFX";
  readonly entries: readonly Entry[];
}
/** The parts of an nspell instance read here (set by its constructor; not in its typings). */
interface Internals {
  readonly data: Record<string, unknown>;
  readonly rules: Record<string, Rule>;
  readonly flags: Record<string, unknown>;
  readonly compoundRuleCodes: Record<string, unknown>;
  readonly conversion: { readonly in: readonly (readonly [RegExp, string])[] };
}
type AddLines = (dic: string, speller: Speller, data: Record<string, unknown>) => void;

interface Checker {
  readonly speller: Speller;
  /** Make sure every dictionary line that could produce `word` (in any case nspell tries) is loaded. */
  prepare(word: string): void;
}

let checker: Checker | null = null;

function dictionaryFiles(): { aff: Buffer; dic: Buffer } {
  // dictionary-en's own entry reads its files with top-level await; read them here, synchronously.
  const dir = dirname(require.resolve("dictionary-en"));
  return { aff: readFileSync(join(dir, "index.aff")), dic: readFileSync(join(dir, "index.dic")) };
}

function load(): Checker {
  const nspell = require("nspell") as typeof nspellType;
  const { aff, dic } = dictionaryFiles();
  const whole = (): Checker => ({ speller: nspell({ aff, dic }), prepare: () => {} });
  const probe = nspell({ aff }) as Speller & Internals;
  const rules = Object.values(probe.rules);
  const invertible =
    probe.flags["FLAG"] === undefined &&
    rules.every((r) => r.entries.every((e) => e.continuation.length === 0 && (r.type === "SFX" ? e.remove === "" || (e.remove instanceof RegExp && /^[\p{L}']+\$$/u.test(e.remove.source)) : e.remove === "")));
  let addLines: AddLines;
  try {
    addLines = require("nspell/lib/util/dictionary.js") as AddLines;
  } catch {
    return whole();
  }
  if (!invertible) return whole();

  // Lines by stem (the text before "/"), found through a hash table over the text (no string per
  // line is made); lines that must always be there: compound-rule words (their rules are compiled
  // once, from all of them) and anything this split could misread.
  const text = dic.toString("utf8");
  const compoundCodes = new Set([...Object.keys(probe.compoundRuleCodes), ...[probe.flags["ONLYINCOMPOUND"]].filter((f): f is string => typeof f === "string")]);
  const lineIndex = stemIndex(text, compoundCodes);
  const always = lineIndex.always.map((i) => lineIndex.line(i));
  const speller = nspell({ aff, dic: `${always.length}\n${always.join("\n")}` }) as Speller & Internals;
  const loaded = new Set<string>();
  const suffixes = rules.filter((r) => r.type === "SFX").flatMap((r) => r.entries);
  const prefixes = rules.filter((r) => r.type === "PFX").flatMap((r) => r.entries);

  /** Words that one affix rule could have turned into `w` (a superset: conditions are not checked). */
  const undo = (w: string, out: Set<string>): void => {
    for (const e of suffixes) {
      if (!w.endsWith(e.add)) continue;
      const base = w.slice(0, w.length - e.add.length);
      out.add(base);
      if (e.remove instanceof RegExp) out.add(base + e.remove.source.slice(0, -1));
    }
    for (const e of prefixes) if (w.startsWith(e.add)) out.add(w.slice(e.add.length));
  };
  const normalize = (w: string): string => speller.conversion.in.reduce((s, [from, to]) => s.replace(from, to), w.trim());
  const capital = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();

  return {
    speller,
    prepare(word) {
      const forms = new Set<string>();
      const lower = word.toLowerCase();
      for (const w of [word, lower, capital(word), lower.charAt(0).toUpperCase() + lower.slice(1)]) {
        const n = normalize(w);
        for (const v of [n, n.toLowerCase(), n.charAt(0) + n.slice(1).toLowerCase(), capital(n)]) forms.add(v);
      }
      const stems = new Set(forms);
      for (const f of forms) undo(f, stems);
      for (const s of [...stems]) undo(s, stems);
      const add: string[] = [];
      for (const s of stems) {
        if (loaded.has(s)) continue;
        loaded.add(s);
        for (const i of lineIndex.linesOf(s)) add.push(lineIndex.line(i));
      }
      if (add.length > 0) addLines(`${add.length}\n${add.join("\n")}`, speller, speller.data);
    },
  };
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * The dictionary's lines (after the count on the first) by stem: `linesOf(stem)` lists the lines
 * whose text before "/" (or whole text), without trailing white space, is `stem`. Lines starting
 * with white space or holding "\\" or "#" (which nspell reads specially), and lines with a
 * compound-rule flag, are listed in `always`.
 */
function stemIndex(text: string, compoundCodes: ReadonlySet<string>): { always: number[]; line(i: number): string; linesOf(stem: string): number[] } {
  const starts: number[] = [];
  for (let p = text.indexOf("\n") + 1; p > 0; p = text.indexOf("\n", p) + 1) starts.push(p);
  const count = starts.length;
  starts.push(text.length + 1);
  const hashes = new Int32Array(count);
  const stemEnds = new Int32Array(count);
  let slots = 1;
  while (slots < count * 2) slots <<= 1;
  const mask = slots - 1;
  const head = new Int32Array(slots).fill(-1);
  const next = new Int32Array(count).fill(-1);
  const always: number[] = [];
  const codeChars = [...compoundCodes].map((c) => c.charCodeAt(0));
  for (let i = 0; i < count; i++) {
    const from = starts[i] ?? 0;
    const to = (starts[i + 1] ?? 0) - 1;
    let special = from < to && text.charCodeAt(from) <= 32;
    let h = FNV_OFFSET;
    let p = from;
    for (; p < to; p++) {
      const c = text.charCodeAt(p);
      if (c === 47 /* / */) break;
      if (c === 92 /* \ */ || c === 35 /* # */) special = true;
    }
    let end = p;
    for (let k = p + 1; k < to; k++) {
      const c = text.charCodeAt(k);
      if (c === 92 || c === 35 || codeChars.includes(c)) special = true;
    }
    while (end > from && text.charCodeAt(end - 1) <= 32) end--;
    if (special) {
      always.push(i);
      continue;
    }
    for (let k = from; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), FNV_PRIME);
    hashes[i] = h;
    stemEnds[i] = end;
    const slot = h & mask;
    next[i] = head[slot] ?? -1;
    head[slot] = i;
  }
  return {
    always,
    line: (i) => text.slice(starts[i] ?? 0, (starts[i + 1] ?? 0) - 1),
    linesOf(stem) {
      let h = FNV_OFFSET;
      for (let k = 0; k < stem.length; k++) h = Math.imul(h ^ stem.charCodeAt(k), FNV_PRIME);
      const found: number[] = [];
      for (let i = head[h & mask] ?? -1; i >= 0; i = next[i] ?? -1) {
        const from = starts[i] ?? 0;
        if (hashes[i] === h && (stemEnds[i] ?? 0) - from === stem.length && text.startsWith(stem, from)) found.push(i);
      }
      // Chains run newest first; keep the dictionary's order.
      return found.reverse();
    },
  };
}

/** Answers given so far: each is nspell's answer with the whole dictionary loaded, so it never changes. */
const answers = new Map<string, boolean>();
const ANSWERS_KEPT = 50_000;

/** Is the word spelled as in the English dictionary (as written, or with only its first letter capitalized)? */
export function isDictionaryWord(word: string): boolean {
  const known = answers.get(word);
  if (known !== undefined) return known;
  checker ??= load();
  checker.prepare(word);
  const { speller } = checker;
  const lower = word.toLowerCase();
  const answer = speller.correct(word) || (lower !== word && speller.correct(lower.charAt(0).toUpperCase() + lower.slice(1)));
  if (answers.size >= ANSWERS_KEPT) answers.clear();
  answers.set(word, answer);
  return answer;
}
