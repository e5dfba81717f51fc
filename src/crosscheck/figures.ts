/**
 * @module Figure facts: one typed slot, one value, across the story. Articles rarely repeat each
 * other's sentences, but they repeat the figures in them: a person's age, a sum, a distance, a
 * magnitude, a calendar date. Each such figure is read as a slot with a value (a person's age; an
 * amount of one unit; a day of the year), and the same slot with the same value from two or more
 * independent origins is a corroborated fact of its own, quoted from every sentence that gives it,
 * however different the sentences around it are. A figure the sentence groups already show as
 * agreed is not repeated.
 */
import type { Fact, TraceEntry } from "../report/types.ts";
import type { Rule } from "../rules.ts";
import { stableId } from "../ids.ts";
import { foldName } from "../knowledge/fold.ts";
import type { Claim, Mention, Quantity } from "../types.ts";
import { isMoney, unitClass } from "../extract/units.ts";
import { numberLexicon } from "../extract/lang-pack.ts";
import { describeQuantity } from "./values.ts";
import { evidenceOf } from "./facts.ts";
import type { Origins } from "./origins.ts";
import { canonicalOrder } from "./group.ts";

export const FIGURE_RULES = {
  age: { id: "figure.age", doc: "A number right after a person's name ('Reid, 33,') or an 'N-year-old' right before it is that person's age: the same age of the same person in independent articles is one corroborated fact." },
  amount: { id: "figure.amount", doc: "A number with a unit ('$334 million', '10 kilometres', 'magnitude 6.1') is a figure of that unit: the same figure in independent articles is one corroborated fact, whatever the sentences around it say." },
  day: { id: "figure.day", doc: "A calendar day ('May 29', 'July 2, 2013', or a weekday the publication date resolves) is a figure too: the same day in independent articles about the same thing is one corroborated fact." },
} as const satisfies Record<string, Rule>;

/** One figure a claim gives: its slot and value as a key, how to show it, and where it is. */
export interface FigureReading {
  readonly key: string;
  readonly rule: Rule;
  /** The value as the report shows it ("age 33", "$334 million", "29 May"). */
  readonly value: string;
  /** The person a figure is about, for ages. */
  readonly person: string | null;
  readonly span: readonly [number, number];
  /** A small whole count ("4 switches", "23 games"), which two unrelated sentences easily share by chance. */
  readonly common: boolean;
}

/** Relatedness two sentences giving one figure of a unit need (see FigureContext.related). */
export const FIGURE_CONTEXT = 0.15;
/** Relatedness needed when the figure is a small whole count, which unrelated sentences share by chance. */
export const COMMON_FIGURE_CONTEXT = 0.3;
/** Whole counts below this are common (see FigureReading.common). */
const COMMON_BELOW = 100;

/** Smallest count a figure of a unit must reach: "one" and "two" of something are too common to match on. */
const MIN_COUNT = 3;

/** "-year-old", " year-old", " years old" right after the number. */
const AGE_OLD = /^-?\s*years?[-\s]old\b\s*/i;
const AFTER_NAME = /^\s*,\s*(?:aged\s+)?$/i;
const AGE_END = /^\s*(?:,|\)|$)/;

/** Offset in `text` where the digits or number words of `q` end (its unit may follow). */
function numberEnd(q: Quantity, text: string, offset: number): number {
  const m = /^[^\s-]*\d[\d.,]*|^\p{L}+/u.exec(text.slice(q.span[0] - offset));
  return q.span[0] - offset + (m?.[0].length ?? 0);
}

/** The person whose age `q` is: "Reid, 33," (the name before) or "33-year-old Reid" (the name after). */
function ageOf(q: Quantity, text: string, offset: number, mentions: readonly Mention[]): string | null {
  if (!Number.isInteger(q.value) || q.value <= 0 || q.value >= 120 || q.value !== q.upper) return null;
  const at = q.span[0] - offset;
  const end = q.span[1] - offset;
  const named = (m: Mention): boolean => m.type === "person" || /^\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{L}'-]+)*$/u.test(m.canonical);
  if (q.unit === null && AGE_END.test(text.slice(end, end + 3))) {
    const before = mentions.filter((m) => named(m) && m.span[1] <= q.span[0] && AFTER_NAME.test(text.slice(m.span[1] - offset, at))).sort((a, b) => b.span[1] - a.span[1])[0];
    if (before) return before.canonical;
  }
  const old = AGE_OLD.exec(text.slice(numberEnd(q, text, offset)));
  if (!old) return null;
  const from = numberEnd(q, text, offset) + offset + old[0].length;
  // "16-year-old Jermayne Timmons": the name right after, with at most a title or role between.
  const after = mentions.filter((m) => named(m) && m.span[0] >= from && m.span[0] - from <= 24 && !/[,.;]/.test(text.slice(from - offset, m.span[0] - offset))).sort((a, b) => a.span[0] - b.span[0])[0];
  if (after) return after.canonical;
  // "Bensu Elianita, a 22-year-old resident": the name the phrase is set beside.
  const before = mentions.filter((m) => named(m) && m.span[1] <= q.span[0] && /^\s*,\s*(?:an?|the)\s+$/i.test(text.slice(m.span[1] - offset, at))).sort((a, b) => b.span[1] - a.span[1])[0];
  return before?.canonical ?? null;
}

/** The figures a claim's sentence gives (`quantities` are all of the sentence's, not only the claim's frame figures). */
export function figureReadings(c: Claim, quantities: readonly Quantity[]): FigureReading[] {
  if (c.modality === "denied") return [];
  const out: FigureReading[] = [];
  for (const q of quantities) {
    const person = ageOf(q, c.text, c.span[0], c.mentions);
    if (person) {
      out.push({ key: `age|${foldName(person)}|${q.value}`, rule: FIGURE_RULES.age, value: `age ${q.value}`, person, span: q.span, common: false });
      continue;
    }
    if (q.unit === null || q.incremental || AGE_OLD.test(c.text.slice(numberEnd(q, c.text, c.span[0])))) continue;
    const lex = numberLexicon();
    const cls = unitClass(q.unit) ?? q.unit;
    if (lex.figureVagueUnits.has(q.unit) || lex.figureVagueUnits.has(cls) || q.text.split(/\s+/).some((w) => lex.figureVagueMultiples.has(w.toLowerCase()))) continue;
    // "8 Block", "Route 66": a number and a capitalized word make a name, not a figure.
    if (/^\S*\d\S*\s+\p{Lu}/u.test(q.text) && q.span[0] > c.span[0]) continue;
    if (q.value < MIN_COUNT && Number.isInteger(q.value) && cls !== "magnitude" && cls !== "percent" && !isMoney(cls)) continue;
    out.push({ key: `amount|${cls}|${q.value}|${q.upper}`, rule: FIGURE_RULES.amount, value: describeQuantity({ ...q, approx: "exact" }), person: null, span: q.span, common: Number.isInteger(q.value) && q.value < COMMON_BELOW && cls !== "magnitude" && !isMoney(cls) });
  }
  for (const d of c.dates) {
    const m = /^(?:\d{4}|XXXX)-(\d{2})-(\d{2})$/.exec(d.value ?? "");
    if (!m || d.granularity !== "day") continue;
    out.push({ key: `day|${m[1]}-${m[2]}`, rule: FIGURE_RULES.day, value: dayName(Number(m[1]), Number(m[2])), person: null, span: d.span, common: false });
  }
  const seen = new Set<string>();
  return out.filter((r) => !seen.has(r.key) && Boolean(seen.add(r.key)));
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const dayName = (month: number, day: number): string => `${day} ${MONTHS[month - 1] ?? "?"}`;

export interface FigureContext {
  readonly storyId: string;
  /** The sentence's quantities (all of them) for a claim. */
  readonly quantitiesOf: (c: Claim) => readonly Quantity[];
  /**
   * How much two sentences are about the same thing beyond the figure (content they share, raised
   * when they share a subject), in [0, 1]: an amount or a day joins only sentences related enough
   * (an age is tied to its person already).
   */
  readonly related: (a: Claim, b: Claim) => number;
  /** Independent origins of a set of claims (see origins.ts). */
  readonly origins: (claims: readonly Claim[]) => Origins;
}

/**
 * Corroborated figure facts: readings of one slot and value from two or more independent origins,
 * unless one fact of `facts` that is not single-source already holds every sentence that gives it.
 */
export function figureFacts(claims: readonly Claim[], facts: readonly Fact[], ctx: FigureContext): Fact[] {
  return figureFactsTraced(claims, facts, ctx).facts;
}

/** figureFacts() with, per fact, the trace of the rule that merged its sentences (for `--explain`). */
export function figureFactsTraced(claims: readonly Claim[], facts: readonly Fact[], ctx: FigureContext): { facts: Fact[]; trace: TraceEntry[] } {
  const trace: TraceEntry[] = [];
  const byKey = new Map<string, { reading: FigureReading; claims: Claim[]; common: boolean }>();
  for (const c of [...claims].sort(canonicalOrder)) {
    for (const r of figureReadings(c, ctx.quantitiesOf(c))) {
      const g = byKey.get(r.key);
      if (!g) byKey.set(r.key, { reading: r, claims: [c], common: r.common });
      else if (!g.claims.some((x) => x.articleId === c.articleId && x.sentence === c.sentence)) g.claims.push(c);
    }
  }
  const shown = facts.filter((f) => f.verdict !== "single-source").map((f) => new Set(f.variants.flatMap((v) => v.evidence.map((e) => `${e.articleId}:${e.span[0]}`))));
  const out: Fact[] = [];
  for (const [key, found] of byKey) {
    const need = found.common ? COMMON_FIGURE_CONTEXT : FIGURE_CONTEXT;
    const g = found.reading.rule !== FIGURE_RULES.age ? { ...found, claims: found.claims.filter((c) => found.claims.some((d) => d.articleId !== c.articleId && ctx.related(c, d) >= need)) } : found;
    if (new Set(g.claims.map((c) => c.articleId)).size < 2) continue;
    if (shown.some((s) => g.claims.every((c) => s.has(`${c.articleId}:${c.span[0]}`)))) continue;
    const origins = ctx.origins(g.claims);
    if (origins.count < 2) continue;
    const first = g.claims[0] as Claim;
    const rule = g.reading.rule;
    trace.push({
      rule: rule.id,
      doc: rule.doc,
      action: "merged",
      articleId: first.articleId,
      span: [g.reading.span[0], g.reading.span[1]],
      quote: first.text.slice(g.reading.span[0] - first.span[0], g.reading.span[1] - first.span[0]),
      context: first.text,
      message: `${g.reading.value}: given by ${new Set(g.claims.map((c) => c.articleId)).size} articles in ${g.claims.length} sentences (${origins.count} independent origins), one corroborated fact: ${rule.doc}`,
    });
    out.push({
      id: stableId("f", ctx.storyId, `figure|${key}`),
      storyId: ctx.storyId,
      statement: statementOf(g.reading, g.claims),
      subject: [...new Set(g.claims.flatMap((c) => c.subjects))].slice(0, 6),
      verdict: "corroborated",
      articles: new Set(g.claims.map((c) => c.articleId)).size,
      independentOrigins: origins.count,
      variants: [{ value: g.reading.value, evidence: evidenceOf(g.claims) }],
      differs: null,
      difference: null,
      conservative: null,
      origins: origins.chains,
      modality: "asserted",
      frame: null,
    });
  }
  return { facts: out, trace };
}

/** Words of a clause boundary: a clause of the sentence is what a reader can paste for the figure. */
const CLAUSE_BREAK = /\s*(?:;|:|\s--\s|\s-\s|,\s+(?=(?:and|but|while|which|who|whose|where|as|after|before|when|although|though|because|according)\b))\s*/gi;

/** The figure's statement: for an age, who and how old; else the clause around the figure in the shortest sentence that gives it. */
function statementOf(r: FigureReading, claims: readonly Claim[]): string {
  if (r.person) return `${r.person} is given as ${r.value.replace(/^age /, "")} years old.`;
  const c = [...claims].sort((a, b) => a.text.length - b.text.length)[0] as Claim;
  const at = c.text.length - c.text.trimStart().length;
  const rel = r.span[0] - c.span[0];
  let start = 0;
  let end = c.text.length;
  for (const m of c.text.matchAll(CLAUSE_BREAK)) {
    if (m.index + m[0].length <= rel) start = m.index + m[0].length;
    else if (m.index >= rel) {
      end = m.index;
      break;
    }
  }
  const clause = c.text.slice(Math.max(start, at), end).trim().replace(/[,\s]+$/, "");
  const words = clause.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return words >= 4 ? clause : c.text.trim();
}
