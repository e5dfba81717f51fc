/**
 * @module The roles people hold, as a sentence gives them: a title right before a name ("defense
 * attorney Peter Lynch", "Brooklyn Supreme Court Judge Vincent Del Giudice"), or a title set beside
 * the name ("Mark Papermaster, AMD's CTO,"; "the company's chief technology officer, Mark
 * Papermaster"). Each is read through the roles pack (packs/lang/en/roles.json), so "Justice" and
 * "Judge", "CTO" and "chief technology officer" give one role. A figure slot (figures.ts): the same
 * role of the same person in independent articles is one corroborated fact.
 */
import { z } from "zod";
import type { Rule } from "../rules.ts";
import type { Claim } from "../types.ts";
import { bundledPack, validatePack } from "../extract/pack-file.ts";
import { escapeRegExp } from "../text/normalize.ts";

export const ROLE_RULE: Rule = {
  id: "figure.role",
  doc: "A role written right before a person's name ('defense attorney Peter Lynch', 'Judge Vincent Del Giudice') or set beside it ('Mark Papermaster, AMD's CTO,'; 'the company's chief technology officer, Mark Papermaster') is that person's role, read through the roles pack ('Justice' is a judge, 'CTO' a chief technology officer, 'district attorney' a prosecutor): the same role of the same person in independent articles is one corroborated fact.",
};

const schema = z.object({
  pack: z.literal("lang-en-roles"),
  version: z.literal(1),
  description: z.string(),
  roles: z.array(z.object({ role: z.string().min(1), phrases: z.array(z.string().min(1)).min(1) })).min(1),
});

export interface RoleLexicon {
  /** Each phrase's pattern, whole (longest phrases first: "district attorney" before "attorney"), with its role. */
  readonly phrases: readonly { readonly exact: RegExp; readonly source: string; readonly role: string; readonly last: string }[];
  /** Any phrase, as one alternation (captured), longest first. */
  readonly any: string;
  /**
   * The last word of every phrase, in lower case: a text that does not end in one of them ends in no
   * phrase. Null when a phrase is not all ASCII (a letter's two cases may then differ in length).
   */
  readonly lastWords: ReadonlySet<string> | null;
  /** The length of the longest of them. */
  readonly longestLastWord: number;
}

/** A phrase as a pattern: either case of each letter, unless written in capitals ("CEO", "DA": an abbreviation must be written so). */
function phrasePattern(phrase: string): string {
  const caps = /^[\p{Lu}\d]+$/u.test(phrase);
  const word = (w: string): string => (caps ? escapeRegExp(w) : [...w].map((ch) => (ch.toLowerCase() !== ch.toUpperCase() ? `[${ch.toLowerCase()}${ch.toUpperCase()}]` : escapeRegExp(ch))).join(""));
  return phrase.trim().split(/\s+/).map(word).join("\\s+");
}

/** The last word of a phrase (or of a text a phrase matched), in lower case. */
const lastWord = (phrase: string): string => phrase.trim().split(/\s+/).pop()!.toLowerCase();

export function parseRoleLexicon(data: unknown, file: string): RoleLexicon {
  const parsed = validatePack(schema, data, file, "roles pack", `{pack: "lang-en-roles", version: 1, description, roles: [{role, phrases: [...]}]}`);
  const phrases = parsed.roles
    .flatMap(({ role, phrases: ps }) => ps.map((p) => ({ phrase: p, role })))
    .sort((a, b) => b.phrase.length - a.phrase.length)
    .map(({ phrase, role }) => ({ source: phrasePattern(phrase), role, last: lastWord(phrase) }));
  const ascii = phrases.every((p) => /^[\x20-\x7e]*$/.test(p.last));
  const lastWords = new Set(phrases.map((p) => p.last));
  return {
    phrases: phrases.map((p) => ({ exact: new RegExp(`^(?:${p.source})$`, "u"), source: p.source, role: p.role, last: p.last })),
    any: phrases.map((p) => p.source).join("|"),
    lastWords: ascii ? lastWords : null,
    longestLastWord: Math.max(...[...lastWords].map((w) => w.length)),
  };
}

/** The bundled roles pack, read on first use. */
export const roleLexicon = bundledPack(new URL("../../packs/lang/en/roles.json", import.meta.url), "English roles pack", parseRoleLexicon);

/** One role a sentence gives a person. */
export interface RoleReading {
  /** The person's name as the sentence's mention has it (canonical). */
  readonly person: string;
  /** The role (the pack's name for it). */
  readonly role: string;
  /** Where the role's phrase is (absolute offsets). */
  readonly span: readonly [number, number];
}

export type PatternKind = "before" | "after" | "besideBefore";

const WHITESPACE_END = /\s$/u;
const COMMA_END = /,\s$/u;
const CLOSERS = ",.;)";
const SPACE = /^\s$/u;

/** Possessive or article that may open an apposition ("the", "AMD's", "Timmons'"). */
const OPENER = String.raw`(?:(?:the|a|an|his|her|its|their)\s+|\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*)*(?:'s|’s|'|’)\s+)?`;
/** At most two words between the opener and the phrase ("Albany County", "deputy"). */
const MODIFIERS = String.raw`(?:[\p{L}\p{N}&.'’-]+\s+){0,2}?`;

/** Each pattern around an alternation of phrases (captured). */
const TEMPLATES: Readonly<Record<PatternKind, (any: string) => string>> = {
  /** "... Judge " right before a name. */
  before: (any) => String.raw`(?<![\p{L}\p{N}'’-])(${any})\s$`,
  /** ", AMD's CTO," right after a name: optional article or possessive, at most two words, the phrase, then the apposition's end. */
  after: (any) => String.raw`^,\s+${OPENER}${MODIFIERS}(${any})(?=\s*(?:[,.;)]|$))`,
  /** "the company's chief technology officer, " right before a name. */
  besideBefore: (any) => String.raw`(?:^|(?<![\p{L}\p{N}])(?:the|a|an|his|her|its|their)\s+|(?:'s|’s|'|’)\s+)${MODIFIERS}(${any}),\s$`,
};

const patterns = new Map<string, RegExp>();
/** Patterns kept (each new set of last words makes one); past this many they are made afresh. */
const MAX_PATTERNS = 256;

/**
 * The pattern of `kind` over the phrases whose last word is in `words` (in the pack's order), or
 * over all of them when `words` is null. Where the caller runs it no other phrase can match, so
 * the match is the one of the pattern over all phrases, which is large (161 phrases, each letter
 * in either case: ~7,800 characters) and costly to compile for the one or two texts that need it.
 */
export function rolePattern(kind: PatternKind, words: ReadonlySet<string> | null): RegExp {
  const key = `${kind} ${words === null ? "*" : [...words].sort().join(" ")}`;
  let re = patterns.get(key);
  if (!re) {
    const { phrases, any } = roleLexicon();
    re = new RegExp(TEMPLATES[kind](words === null ? any : phrases.filter((p) => words.has(p.last)).map((p) => p.source).join("|")), "u");
    if (patterns.size >= MAX_PATTERNS) patterns.clear();
    patterns.set(key, re);
  }
  return re;
}

/** `kind`'s match in `text` when a phrase may end where it must (`words`: their last words; none: no match). */
function execRole(kind: PatternKind, text: string, words: ReadonlySet<string> | null): RegExpExecArray | null {
  return words !== null && words.size === 0 ? null : rolePattern(kind, words).exec(text);
}

/** The role a phrase names (the longest phrase it is). */
function roleOf(phrase: string): string | null {
  // A phrase matches only a text ending in its last word, in some case (see RoleLexicon.lastWords).
  const filter = roleLexicon().lastWords === null ? null : lastWord(phrase);
  for (const p of roleLexicon().phrases) if ((filter === null || p.last === filter) && p.exact.test(phrase)) return p.role;
  return null;
}

/**
 * The last words of phrases that may end at `end` of `text`: those it ends in there, in any case
 * (added to `into`). A phrase matches its words letter for letter in either case (or exactly, in
 * capitals), so a phrase whose last word is not among them ends in no match there. Null when any
 * phrase may (a phrase is not all ASCII: see RoleLexicon.lastWords).
 */
export function wordsEndingAt(text: string, end: number, into: Set<string> = new Set()): Set<string> | null {
  const { lastWords, longestLastWord } = roleLexicon();
  if (lastWords === null) return null;
  for (let from = end - 1; from >= 0 && end - from <= longestLastWord; from--) {
    const w = text.slice(from, end).toLowerCase();
    if (lastWords.has(w)) into.add(w);
  }
  return into;
}

/**
 * The last words of phrases `after` may take in `rest`: a phrase followed by , . ; ) or the end,
 * maybe after spaces, ends where the spaces before one of them begin. Null when any phrase may.
 */
export function wordsOfClosedPhrases(rest: string): Set<string> | null {
  const words = new Set<string>();
  for (let p = 1; p <= rest.length; p++) {
    if (p < rest.length && !CLOSERS.includes(rest[p]!)) continue;
    let q = p;
    while (q > 0 && SPACE.test(rest[q - 1]!)) q--;
    if (wordsEndingAt(rest, q, words) === null) return null;
  }
  return words;
}

/** The roles a sentence gives the people it names (commentary and denials give none). */
export function roleReadings(c: Claim): RoleReading[] {
  if (c.commentary || c.modality === "denied") return [];
  const out: RoleReading[] = [];
  for (const m of c.mentions) {
    if (m.type !== "person") continue;
    const start = m.span[0] - c.span[0];
    const end = m.span[1] - c.span[0];
    const head = c.text.slice(Math.max(0, start - 80), start);
    const headAt = Math.max(0, start - 80) + c.span[0];
    const found: { phrase: string; at: number }[] = [];
    const b =
      (WHITESPACE_END.test(head) ? execRole("before", head, wordsEndingAt(head, head.length - 1)) : null) ??
      (COMMA_END.test(head) ? execRole("besideBefore", head, wordsEndingAt(head, head.length - 2)) : null);
    if (b?.[1]) found.push({ phrase: b[1], at: headAt + (b.index + b[0].lastIndexOf(b[1])) });
    const rest = c.text.startsWith(",", end) ? c.text.slice(end) : null;
    const a = rest !== null ? execRole("after", rest, wordsOfClosedPhrases(rest)) : null;
    if (a?.[1]) found.push({ phrase: a[1], at: m.span[1] + a.index + a[0].lastIndexOf(a[1]) });
    for (const f of found) {
      const role = roleOf(f.phrase);
      if (role) out.push({ person: m.canonical, role, span: [f.at, f.at + f.phrase.length] });
    }
  }
  return out;
}
