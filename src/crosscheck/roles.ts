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
  readonly phrases: readonly { readonly exact: RegExp; readonly role: string; readonly last: string }[];
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
    phrases: phrases.map((p) => ({ exact: new RegExp(`^(?:${p.source})$`, "u"), role: p.role, last: p.last })),
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

interface Patterns {
  /** "... Judge " right before a name. */
  readonly before: RegExp;
  /** ", AMD's CTO," right after a name: optional article or possessive, at most two words, the phrase, then the apposition's end. */
  readonly after: RegExp;
  /** "the company's chief technology officer, " right before a name. */
  readonly besideBefore: RegExp;
}

let patterns: Patterns | null = null;

const WHITESPACE_END = /\s$/u;
const COMMA_END = /,\s$/u;
const CLOSERS = ",.;)";
const SPACE = /^\s$/u;

/** Possessive or article that may open an apposition ("the", "AMD's", "Timmons'"). */
const OPENER = String.raw`(?:(?:the|a|an|his|her|its|their)\s+|\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*)*(?:'s|’s|'|’)\s+)?`;
/** At most two words between the opener and the phrase ("Albany County", "deputy"). */
const MODIFIERS = String.raw`(?:[\p{L}\p{N}&.'’-]+\s+){0,2}?`;

function rolePatterns(): Patterns {
  if (patterns) return patterns;
  const any = roleLexicon().any;
  patterns = {
    before: new RegExp(String.raw`(?<![\p{L}\p{N}'’-])(${any})\s$`, "u"),
    after: new RegExp(String.raw`^,\s+${OPENER}${MODIFIERS}(${any})(?=\s*(?:[,.;)]|$))`, "u"),
    besideBefore: new RegExp(String.raw`(?:^|(?<![\p{L}\p{N}])(?:the|a|an|his|her|its|their)\s+|(?:'s|’s|'|’)\s+)${MODIFIERS}(${any}),\s$`, "u"),
  };
  return patterns;
}

/** The role a phrase names (the longest phrase it is). */
function roleOf(phrase: string): string | null {
  // A phrase matches only a text ending in its last word, in some case (see RoleLexicon.lastWords).
  const filter = roleLexicon().lastWords === null ? null : lastWord(phrase);
  for (const p of roleLexicon().phrases) if ((filter === null || p.last === filter) && p.exact.test(phrase)) return p.role;
  return null;
}

/**
 * Whether `head`, less its last `tail` characters, may end in a phrase: whether it ends in the last
 * word of one, in any case. A phrase matches its words letter for letter in either case (or exactly,
 * in capitals), so a text that ends in none of the last words ends in no phrase; the patterns that
 * must end there (`before`, `besideBefore`) try every start of the text, and this spares them.
 */
function mayEndInPhrase(head: string, tail: number): boolean {
  const { lastWords, longestLastWord } = roleLexicon();
  if (lastWords === null) return true;
  const end = head.length - tail;
  for (let from = end - 1; from >= 0 && end - from <= longestLastWord; from--) {
    if (lastWords.has(head.slice(from, end).toLowerCase())) return true;
  }
  return false;
}

/**
 * Whether `rest` may hold a phrase that `after` takes: one followed by , . ; ) or the end, maybe
 * after spaces; so the phrase's last word ends where the spaces before one of them begin.
 */
function mayHoldClosedPhrase(rest: string): boolean {
  for (let p = 1; p <= rest.length; p++) {
    if (p < rest.length && !CLOSERS.includes(rest[p]!)) continue;
    let q = p;
    while (q > 0 && SPACE.test(rest[q - 1]!)) q--;
    if (mayEndInPhrase(rest.slice(0, q), 0)) return true;
  }
  return false;
}

/** The roles a sentence gives the people it names (commentary and denials give none). */
export function roleReadings(c: Claim): RoleReading[] {
  if (c.commentary || c.modality === "denied") return [];
  const { before, after, besideBefore } = rolePatterns();
  const out: RoleReading[] = [];
  for (const m of c.mentions) {
    if (m.type !== "person") continue;
    const start = m.span[0] - c.span[0];
    const end = m.span[1] - c.span[0];
    const head = c.text.slice(Math.max(0, start - 80), start);
    const headAt = Math.max(0, start - 80) + c.span[0];
    const found: { phrase: string; at: number }[] = [];
    const b =
      (WHITESPACE_END.test(head) && mayEndInPhrase(head, 1) ? before.exec(head) : null) ??
      (COMMA_END.test(head) && mayEndInPhrase(head, 2) ? besideBefore.exec(head) : null);
    if (b?.[1]) found.push({ phrase: b[1], at: headAt + (b.index + b[0].lastIndexOf(b[1])) });
    const rest = c.text.startsWith(",", end) ? c.text.slice(end) : null;
    const a = rest !== null && mayHoldClosedPhrase(rest) ? after.exec(rest) : null;
    if (a?.[1]) found.push({ phrase: a[1], at: m.span[1] + a.index + a[0].lastIndexOf(a[1]) });
    for (const f of found) {
      const role = roleOf(f.phrase);
      if (role) out.push({ person: m.canonical, role, span: [f.at, f.at + f.phrase.length] });
    }
  }
  return out;
}
