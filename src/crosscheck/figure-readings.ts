/**
 * @module Figure readings (see figures.ts): the figures one sentence gives, each as a typed slot
 * with its value (a person's age, an amount of one unit, a score, a written year, a calendar day,
 * where a person lives, a relation between two names), and the rules that read them.
 */
import { ageOf, describedAge, isAgeOld, numberEnd, ownerKey, personKey, residences } from "./people.ts";
import { ROLE_RULE, roleReadings } from "./roles.ts";
import type { Rule } from "../rules.ts";
import { foldName } from "../knowledge/fold.ts";
import type { Claim, Mention, Quantity } from "../types.ts";
import { datedAct, isMoney, unitClass } from "../extract/units.ts";
import { numberLexicon } from "../extract/lang-pack.ts";
import { describeQuantity, isReportDate } from "./values.ts";
import { rateOf } from "./number-roles.ts";
import { isStopWord, stem } from "./similarity/features.ts";
import { periodOf } from "./periods.ts";

export const FIGURE_RULES = {
  age: { id: "figure.age", doc: "A number right after a person's name ('Reid, 33,') or an 'N-year-old' right before it is that person's age; a description's ('the troubled actress, 26,', 'the 26-year-old actress') is the age of the person named last before it, or, before any, of the person the article's headline names first: the same age of the same person in independent articles is one corroborated fact." },
  amount: { id: "figure.amount", doc: "A number with a unit ('$334 million', '10 kilometres', 'magnitude 6.1') is a figure of that unit: the same figure in related sentences of independent articles is one corroborated fact, however differently the rest of each sentence is worded; a small whole count needs sentences more related, unless three content words around it are the same ('seven seasons as an assistant coach')" },
  names: { id: "figure.names", doc: "Two named things in one sentence (a person and a clinic, a buyer and a company) are a relation: the same two names in related sentences of independent articles are one corroborated fact, quoting each; relations told mostly in the same sentences are one fact among all their names, never relations the same articles tell in other sentences." },
  residence: { id: "figure.residence", doc: "A place right after a person's name and age ('LaSalle, 36, of Bloomington,') is where that person lives ('Name, who lived in Place' too): the same place for the same person in independent articles is one corroborated fact (different places are set against each other by residence.dispute)." },
  year: { id: "figure.year", doc: "A year written out ('in 1999', or with its month: 'in December 2007') is a figure of related sentences: the same year (and month) in independent articles about the same thing is one corroborated fact; the year of an act ('founded in 2007', 'Launched in 2007', 'retired in 1993'; acts from the units pack) is rarer than the year alone and needs less else in common; two years in a row are one span however written ('the 2009-10 season', 'the 2009-2010 season'); a year or span in sentences related only as a rare figure's are is one fact when three words around it are the same." },
  score: { id: "figure.score", doc: "A pair of counts written N-M with no unit ('a 9-14 record', 'won 65-53') is a score or a record: the same pair in related sentences of independent articles is one corroborated fact (year spans such as '1999-2003' are not scores)." },
  role: ROLE_RULE,
  repeated: { id: "figure.repeated-title", doc: "A title held a number of times ('a four-time All-Star', 'the two-time Olympic champion') is a count of the person named last before it (in its sentence, else in its article or its headline): the same count of the same title for the same person in independent articles is one corroborated fact." },
  day: { id: "figure.day", doc: "A calendar day ('May 29', 'July 2, 2013', or a weekday the publication date resolves) is a figure too: the same day in independent articles about the same thing is one corroborated fact." },
} as const satisfies Record<string, Rule>;

/** Readings tied to their person already (an age, a residence, a role, a title's count): they need no other relatedness. */
export const PERSON_TIED: ReadonlySet<Rule> = new Set([FIGURE_RULES.age, FIGURE_RULES.residence, FIGURE_RULES.role, FIGURE_RULES.repeated]);

/** One figure a claim gives: its slot and value as a key, how to show it, and where it is. */
export interface FigureReading {
  readonly key: string;
  readonly rule: Rule;
  /** The value as the report shows it ("age 33", "$334 million", "XXXX-05-29": dates normalized, as every variant's, for the renderers to print). */
  readonly value: string;
  /** The person a figure is about, for ages. */
  readonly person: string | null;
  readonly span: readonly [number, number];
  /** A small whole count ("4 switches", "23 games"), which two unrelated sentences easily share by chance. */
  readonly common: boolean;
}

/** Whole counts below this are common (see FigureReading.common). */
export const COMMON_BELOW = 100;

/** Names of one sentence relations are read between (its first ones). */
const MAX_NAMES = 6;
/** Kinds of names a relation is read between (not outlets: a source is no party to what it reports). */
const RELATION_TYPES: ReadonlySet<string> = new Set(["person", "organization", "country", "place", "weapon", "law", "event", "other"]);

/** Smallest count a figure of a unit must reach: "one" and "two" of something are too common to match on. */
const MIN_COUNT = 3;

/** "-year-old", " year-old", " years old" right after the number. */

/** A unit too vague to match figures on ("three times", "five people"; the numbers pack). */
export function vagueUnit(q: Quantity): boolean {
  const lex = numberLexicon();
  return q.unit !== null && (lex.figureVagueUnits.has(q.unit) || lex.figureVagueUnits.has(unitClass(q.unit) ?? q.unit));
}

/** "8 Block", "Route 66": a number and a capitalized word inside a sentence make a name, not a figure. */
export function namesSomething(q: Quantity, c: Claim): boolean {
  return /^\S*\d\S*\s+\p{Lu}/u.test(q.text) && q.span[0] > c.span[0];
}



const SCORE = /^(\d{1,3})-(\d{1,3})$/;
/** Scores whose both counts are below this are common ("3-1"): unrelated games share them by chance. */
const COMMON_SCORE_BELOW = 10;

/** A score or a record ("9-14", "65-53") a unitless quantity is written as, or null (see FIGURE_RULES.score). */
export function scoreOf(q: Quantity): { text: string; common: boolean } | null {
  const m = q.unit === null ? SCORE.exec(q.text.trim()) : null;
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return { text: `${a}-${b}`, common: a < COMMON_SCORE_BELOW && b < COMMON_SCORE_BELOW };
}

/** "-time NBA All-Star", "-time Olympic champion": the hyphened word (group 1; the numbers pack's titleCounts), the names after it (2) and the word after them (3). */
const REPEATED_TITLE = /^-(\p{L}+)\s+((?:\p{Lu}[\p{L}\p{N}.'’-]*)(?:\s+\p{Lu}[\p{L}\p{N}.'’-]*){0,3})?\s*(\p{Ll}[\p{L}'’-]*)?/u;

/** The title a "four-time" counts: the word after its names unless that is a function word ("All-Star is"), else its last name. */
function repeatedTitle(m: RegExpExecArray | null): string | null {
  if (!m?.[1] || !numberLexicon().titleCounts.has(m[1].toLowerCase())) return null;
  const word = m[3] && !isStopWord(m[3].toLowerCase()) ? m[3] : undefined;
  const title = word ?? m[2]?.split(/\s+/).pop();
  return title ? title.toLowerCase() : null;
}

/** The figures a claim's sentence gives (`quantities` are all of the sentence's, not only the claim's frame figures). */
export function figureReadings(c: Claim, quantities: readonly Quantity[], referent?: (c: Claim, q: Quantity) => string | null): FigureReading[] {
  if (c.modality === "denied") return [];
  const out: FigureReading[] = [];
  for (const q of quantities) {
    // "a four-time All-Star": a count of a title, the person's.
    const title = Number.isInteger(q.value) ? REPEATED_TITLE.exec(c.text.slice(numberEnd(q, c.text, c.span[0]))) : null;
    // The person named last before it (in its sentence, its article or its headline), as for a described age.
    const name = repeatedTitle(title);
    const holder = name ? referent?.(c, q) : null;
    if (name && holder) {
      out.push({ key: `repeated|${ownerKey(holder)}|${name}|${q.value}`, rule: FIGURE_RULES.repeated, value: `${q.value}-time ${name}`, person: null, span: q.span, common: false });
      continue;
    }
    // "the troubled actress, 26,": the age of the person named last before the description.
    const person = ageOf(q, c.text, c.span[0], c.mentions) ?? (referent && describedAge(q, c) ? referent(c, q) : null);
    if (person) {
      out.push({ key: `age|${personKey(person)}|${q.value}`, rule: FIGURE_RULES.age, value: `age ${q.value}`, person, span: q.span, common: false });
      continue;
    }
    const score = scoreOf(q);
    if (score) {
      out.push({ key: `score|${score.text}`, rule: FIGURE_RULES.score, value: score.text, person: null, span: q.span, common: score.common });
      continue;
    }
    if (q.unit === null || q.incremental || isAgeOld(q, c)) continue;
    const cls = unitClass(q.unit) ?? q.unit;
    if (vagueUnit(q) || namesSomething(q, c) || q.text.split(/\s+/).some((w) => numberLexicon().figureVagueMultiples.has(w.toLowerCase()))) continue;
    if (Math.abs(q.value) < MIN_COUNT && Number.isInteger(q.value) && cls !== "magnitude" && cls !== "percent" && !isMoney(cls)) continue;
    const rate = rateOf(q, c);
    // The length of a period a figure is scoped to is no figure; a scoped figure matches only the same part.
    const period = periodOf(q, c);
    if (period?.kind === "inside") continue;
    out.push({ key: `amount|${cls}${rate ? `/${rate}` : ""}${period ? `~${period.scope}` : ""}|${q.value}|${q.upper}`, rule: FIGURE_RULES.amount, value: describeQuantity({ ...q, approx: "exact" }), person: null, span: q.span, common: Number.isInteger(q.value) && Math.abs(q.value) < COMMON_BELOW && cls !== "magnitude" && !isMoney(cls) });
  }
  for (const d of c.dates) {
    // A written year, or a month of one ("in December 2007": the year's figure, to the month).
    if (((d.granularity === "year" && /^\d{4}$/.test(d.value)) || (d.granularity === "month" && /^\d{4}-\d{2}$/.test(d.value))) && /\b\d{4}\b/.test(d.text)) {
      out.push({ key: `year|${d.value}`, rule: FIGURE_RULES.year, value: d.value, person: null, span: d.span, common: true });
      // "founded in 2007", "Launched in 2007": the year of an act is far less common than the year alone.
      const act = datedAct(c.text.slice(0, Math.max(0, d.span[0] - c.span[0])));
      if (act) out.push({ key: `year|${d.value}|${act}`, rule: FIGURE_RULES.year, value: d.value, person: null, span: d.span, common: false });
      continue;
    }
    // A span of two years in a row, however written ("the 2009-10 season", "the 2009-2010 season", "FY2009-10").
    const span = yearSpan(d);
    if (span) {
      out.push({ key: `span|${span}`, rule: FIGURE_RULES.year, value: span, person: null, span: d.span, common: true });
      continue;
    }
    const m = /^(?:\d{4}|XXXX)-(\d{2})-(\d{2})$/.exec(d.value ?? "");
    if (!m || d.granularity !== "day" || isReportDate(c, d)) continue;
    out.push({ key: `day|${m[1]}-${m[2]}`, rule: FIGURE_RULES.day, value: d.value.replace(/^\d{4}/, "XXXX"), person: null, span: d.span, common: false });
  }
  for (const r of roleReadings(c)) out.push({ key: `role|${ownerKey(r.person)}|${r.role}`, rule: FIGURE_RULES.role, value: r.role, person: null, span: r.span, common: false });
  for (const r of residences(c)) out.push({ key: `residence|${personKey(r.person)}|${foldName(r.place)}`, rule: FIGURE_RULES.residence, value: r.place, person: null, span: r.span, common: false });
  // Two named things in one sentence are a relation ("Reid" and "Promises Treatment Center"); commentary states none.
  const named = new Map<string, Mention>();
  // The outlet that reports the sentence ("TMZ reported", "told CNN") is no party to what it reports.
  const a = c.attribution;
  const reporters = new Set(a ? [...(a.sourceType === "outlet" || a.sourceType === "agency" ? [a.source] : []), ...(a.via ? [a.via] : [])].map(foldName) : []);
  for (const m of c.commentary ? [] : c.mentions) {
    // A country named only by its adjective ("American Pie", "the Indian team") is no party to a relation.
    const demonym = m.type === "country" && !foldName(m.text).includes(foldName(m.canonical).slice(0, 4));
    if (RELATION_TYPES.has(m.type) && !demonym && !reporters.has(foldName(m.canonical)) && !named.has(foldName(m.canonical))) named.set(foldName(m.canonical), m);
  }
  // The first few names of a sentence only: a list of twenty names is no twenty relations each.
  const keys = [...named.keys()].slice(0, MAX_NAMES).sort();
  for (let i = 0; i < keys.length; i++)
    for (let j = i + 1; j < keys.length; j++) {
      const a = named.get(keys[i] as string) as Mention;
      const b = named.get(keys[j] as string) as Mention;
      const span: readonly [number, number] = [Math.min(a.span[0], b.span[0]), Math.max(a.span[1], b.span[1])];
      out.push({ key: `names|${keys[i]}|${keys[j]}`, rule: FIGURE_RULES.names, value: "as stated", person: null, span, common: true });
    }
  const seen = new Set<string>();
  return out.filter((r) => !seen.has(r.key) && Boolean(seen.add(r.key)));
}

/** Words each side of a figure that say what it measures. */
const CONTEXT_WORDS = 5;

/** Stems of a text's content words, in order. */
export function contentStems(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}[\p{L}'-]*/gu) ?? []).filter((w) => !isStopWord(w) && w.length > 2).map(stem);
}

/**
 * Stems of the content words around a figure (or a date) in its claim (CONTEXT_WORDS each side), the
 * figure's own words left out, and the stems of `skip` (a claim's names) passed over.
 */
export function contextOf(c: Claim, q: { readonly span: readonly [number, number]; readonly text: string }, skip?: ReadonlySet<string>): Set<string> {
  const rel0 = q.span[0] - c.span[0];
  const rel1 = q.span[1] - c.span[0];
  const unit = new Set(contentStems(q.text));
  const keep = (w: string): boolean => !unit.has(w) && !skip?.has(w);
  const before = contentStems(c.text.slice(0, rel0)).filter(keep).slice(-CONTEXT_WORDS);
  const after = contentStems(c.text.slice(rel1)).filter(keep).slice(0, CONTEXT_WORDS);
  return new Set([...before, ...after]);
}

/** The two years in a row a date spans ("2009/2010" for "2009-10" read as a split year, or "2009-2010"), or null. */
function yearSpan(d: { readonly value: string; readonly granularity: string }): string | null {
  const m = /^(?:FY)?(\d{4})(?:-(\d{2})|\/(\d{4}))$/.exec(d.value);
  if (!m || (d.granularity !== "fiscal-year" && d.granularity !== "year")) return null;
  const first = Number(m[1]);
  const next = m[2] !== undefined ? Math.floor(first / 100) * 100 + Number(m[2]) + (Number(m[2]) < first % 100 ? 100 : 0) : Number(m[3]);
  return next === first + 1 ? `${first}/${next}` : null;
}
