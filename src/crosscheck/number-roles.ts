/**
 * @module The role of a number before anything compares it, decided in one place by named rules.
 * A number with a counted noun is a count or a measure ("12 children", "magnitude 6.1"); an amount
 * of money counts only as what a thing is worth ("a $6.5 billion deal"); a bare number right
 * after a person's name ("Horton, 34,") is that person's age; everything else fills no slot and
 * is never a rival: a part of a total, a percentage, another sum of money, a bare number (an
 * address, a stray figure). Each drop or reclassification names its rule, so a report can say
 * why a number was left out (`--explain`).
 */
import { isMoney, unitClass } from "../extract/units.ts";
import { numberLexicon } from "../extract/lang-pack.ts";
import { AMOUNT_LEAD, VALUE_AFTER, VALUE_BEFORE } from "../extract/event-words.ts";
import { ageWords, nameWords } from "../extract/name-words.ts";
import { alternatives, lazyPattern } from "../extract/word-lists.ts";
import { foldName } from "../knowledge/fold.ts";
import type { Rule } from "../rules.ts";
import type { Claim, PartReason, Quantity } from "../types.ts";
import { periodOf } from "./periods.ts";

export type NumberRule = Rule;

export const NUMBER_RULES = {
  age: { id: "number.age-after-name", doc: "A bare number after a person's name and a comma ('Horton, 34,') is that person's age: it is compared only with the same person's age." },
  bare: { id: "number.bare-no-slot", doc: "A bare number with no counted noun and no age reading (an address, a stray figure) fills no slot and is never compared." },
  descriptive: { id: "number.descriptive", doc: "A number hyphened to the word after it ('a nine-member committee', 'a 10-minute average', 'a 22-year-old') describes a noun: it is no count to compare." },
  recent: { id: "number.recent-period", doc: "A count over a recent period ('in the past 24 hours', 'over the last week') is part of a running total, not the total another account gives." },
  previous: { id: "number.previous-figure", doc: "A figure the sentence has left behind ('up from four', 'rather than 15', the first of 'from 15 to five') is not the figure the claim gives." },
  wholeBody: { id: "number.whole-body", doc: "The size of a named body ('the nine members of the Monetary Policy Committee') is not a count of those who did something." },
  part: { id: "number.part-of-total", doc: "A part of a larger count ('includes 81 built locally', 'of which 12') is not the total another account gives." },
  percent: { id: "number.percent", doc: "A percentage is a share, not a count: it is not compared with counts." },
  money: { id: "number.money-not-value", doc: "An amount of money is compared only as what the thing is worth ('worth $6.5 billion', 'a $6.5 billion deal'); prices and costs of other things are left out." },
  period: { id: "number.period-scope", doc: "A figure scoped to part of a period ('189 yards in his last two games', 'since Week 11', '2,301 career points') is compared only with figures of the same part; the part's own length ('two games') is no figure to compare." },
  ambiguous: { id: "number.ambiguous-slot", doc: "A sentence that gives two different figures of one kind ('14 points from Artino, 11 from Echenique') gives no single value of that kind for its claim: which is whose is left to the figure rules." },
  offset: { id: "number.time-offset", doc: "A span of time before or after something ('nine days before the inauguration', 'three years ago') places it in time: it is no count or duration to compare." },
} as const satisfies Record<string, NumberRule>;

export type NumberRole =
  | { readonly role: "count"; readonly key: string; readonly rule?: NumberRule; readonly scope?: string }
  | { readonly role: "value"; readonly key: string; readonly rule?: NumberRule; readonly scope?: string }
  | { readonly role: "age"; readonly key: string; readonly person: string; readonly rule: NumberRule }
  | { readonly role: "dropped"; readonly rule: NumberRule };

/** The rule that drops a part, by why it is one (Quantity.partOf). */
const PART_RULES: Readonly<Record<PartReason, NumberRule>> = { subset: NUMBER_RULES.part, descriptive: NUMBER_RULES.descriptive, recent: NUMBER_RULES.recent, previous: NUMBER_RULES.previous, "whole-body": NUMBER_RULES.wholeBody };

/** What may stand between a person's name and their age: "Horton, 34", "Ferr, aged 58". */
export const AFTER_NAME = lazyPattern(() => `^\\s*,\\s*(?:(?:${alternatives(nameWords().ageBefore)})\\s+)?$`, "i");
const AGE_END = lazyPattern(() => {
  const { unit, units, old } = ageWords();
  return `^\\s*(?:,|\\)|\\.(?:\\s|$)|$|-(?:${unit})-(?:${old})\\b|\\s+(?:${units})\\s+(?:${old})\\b)`;
}, "i");

/** Does the amount `q` read as the value of what the claim is about? */
function dealValue(c: Claim, q: Quantity): boolean {
  const at = q.span[0] - c.span[0];
  const end = q.span[1] - c.span[0];
  if (at < 0 || end > c.text.length) return false;
  // "worth $6.5 billion", "valued at", "a $6.5 billion contract", "for about ₹63,000 crore" (the events pack's words).
  return VALUE_BEFORE().test(c.text.slice(Math.max(0, at - 40), at)) || VALUE_AFTER().test(c.text.slice(end, end + 20)) || VALUE_AFTER().test(q.text.replace(AMOUNT_LEAD(), ""));
}

function age(q: Quantity, c: Claim): string | null {
  const at = q.span[0] - c.span[0];
  const after = c.text.slice(q.span[1] - c.span[0], q.span[1] - c.span[0] + 12);
  if (!Number.isInteger(q.value) || q.value <= 0 || q.value >= 120 || !AGE_END().test(after)) return null;
  const person = c.mentions
    .filter((m) => m.type === "person" && m.span[1] <= q.span[0] && AFTER_NAME().test(c.text.slice(m.span[1] - c.span[0], at)))
    .sort((a, b) => b.span[1] - a.span[1])[0];
  return person ? foldName(person.canonical) : null;
}

/** "nine days before", "three years ago": a span of a time unit followed by an offset word (the numbers pack). */
function timeOffset(q: Quantity, c: Claim): boolean {
  const { units, after } = numberLexicon().timeOffset;
  if (q.unit === null || !units.has(q.unit.toLowerCase())) return false;
  const next = /^\s*(\p{L}+)/u.exec(c.text.slice(q.span[1] - c.span[0]))?.[1]?.toLowerCase();
  return next !== undefined && after.has(next);
}

/**
 * What a figure is a rate of ("5.2 yards a carry" → "carry", "5,000 gallons of water a minute" →
 * "minute", "60 miles per hour" → "hour"), or null: a rate is compared only with rates of the same thing.
 */
export function rateOf(q: Quantity, c: Claim): string | null {
  const words = (c.text.slice(q.span[1] - c.span[0]).match(/^[\s\p{L}]*/u)?.[0] ?? "").toLowerCase().split(/\s+/).filter(Boolean).slice(0, 5);
  const per = numberLexicon().ratePer;
  // Right after the figure, or after "of" and one or two words ("gallons of water a minute").
  for (const at of words[0] === "of" ? [0, 2, 3] : [0]) {
    const next = words[at + 1];
    if (per.has(words[at] ?? "") && next) return next;
  }
  return null;
}

/** The role of a quantity of a claim (see the module's doc). */
export function numberRole(q: Quantity, c: Claim): NumberRole {
  // "a 6.1-magnitude quake": the hyphened word is what is measured.
  const measured = q.partOf === "descriptive" && unitClass(q.unit) === "magnitude";
  if (q.part && !measured) return { role: "dropped", rule: PART_RULES[q.partOf ?? "subset"] };
  if (q.unit === null) {
    const person = age(q, c);
    return person ? { role: "age", key: `age:${person}`, person, rule: NUMBER_RULES.age } : { role: "dropped", rule: NUMBER_RULES.bare };
  }
  const cls = unitClass(q.unit) ?? "count";
  if (cls === "percent") return { role: "dropped", rule: NUMBER_RULES.percent };
  if (timeOffset(q, c)) return { role: "dropped", rule: NUMBER_RULES.offset };
  const period = periodOf(q, c);
  if (period?.kind === "inside") return { role: "dropped", rule: NUMBER_RULES.period };
  const scoped = (role: "count" | "value", key: string): NumberRole => (period ? { role, key: `${key}~${period.scope}`, rule: NUMBER_RULES.period, scope: period.scope } : { role, key });
  if (isMoney(cls)) return dealValue(c, q) ? scoped("value", `value:${cls}`) : { role: "dropped", rule: NUMBER_RULES.money };
  // A local toll ("9 died in Catanduanes") is its own figure, never the incident's whole toll.
  const rate = rateOf(q, c);
  if (rate) return scoped("count", `${cls}/${rate}`);
  return scoped("count", q.scope && (cls === "deaths" || cls === "injuries") ? `${cls}@${q.scope}` : cls);
}

const rolesMemo = new WeakMap<Claim, readonly { readonly q: Quantity; readonly role: NumberRole }[]>();

/** The role of each quantity of a claim, decided once per claim (values and traces ask many times). */
export function claimRoles(c: Claim): readonly { readonly q: Quantity; readonly role: NumberRole }[] {
  let roles = rolesMemo.get(c);
  if (!roles) rolesMemo.set(c, (roles = c.quantities.map((q) => ({ q, role: numberRole(q, c) }))));
  return roles;
}

/** Role keys for which a claim's sentence gives two different figures (number.ambiguous-slot). */
export function ambiguousKeys(c: Claim): ReadonlySet<string> {
  const seen = new Map<string, Quantity>();
  const out = new Set<string>();
  for (const { q, role } of claimRoles(c)) {
    if (role.role !== "count" && role.role !== "value") continue;
    const first = seen.get(role.key);
    if (!first) seen.set(role.key, q);
    // Counts of two named items ("5 S-400 systems and 2 S-500 systems") are told apart by their frames, not here.
    else if ((first.value !== q.value || first.upper !== q.upper) && first.item === q.item) out.add(role.key);
  }
  return out;
}
