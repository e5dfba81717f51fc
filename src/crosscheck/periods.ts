/**
 * @module Figures scoped to part of a period: "189 yards in his last two games", "17 points in just
 * over the first eight minutes", "Since Week 11, Thomas has eight touchdowns", "2,301 career points".
 * Such a figure is a part, not the whole the story's other figures give, so it is compared only with
 * figures of the same part; the length of the period itself ("two games", "eight minutes") is the
 * scope, not a figure to compare. The words are the periods pack's (packs/lang/en/periods.json).
 */
import { z } from "zod";
import { bundledPack, validatePack } from "../extract/pack-file.ts";
import { wordValue } from "../extract/numbers.ts";
import { personPronouns } from "../extract/lang-pack.ts";
import type { Claim, Quantity } from "../types.ts";

const schema = z.object({
  pack: z.literal("lang-en-periods"),
  version: z.literal(1),
  description: z.string(),
  prepositions: z.array(z.string().min(1)).min(1),
  openers: z.array(z.string().min(1)),
  fillers: z.array(z.string().min(1)),
  ordinals: z.record(z.string().min(1), z.string().min(1)),
  periods: z.array(z.string().min(1)).min(1),
  partialPeriods: z.array(z.string().min(1)),
  qualifiers: z.record(z.string().min(1), z.string().min(1)),
});

export interface PeriodLexicon {
  readonly prepositions: ReadonlySet<string>;
  readonly openers: ReadonlySet<string>;
  readonly fillers: ReadonlySet<string>;
  /** Ordinal word → the position it names ("past" → "last"). */
  readonly ordinals: ReadonlyMap<string, string>;
  readonly periods: ReadonlySet<string>;
  readonly partialPeriods: ReadonlySet<string>;
  /** Word between a number and its noun → the scope it gives ("career" → "career"). */
  readonly qualifiers: ReadonlyMap<string, string>;
}

const lower = (words: readonly string[]): Set<string> => new Set(words.map((w) => w.toLowerCase()));
const lowerMap = (r: Record<string, string>): Map<string, string> => new Map(Object.entries(r).map(([k, v]) => [k.toLowerCase(), v.toLowerCase()]));

export function parsePeriodLexicon(data: unknown, file: string): PeriodLexicon {
  const p = validatePack(schema, data, file, "periods pack", `{pack: "lang-en-periods", version: 1, description, prepositions: [...], openers: [...], fillers: [...], ordinals: {word: position}, periods: [...], partialPeriods: [...], qualifiers: {word: scope}}`);
  return { prepositions: lower(p.prepositions), openers: lower(p.openers), fillers: lower(p.fillers), ordinals: lowerMap(p.ordinals), periods: lower(p.periods), partialPeriods: lower(p.partialPeriods), qualifiers: lowerMap(p.qualifiers) };
}

/** The bundled periods pack, read on first use. */
export const periodLexicon = bundledPack(new URL("../../packs/lang/en/periods.json", import.meta.url), "English periods pack", parsePeriodLexicon);

/** A phrase that scopes figures to part of a period, with its span (absolute offsets) and what it scopes. */
export interface PeriodPhrase {
  /** The part, normalized: "last 2 game", "first half", "since week 11", "career". */
  readonly scope: string;
  readonly span: readonly [number, number];
  /** Opens the sentence ("Through 14 games, ..."): it scopes every figure after it. Otherwise only figures before it in its clause. */
  readonly leading: boolean;
}

/** What a figure's period is: the part it is scoped to, the period's own length (inside a phrase), or neither. */
export type PeriodReading = { readonly kind: "scoped"; readonly scope: string } | { readonly kind: "inside"; readonly scope: string } | null;

interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** A clause boundary (",;:!?()" or a dash) lies between this word and the one before. */
  readonly breakBefore: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;
const BOUNDARY = /[,;:!?()]|\s[—–-]\s/;
/** Joining words after which a new clause starts unless a figure or a determiner follows ("and now has", not "and two touchdowns"). */
const JOINERS = new Set(["and", "but", "while", "then", "or"]);
/** Numbers that are years name a period (the story's season), they do not count part of one. */
const YEAR = /^(?:1[89]|20)\d\d$/;
const SCORE = /^\d+-\d+$/;
/** Words a scope phrase may pass over that the pack does not list ("a pivotal 15-2 run", "the third straight game"). */
const FREE_WORDS = 1;
/** Longest scope phrase, in words after its preposition. */
const MAX_PHRASE = 7;
/** Words after an opener ("since") that make its scope. */
const OPENER_WORDS = 4;

function words(c: Claim): Word[] {
  const out: Word[] = [];
  let last = 0;
  for (const m of c.text.matchAll(WORD)) {
    const start = m.index ?? 0;
    out.push({ text: m[0].toLowerCase(), start: c.span[0] + start, end: c.span[0] + start + m[0].length, breakBefore: BOUNDARY.test(c.text.slice(last, start)) });
    last = start + m[0].length;
  }
  return out;
}

function numberWord(w: string): string | null {
  if (YEAR.test(w)) return null;
  if (SCORE.test(w)) return w;
  const v = wordValue(w);
  return v === null ? null : String(v);
}

function periodWord(w: string, lex: PeriodLexicon): string | null {
  for (const form of [w, w.replace(/s$/, ""), w.replace(/es$/, "")]) if (lex.periods.has(form)) return form;
  return null;
}

/** The scope phrase that opens at word i (a preposition or an opener), or null. */
function phraseAt(ws: readonly Word[], i: number, lex: PeriodLexicon): PeriodPhrase | null {
  const head = ws[i];
  if (!head) return null;
  if (lex.openers.has(head.text)) {
    const rest: Word[] = [];
    for (let j = i + 1; j < ws.length && rest.length < OPENER_WORDS && !(ws[j] as Word).breakBefore; j++) rest.push(ws[j] as Word);
    const content = rest.filter((w) => !lex.fillers.has(w.text)).map((w) => numberWord(w.text) ?? w.text);
    const end = rest[rest.length - 1];
    // "since Week 11", "since the start of the season": a part only when a period, an ordinal or a count says so ("since Monday" may be the whole event).
    const part = rest.some((w) => periodWord(w.text, lex) !== null || lex.ordinals.has(w.text) || numberWord(w.text) !== null);
    return end && part ? { scope: `${head.text} ${content.join(" ")}`, span: [head.start, end.end], leading: i === 0 } : null;
  }
  if (!lex.prepositions.has(head.text)) return null;
  let ordinal: string | null = null;
  let count: string | null = null;
  let free = FREE_WORDS;
  for (let j = i + 1; j < ws.length && j <= i + MAX_PHRASE; j++) {
    const w = ws[j] as Word;
    if (w.breakBefore) return null;
    const period = periodWord(w.text, lex);
    if (period) {
      if (!ordinal && !count && !lex.partialPeriods.has(period)) return null;
      return { scope: [ordinal, count, period].filter(Boolean).join(" "), span: [head.start, w.end], leading: i === 0 };
    }
    const n = numberWord(w.text);
    if (lex.fillers.has(w.text)) continue;
    if (lex.ordinals.has(w.text) && !ordinal) ordinal = lex.ordinals.get(w.text) ?? null;
    else if (n !== null && !count) count = n;
    else if (free-- <= 0) return null;
  }
  return null;
}

const phrasesMemo = new WeakMap<Claim, { ws: Word[]; phrases: PeriodPhrase[] }>();

function scan(c: Claim): { ws: Word[]; phrases: PeriodPhrase[] } {
  let hit = phrasesMemo.get(c);
  if (!hit) {
    const lex = periodLexicon();
    const ws = words(c);
    const phrases: PeriodPhrase[] = [];
    for (let i = 0; i < ws.length; i++) {
      const p = phraseAt(ws, i, lex);
      if (p) phrases.push(p);
    }
    phrasesMemo.set(c, (hit = { ws, phrases }));
  }
  return hit;
}

/** The scope phrases of a claim's sentence. */
export function periodPhrases(c: Claim): readonly PeriodPhrase[] {
  return scan(c).phrases;
}

/**
 * Does a new clause start between offsets `from` and `to`: a boundary, a word that opens a clause
 * (the pronouns pack's: "before succumbing in the first round"), or a joining word not followed by
 * a figure or a determiner ("and now has", not "and two touchdowns")?
 */
function clauseBreak(ws: readonly Word[], from: number, to: number, lex: PeriodLexicon): boolean {
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as Word;
    if (w.start < from) continue;
    if (w.start >= to) return w.breakBefore && w.start === to ? true : false;
    if (w.breakBefore || personPronouns().clauseOpeners.has(w.text)) return true;
    const next = ws[i + 1];
    if (JOINERS.has(w.text) && next && next.start < to && numberWord(next.text) === null && !lex.fillers.has(next.text)) return true;
  }
  return false;
}

/** The period reading of a claim's figure (see PeriodReading). */
export function periodOf(q: Quantity, c: Claim): PeriodReading {
  const lex = periodLexicon();
  for (const w of q.text.toLowerCase().split(/\s+/).slice(1)) {
    const scope = lex.qualifiers.get(w);
    if (scope) return { kind: "scoped", scope };
  }
  const { ws, phrases } = scan(c);
  const inside = (p: PeriodPhrase, x: Quantity): boolean => x.span[0] >= p.span[0] && x.span[1] <= p.span[1];
  const scopes = (p: PeriodPhrase, x: Quantity): boolean => !inside(p, x) && (p.leading ? p.span[1] <= x.span[0] : p.span[0] >= x.span[1] && !clauseBreak(ws, x.span[1], p.span[0], lex));
  const own = phrases.find((p) => inside(p, q));
  // "in his last two games" scoping "189 yards": the length of the part is no figure. "lost in six games", scoping nothing, states one.
  if (own) return c.quantities.some((x) => scopes(own, x)) ? { kind: "inside", scope: own.scope } : null;
  const scoping = phrases.find((p) => scopes(p, q));
  return scoping ? { kind: "scoped", scope: scoping.scope } : null;
}
