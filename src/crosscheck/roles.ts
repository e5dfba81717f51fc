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
  readonly phrases: readonly { readonly exact: RegExp; readonly role: string }[];
  /** Any phrase, as one alternation (captured), longest first. */
  readonly any: string;
}

/** A phrase as a pattern: either case of each letter, unless written in capitals ("CEO", "DA": an abbreviation must be written so). */
function phrasePattern(phrase: string): string {
  const caps = /^[\p{Lu}\d]+$/u.test(phrase);
  const word = (w: string): string => (caps ? escapeRegExp(w) : [...w].map((ch) => (ch.toLowerCase() !== ch.toUpperCase() ? `[${ch.toLowerCase()}${ch.toUpperCase()}]` : escapeRegExp(ch))).join(""));
  return phrase.trim().split(/\s+/).map(word).join("\\s+");
}

export function parseRoleLexicon(data: unknown, file: string): RoleLexicon {
  const parsed = validatePack(schema, data, file, "roles pack", `{pack: "lang-en-roles", version: 1, description, roles: [{role, phrases: [...]}]}`);
  const phrases = parsed.roles
    .flatMap(({ role, phrases: ps }) => ps.map((p) => ({ phrase: p, role })))
    .sort((a, b) => b.phrase.length - a.phrase.length)
    .map(({ phrase, role }) => ({ source: phrasePattern(phrase), role }));
  return { phrases: phrases.map((p) => ({ exact: new RegExp(`^(?:${p.source})$`, "u"), role: p.role })), any: phrases.map((p) => p.source).join("|") };
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
  for (const p of roleLexicon().phrases) if (p.exact.test(phrase)) return p.role;
  return null;
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
    const b = before.exec(head) ?? besideBefore.exec(head);
    if (b?.[1]) found.push({ phrase: b[1], at: headAt + (b.index + b[0].lastIndexOf(b[1])) });
    const a = after.exec(c.text.slice(end));
    if (a?.[1]) found.push({ phrase: a[1], at: m.span[1] + a.index + a[0].lastIndexOf(a[1]) });
    for (const f of found) {
      const role = roleOf(f.phrase);
      if (role) out.push({ person: m.canonical, role, span: [f.at, f.at + f.phrase.length] });
    }
  }
  return out;
}
