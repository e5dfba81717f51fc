/**
 * @module People in a sentence: one key per person however fully named, whose age a number is
 * ("Reid, 33,", "16-year-old Jermayne Timmons", "the troubled actress, 26," for the person named
 * last before), and where a sentence says a person lives ("LaSalle, 36, of Bloomington"). Used by
 * the figure slots and the disputes.
 */
import type { Claim, Mention, Quantity } from "../types.ts";
import { AFTER_NAME } from "./number-roles.ts";
import { personPronouns } from "../extract/lang-pack.ts";
import { ageWords, nameWords } from "../extract/name-words.ts";
import { alternatives, lazyPattern } from "../extract/word-lists.ts";
import { foldName } from "../knowledge/fold.ts";

/** A person's key: first and last name folded, so "Anthony LaSalle" and "Anthony Phillip LaSalle" are one person. */
export function personKey(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  return words.length <= 2 ? foldName(name) : foldName(`${words[0]} ${words[words.length - 1]}`);
}

/** "LaSalle, 36, of Bloomington," / "Raj Chohan, of South Ozone Park" / "Chohan, who lived half a mile away in South Ozone Park": the capitalized place after a name (and age). */
const RESIDENCE = lazyPattern(() => {
  const w = nameWords();
  return `^,\\s*(?:(?:aged\\s+)?\\d{1,3},\\s*)?(?:${alternatives(w.residenceBefore)}|who\\s+(?:${alternatives(w.residenceVerbs)})\\s+(?:[\\p{Ll}\\s]{0,24}\\s)?in)\\s+(\\p{Lu}[\\p{L}'.-]*(?:\\s+\\p{Lu}[\\p{L}'.-]*){0,3})(?=[,.;]|\\s+(?:${alternatives(w.residenceFollowers)})\\b)`;
}, "u");

/** Where the people a sentence names live, by the "Name, age, of Place" convention (not "of" an organisation). */
export function residences(c: Claim): { person: string; place: string; span: readonly [number, number] }[] {
  const out: { person: string; place: string; span: readonly [number, number] }[] = [];
  for (const m of c.mentions) {
    if (m.type !== "person") continue;
    const rest = c.text.slice(m.span[1] - c.span[0]);
    const r = RESIDENCE().exec(rest);
    const place = r?.[1];
    if (!r || !place) continue;
    const at = m.span[1] + r[0].length - place.length;
    // With an age before it the convention is sure; without one, "Jane Doe, of Amnesty International" is an affiliation.
    const aged = /\d/.test(r[0]);
    const org = !aged && c.mentions.some((x) => x.type === "organization" && x.span[0] <= at && at < x.span[1]);
    if (!org) out.push({ person: m.canonical, place, span: [at, at + place.length] });
  }
  return out;
}

/** A figure's owner as a key: the surname, so "Horton" and "Zurana Horton" are one person. */
export function ownerKey(name: string): string {
  return personKey(name.split(/\s+/).filter(Boolean).pop() ?? name);
}

/** "33-year-old": the words after an age's number. */
export const AGE_OLD = lazyPattern(() => `^-?\\s*(?:${ageWords().units})[-\\s](?:${ageWords().old})\\b\\s*`, "i");
/** What ends a bare age: "Reid, 33," / "(33)". */
const AGE_END = /^\s*(?:,|\)|$)/;

/** "the troubled actress, 26,": a definite description right before a bare number. */
const DESCRIBED_BEFORE = /\bthe\s+(?:[\p{L}-]+\s+){0,2}([\p{L}-]+),\s*$/iu;
/** "the 26-year-old actress": after the age, the description's noun within three words. */
const DESCRIBED_AFTER = lazyPattern(() => `^-?\\s*(?:${ageWords().units})[-\\s](?:${ageWords().old})\\s+((?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]+)`, "iu");

/**
 * Does an age describe a person by a noun rather than by name ("the troubled actress, 26,", "the
 * 26-year-old actress")? Such an age is the age of the person named last before it (the pronouns
 * pack's personNouns say which nouns describe a person).
 */
export function describedAge(q: Quantity, c: Claim): boolean {
  if (!Number.isInteger(q.value) || q.value <= 0 || q.value >= 120 || q.value !== q.upper) return false;
  const nouns = personPronouns().personNouns;
  const before = c.text.slice(Math.max(0, q.span[0] - c.span[0] - 60), q.span[0] - c.span[0]);
  const after = c.text.slice(q.span[1] - c.span[0]);
  if (q.unit === null && AGE_END.test(after)) {
    const m = DESCRIBED_BEFORE.exec(before);
    if (m && nouns.has((m[1] ?? "").toLowerCase())) return true;
  }
  const rest = c.text.slice(q.span[0] - c.span[0]).replace(/^\d+/, "");
  const old = /\bthe\s+$/i.test(before) ? DESCRIBED_AFTER().exec(rest) : null;
  return old !== null && (old[1] ?? "").toLowerCase().split(/\s+/).some((w) => nouns.has(w));
}


/** Offset in `text` where the digits or number words of `q` end (its unit may follow). */
export function numberEnd(q: Quantity, text: string, offset: number): number {
  const m = /^[^\s-]*\d[\d.,]*|^\p{L}+/u.exec(text.slice(q.span[0] - offset));
  return q.span[0] - offset + (m?.[0].length ?? 0);
}

/** "12-year-old", "22 year-old": the number is an age, not a count. */
export function isAgeOld(q: Quantity, c: Claim): boolean {
  return AGE_OLD().test(c.text.slice(numberEnd(q, c.text, c.span[0])));
}

/** Words of a title or role that may stand between an age and the name it is of ("33-year-old actress Tara Reid"). */
const MAX_ROLE_WORDS = 2;

/** The person whose age `q` is: "Reid, 33," (the name before) or "33-year-old Reid" (the name after). */
export function ageOf(q: Quantity, text: string, offset: number, mentions: readonly Mention[]): string | null {
  if (!Number.isInteger(q.value) || q.value <= 0 || q.value >= 120 || q.value !== q.upper) return null;
  const at = q.span[0] - offset;
  const end = q.span[1] - offset;
  const named = (m: Mention): boolean => m.type === "person" || /^\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{L}'-]+)*$/u.test(m.canonical);
  if (q.unit === null && AGE_END.test(text.slice(end, end + 3))) {
    const before = mentions.filter((m) => named(m) && m.span[1] <= q.span[0] && AFTER_NAME().test(text.slice(m.span[1] - offset, at))).sort((a, b) => b.span[1] - a.span[1])[0];
    if (before) return before.canonical;
  }
  const old = AGE_OLD().exec(text.slice(numberEnd(q, text, offset)));
  if (!old) return null;
  const from = numberEnd(q, text, offset) + offset + old[0].length;
  // "16-year-old Jermayne Timmons": the name right after, with at most a title or role between.
  const gap = (m: Mention): string => text.slice(from - offset, m.span[0] - offset);
  const after = mentions.filter((m) => named(m) && m.span[0] >= from && m.span[0] - from <= 24 && !/[,.;]/.test(gap(m)) && gap(m).trim().split(/\s+/).filter(Boolean).length <= MAX_ROLE_WORDS).sort((a, b) => a.span[0] - b.span[0])[0];
  if (after) return after.canonical;
  // "Bensu Elianita, a 22-year-old resident": the name the phrase is set beside.
  const before = mentions.filter((m) => named(m) && m.span[1] <= q.span[0] && /^\s*,\s*(?:an?|the)\s+$/i.test(text.slice(m.span[1] - offset, at))).sort((a, b) => b.span[1] - a.span[1])[0];
  return before?.canonical ?? null;
}
