/**
 * @module Comparable values of a claim and what makes two of them disagree. Quantities are compared
 * per unit class ("140 jets" = "140 fighters"); two formation units with the same count ("five
 * divisions" / "five squadrons") disagree on the unit; different counts of one class disagree on
 * the number. A claim that leaves a value out never contradicts one that gives it.
 */
import type { Claim, DateValue, Quantity } from "../types.ts";
import type { Rule } from "../rules.ts";
import { isFormation, isMoney, unitClass, unitLexicon } from "../extract/units.ts";
import { pluralNoun } from "../extract/casualties.ts";
import { ambiguousKeys, claimRoles } from "./number-roles.ts";
import { VAGUE_UPPER } from "../extract/numbers.ts";

export interface ClaimValue {
  /** unit class → quantity */
  readonly counts: ReadonlyMap<string, Quantity>;
  readonly date: string | null;
  readonly status: string | null;
  readonly denied: boolean;
  /** What is done to those counted ("arrested", "charged", "evacuated"), when the claim says: counts of different acts are not rivals. */
  readonly acts?: ReadonlySet<string>;
  /** unit class → the act said right before that figure, where its sentence tells several ("played in 10 games, but had to sit out four"). */
  readonly figureActs?: ReadonlyMap<string, string>;
}

/** The acts a sentence says were done to those it counts (the units pack's), in the pack's order. */
function actsIn(text: string): string[] {
  return unitLexicon().acts.filter(([, re]) => re.test(text)).map(([act]) => act);
}

/** The act of one figure as a key: the act right before it when its sentence tells several, else the sentence's acts. */
export function figureActKey(c: Claim, q: Quantity): string {
  const acts = actsIn(c.text);
  return (acts.length > 1 ? figureAct(c, q) : null) ?? acts.join(",");
}

/** Words that may stand between an act and the figure it governs ("missed the next four games"). */
const ACT_GAP = /^\s*(?:[\p{L}'’-]+\s+){0,3}$/u;

/**
 * The act said right before a figure: the last act phrase that ends at most three words before it
 * ("played in 10 games, but had to sit out four straight": 10 played, four missed), or null. A
 * sentence that tells two acts counts each figure by its own.
 */
export function figureAct(c: Claim, q: Quantity): string | null {
  const at = q.span[0] - c.span[0];
  if (at < 0 || at > c.text.length) return null;
  const before = c.text.slice(0, at);
  let best: { act: string; end: number } | null = null;
  for (const [act, re] of unitLexicon().acts) {
    const all = new RegExp(re.source, "gi");
    for (let m = all.exec(before); m; m = all.exec(before)) {
      const end = m.index + m[0].length;
      if (ACT_GAP.test(before.slice(end)) && (!best || end > best.end)) best = { act, end };
    }
  }
  return best?.act ?? null;
}

export const REPORT_DATE_RULE: Rule = {
  id: "date.report-date",
  doc: "A date right after a reporting verb ('ITAR-TASS reported September 26', 'police said on Tuesday') is when it was reported, not when the thing reported happens: it is no date of the claim's fact.",
};

/** What may stand between a reporting verb and the date it was reported on. */
const REPORTED_ON = /^\s*(?:on\s+|late\s+|early\s+|on\s+(?:late|early)\s+)?$/i;

/** Is `d` the date the claim was reported on ("ITAR-TASS reported September 26")? See REPORT_DATE_RULE. */
export function isReportDate(c: Claim, d: DateValue): boolean {
  const a = c.attribution;
  if (!a || d.span[0] < a.span[1] || a.span[1] < c.span[0]) return false;
  return REPORTED_ON.test(c.text.slice(a.span[1] - c.span[0], d.span[0] - c.span[0]));
}

/** A status that says the thing was done: a deal ordered or delivered, a sanction imposed. */
export function isDone(status: string | null): boolean {
  return status === "ordered" || status === "delivered" || status === "imposed";
}

const valueMemo = new WeakMap<Claim, ClaimValue>();

/** A claim's comparable values, read once per claim (facts compare each claim with many others). */
export function claimValue(c: Claim): ClaimValue {
  const known = valueMemo.get(c);
  if (known) return known;
  const counts = new Map<string, Quantity>();
  const ambiguous = ambiguousKeys(c);
  for (const { q, role } of claimRoles(c)) if (role.role !== "dropped" && !counts.has(role.key) && !ambiguous.has(role.key)) counts.set(role.key, q);
  const calendar = c.dates.find((d) => /\d/.test(d.value) && d.role !== "relative" && !isReportDate(c, d));
  const date = c.frame ? (c.frame.roles["date"] ?? null) : (calendar?.value ?? null);
  const acts = new Set(actsIn(c.text));
  // A sentence that tells several acts counts each figure by the act said right before it, where one is.
  const figureActs = new Map<string, string>();
  for (const [cls, q] of acts.size > 1 ? counts : []) {
    const act = figureAct(c, q);
    if (act) figureActs.set(cls, act);
  }
  const value: ClaimValue = { counts, date, status: c.frame?.status ?? null, denied: c.modality === "denied", ...(acts.size > 0 ? { acts } : {}), ...(figureActs.size > 0 ? { figureActs } : {}) };
  valueMemo.set(c, value);
  return value;
}

const SIGN: Readonly<Record<string, string>> = { usd: "$", eur: "€", gbp: "£", inr: "₹", zar: "R", php: "₱", ngn: "₦", nzd: "NZ$", aud: "A$", cad: "C$", hkd: "HK$", sgd: "S$", jpy: "¥", chf: "SFr ", kes: "KSh " };
/** "$6.5 billion", "€2.3 billion", "₹63,000 crore". */
function describeMoney(q: Quantity, currency: string): string {
  const sign = SIGN[currency] ?? `${currency.toUpperCase()} `;
  const amount = (v: number): string => {
    if (currency === "inr" && v >= 1e7) return `${(v / 1e7).toLocaleString("en-US", { maximumFractionDigits: 2 })} crore`;
    for (const [scale, word] of [[1e12, "trillion"], [1e9, "billion"], [1e6, "million"]] as const) {
      if (v >= scale) return `${Number((v / scale).toFixed(3))} ${word}`;
    }
    return v.toLocaleString("en-US");
  };
  const approx = q.approx === "about" ? "about " : q.approx === "more-than" ? "more than " : q.approx === "up-to" ? "up to " : "";
  return `${approx}${sign}${amount(q.value)}${q.upper !== q.value ? `–${sign}${amount(q.upper)}` : ""}`;
}

/** Human-readable value: "5 divisions", "140 aircraft; 7 squadrons", "XXXX-12-04", "as stated". */
export function describeValue(v: ClaimValue, options: { withDate: boolean }): string {
  const parts = [...v.counts.values()]
    .sort((a, b) => a.span[0] - b.span[0])
    .map((q) => describeQuantity(q));
  if (options.withDate && v.date) parts.push(v.date);
  if (v.denied) parts.push("denied / not done");
  else if (isDone(v.status) && v.status) parts.push(v.status);
  return parts.length > 0 ? parts.join("; ") : "no figure given";
}

/** Units that take no plural "s": already plural, uncountable, or participles ("30 killed"). */
const UNCOUNTED: ReadonlySet<string> = new Set(["aircraft", "personnel", "percent", "usd", "people", "troops", "police", "killed", "injured", "dead", "wounded", "magnitude", "children", "civilians"]);

export function describeQuantity(q: Quantity): string {
  const cls = unitClass(q.unit) ?? "";
  if (isMoney(cls)) return describeMoney(q, cls);
  if (cls === "magnitude") return `magnitude ${q.value}${q.upper !== q.value ? `–${q.upper}` : ""}`;
  const num = (x: number): string => (x >= 10_000 ? x.toLocaleString("en-US") : String(x));
  if (q.vague && VAGUE_UPPER[q.vague] !== undefined) return `${q.vague}${q.unit ? ` ${plural(q.unit, 2)}` : ""}`;
  const n = q.upper !== q.value ? `${num(q.value)}–${num(q.upper)}` : num(q.value);
  const approx = q.approx === "about" ? "about " : q.approx === "more-than" ? "more than " : q.approx === "at-least" ? "at least " : q.approx === "up-to" ? "up to " : q.approx === "less-than" ? "fewer than " : "";
  const unit = q.unit ? ` ${plural(q.unit, q.value)}` : "";
  return `${approx}${n}${q.incremental ? " more" : ""}${unit}`;
}

function plural(unit: string, n: number): string {
  // Abbreviations and symbols ("kph", "km", "mm", "km/h", "°C") take no "s".
  if (n === 1 || UNCOUNTED.has(unit) || !/^[a-z-]+$/.test(unit) || !/[aeiouy]/.test(unit)) return unit;
  return pluralNoun(unit);
}

/**
 * The dimension a figure measures. Counts of the thing itself (items, formations), its date and
 * status are one dimension; the dead, the injured, a quake's magnitude and a deal's value are
 * measured separately, so one can be agreed while another is disputed.
 */
export function dimensionOf(cls: string): string {
  // A figure scoped to part of a period ("deaths~first 24 hour", see number-roles.ts) is measured apart from the whole.
  const cut = cls.indexOf("~");
  if (cut >= 0) {
    const base = dimensionOf(cls.slice(0, cut));
    return base === "count" ? base : `${base}~${cls.slice(cut + 1)}`;
  }
  if (cls.startsWith("value:")) return "value";
  if (cls === "deaths" || cls === "injuries" || cls === "magnitude" || cls.startsWith("deaths@") || cls.startsWith("injuries@")) return cls;
  return "count";
}

const FIGURE_LABEL: Readonly<Record<string, string>> = { deaths: "death toll", injuries: "number injured", magnitude: "magnitude", value: "value" };

/** What a dimension's figure is called: "death toll", "number injured in Albay", "value"; null for plain counts. */
export function dimensionLabel(dim: string): string | null {
  const [whole = "", period] = dim.split("~");
  if (period) {
    const label = dimensionLabel(whole);
    return label ? `${label} (${period})` : null;
  }
  const [base = "", scope] = dim.split("@");
  const label = FIGURE_LABEL[base];
  return label ? (scope ? `${label} ${scope}` : label) : null;
}

/** The dimensions a value gives figures in ("count" also when it gives only a date or a status). */
export function dimensionsOf(v: ClaimValue): Set<string> {
  const dims = new Set([...v.counts.keys()].map(dimensionOf));
  if (v.date !== null || v.status !== null || v.denied) dims.add("count");
  return dims;
}

/** The part of a value in one dimension: its figures there (and, for "count", the date and status). */
export function restrictValue(v: ClaimValue, dim: string): ClaimValue {
  const counts = new Map([...v.counts].filter(([cls]) => dimensionOf(cls) === dim));
  return dim === "count" ? { ...v, counts } : { counts, date: null, status: null, denied: false };
}

/** Two compatible values as one: every figure either gives, the first date, a done status over none; a denial only if both deny. */
export function mergeValues(a: ClaimValue, b: ClaimValue): ClaimValue {
  const counts = new Map(a.counts);
  for (const [cls, q] of b.counts) if (!counts.has(cls)) counts.set(cls, q);
  const acts = a.acts && b.acts ? new Set([...a.acts, ...b.acts]) : (a.acts ?? b.acts);
  const figureActs = new Map([...(b.figureActs ?? [])].filter(([cls]) => !a.counts.has(cls)));
  for (const [cls, act] of a.figureActs ?? []) figureActs.set(cls, act);
  return { counts, date: a.date ?? b.date, status: isDone(a.status) ? a.status : isDone(b.status) ? b.status : (a.status ?? b.status), denied: a.denied && b.denied, ...(acts ? { acts } : {}), ...(figureActs.size > 0 ? { figureActs } : {}) };
}

/** What differs between two values, or null when they are compatible. */
/**
 * `compareDates`: true compares any two dates; "days" only two dates to the day ("4 December" vs
 * "5 December"), for claims whose dates may be of different things (a month's inflation reading
 * and a forecast's quarter; a month without a year resolved against different articles' dates).
 */
export type DateComparison = boolean | "days";

export interface CompareOptions {
  readonly compareDates: DateComparison;
  /** Whose a figure is (owners.ts): figures of two different people are never rivals. */
  readonly ownerOf?: (q: Quantity) => string | null;
}

export function conflict(a: ClaimValue, b: ClaimValue, options: CompareOptions): string | null {
  return differences(a, b, options)[0] ?? null;
}

function otherOwners(a: Quantity, b: Quantity, ownerOf: CompareOptions["ownerOf"]): boolean {
  const oa = ownerOf?.(a) ?? null;
  const ob = ownerOf?.(b) ?? null;
  return oa !== null && ob !== null && oa !== ob;
}

/** The acts a figure of a value counts: the act said right before it, else every act of its sentences (none: any act). */
function actsOfFigure(v: ClaimValue, cls: string): ReadonlySet<string> | undefined {
  const own = v.figureActs?.get(cls);
  return own !== undefined ? new Set([own]) : v.acts;
}

/** Whether two figures of one unit count the same act: counts of different acts ("two charged", "three arrested"; "played in 10 games", "missed four") are no rivals. */
function sameAct(a: ClaimValue, b: ClaimValue, cls: string): boolean {
  const x = actsOfFigure(a, cls);
  const y = actsOfFigure(b, cls);
  return !x || !y || [...x].some((act) => y.has(act));
}

/** Everything that differs between two values ("date differs: …", "place differs: …"), most telling first. */
export function differences(a: ClaimValue, b: ClaimValue, options: CompareOptions): string[] {
  const out: string[] = [];
  const done = (v: ClaimValue): boolean => isDone(v.status);
  if ((done(a) && b.denied) || (done(b) && a.denied)) out.push(`status differs: ${done(a) ? a.status : "denied"} vs ${done(b) ? b.status : "denied"}`);
  for (const [cls, qa] of a.counts) {
    const qb = b.counts.get(cls);
    if (!qb || sameNumber(qa, qb) || (!cls.startsWith("value:") && !sameAct(a, b, cls)) || otherOwners(qa, qb, options.ownerOf)) continue;
    if (cls === "magnitude") out.push(`magnitude differs: ${qa.value} vs ${qb.value}`);
    else out.push(`${dimensionLabel(dimensionOf(cls)) ?? "number"} differs: ${describeQuantity(qa)} vs ${describeQuantity(qb)}`);
  }
  const fa = [...a.counts.entries()].filter(([cls]) => isFormation(cls));
  const fb = [...b.counts.entries()].filter(([cls]) => isFormation(cls));
  formations: for (const [ca, qa] of fa) {
    for (const [cb, qb] of fb) {
      // Two accounts of one deal in different formation units disagree whatever the counts.
      if (ca !== cb && !a.counts.has(cb) && !b.counts.has(ca)) {
        out.push(`unit differs: ${qa.value} ${plural(ca, qa.value)} vs ${qb.value} ${plural(cb, qb.value)}`);
        break formations;
      }
    }
  }
  const day = (d: string): boolean => /^(?:\d{4}|XXXX)-\d{2}-\d{2}$/.test(d);
  const dated = options.compareDates === "days" ? a.date !== null && b.date !== null && day(a.date) && day(b.date) && a.date.slice(5) !== b.date.slice(5) : options.compareDates;
  if (dated && a.date && b.date && !datesCompatible(a.date, b.date)) out.push(`date differs: ${a.date} vs ${b.date}`);
  return out;
}

/** Whether two figures of one unit agree: equal when both are exact, overlapping when either is approximate or a range. */
export function sameNumber(a: Quantity, b: Quantity): boolean {
  if (a.approx === "exact" && b.approx === "exact") return a.value === b.value && a.upper === b.upper;
  // Ranges and approximations agree when they overlap.
  const lo = (q: Quantity): number => (q.approx === "up-to" || q.approx === "less-than" ? 0 : q.value);
  const hi = (q: Quantity): number => (q.vague && VAGUE_UPPER[q.vague] !== undefined ? (VAGUE_UPPER[q.vague] as number) : q.approx === "more-than" || q.approx === "at-least" ? Infinity : q.approx === "about" ? q.upper * 1.15 : q.upper);
  const loA = a.approx === "about" ? a.value * 0.85 : lo(a);
  const loB = b.approx === "about" ? b.value * 0.85 : lo(b);
  return loA <= hi(b) && loB <= hi(a);
}

/** "2025-12-04" and "XXXX-12-04" agree; "2025-12" contains "2025-12-04". */
export function datesCompatible(a: string, b: string): boolean {
  // Week-based and calendar values are not comparable character by character.
  if (/W/.test(a) !== /W/.test(b)) return true;
  const [a0 = a, a1 = a0] = a.split("/");
  const [b0 = b, b1 = b0] = b.split("/");
  // Ranges agree when they overlap ("12-13 March" and "13 March"); points when they match.
  return prefixLe(a0, b1) && prefixLe(b0, a1);
}

/** x ≤ y comparing only the characters both give, with X (unknown) matching anything. */
function prefixLe(x: string, y: string): boolean {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const p = x[i];
    const q = y[i];
    if (p === q || p === "X" || q === "X") continue;
    return (p ?? "") < (q ?? "");
  }
  return true;
}
