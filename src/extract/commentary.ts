/**
 * @module Reporting or commentary? A sentence is reporting when it is attributed or states something
 * checkable (a named actor doing something on a date, a figure, a deal's status). It is commentary
 * when, unattributed, it evaluates, speculates or generalizes ("underscores", "a testament to",
 * "cannot be ignored", "could reshape the balance of power").
 */
import { z } from "zod";
import type { Attribution, DateValue, Frame, Mention, Quantity } from "../types.ts";
import { bundledPack, validatePack } from "./pack-file.ts";
import { escapeRegExp } from "../text/normalize.ts";

const CONCRETE = new Set(["person", "organization", "country", "place", "outlet", "weapon", "law", "event", "office"]);

const schema = z.object({
  pack: z.literal("lang-en-commentary"),
  version: z.literal(1),
  description: z.string(),
  evaluative: z.array(z.string().min(1)).min(1),
  opinion: z.array(z.string().min(1)).min(1),
  genericSubject: z.array(z.string().min(1)).min(1),
  speculative: z.array(z.string().min(1)).min(1),
  checkable: z.array(z.string().min(1)).min(1),
});

/** The commentary cues as expressions: counted (global) or tested once. */
export interface CommentaryLexicon {
  readonly evaluative: RegExp;
  readonly opinion: RegExp;
  readonly genericSubject: RegExp;
  readonly speculative: RegExp;
  readonly checkable: RegExp;
}

const escapeRe = escapeRegExp;

/** One phrase as a pattern: "underscor*" a stem, a lone "*" any one word, the rest literal. */
function phrasePattern(phrase: string): string {
  return phrase
    .toLowerCase()
    .trim()
    .split(/\s+/)
    .map((w) => {
      const lone = /^\*([^\p{L}\p{N}*]*)$/u.exec(w);
      if (lone) return `[a-z]+${escapeRe(lone[1] ?? "")}`;
      return escapeRe(w.replace(/\*$/, "")) + (w.endsWith("*") ? "\\w*" : "");
    })
    .join("\\s+");
}

function cues(phrases: readonly string[], flags: string, anchored = false): RegExp {
  const alternatives = [...phrases].sort((a, b) => b.length - a.length).map(phrasePattern);
  // A phrase that ends in punctuation ("however,") ends there; others end on a word boundary.
  return new RegExp(`${anchored ? "^" : "\\b"}(?:${alternatives.join("|")})(?:(?<=[,;:])|\\b)`, flags);
}

export function parseCommentaryLexicon(data: unknown, file: string): CommentaryLexicon {
  const p = validatePack(schema, data, file, "commentary pack", `{pack: "lang-en-commentary", version: 1, description, evaluative, opinion, genericSubject, speculative, checkable: [phrases]}`);
  return {
    evaluative: cues(p.evaluative, "gi"),
    opinion: cues(p.opinion, "gi"),
    genericSubject: cues(p.genericSubject, "i", true),
    speculative: cues(p.speculative, "i"),
    checkable: cues(p.checkable, "i"),
  };
}

/** The bundled commentary cues (packs/lang/en/commentary.json), read on first use. */
export const commentaryLexicon = bundledPack(new URL("../../packs/lang/en/commentary.json", import.meta.url), "English commentary pack", parseCommentaryLexicon);

export interface CommentaryInput {
  readonly text: string;
  readonly attribution: Attribution | null;
  readonly mentions: readonly Mention[];
  readonly quantities: readonly Quantity[];
  readonly dates: readonly DateValue[];
  readonly frames: readonly Frame[];
}

/**
 * What a sentence that names nothing concrete adds to its commentary score: alone it is not enough
 * ("The gun has not been recovered" is a report), with one evaluative, opinion or speculative cue it is.
 */
const NOTHING_NAMED = 0.5;

/** Score > 0 means commentary. Exposed for explanations and tests. */
export function commentaryScore(input: CommentaryInput, lex: CommentaryLexicon = commentaryLexicon()): number {
  // "Analysts say", "observers note": a vague, unnamed group is no source; it frames commentary.
  const vague = input.attribution?.source.startsWith("unnamed ") ?? false;
  if (input.attribution && !vague) return -3;
  const evaluative = (input.text.match(lex.evaluative) ?? []).length;
  const opinion = (input.text.match(lex.opinion) ?? []).length;
  let score = evaluative + opinion + (vague ? 0.5 : 0);
  if (lex.genericSubject.test(input.text)) score += 1;
  if (lex.speculative.test(input.text)) score += 0.5;
  // Nothing named and nothing checkable: generic analysis.
  if (!input.mentions.some((m) => CONCRETE.has(m.type))) score += NOTHING_NAMED;
  const calendar = input.dates.some((d) => /\d/.test(d.value) && d.role !== "relative");
  if (input.quantities.length > 0) score -= 2;
  if (calendar) score -= 1.5;
  if (input.frames.some((f) => f.status === "approved" || f.status === "ordered" || f.status === "delivered" || f.status === "delivering")) score -= 1.5;
  if (lex.checkable.test(input.text)) score -= 1;
  if (input.mentions.some((m) => m.type === "person")) score -= 0.5;
  return score;
}

export function isCommentary(input: CommentaryInput): boolean {
  return commentaryScore(input) > 0.5;
}
