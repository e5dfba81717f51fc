/**
 * @module The alias index: every folded surface form of every pack entity (names, aliases,
 * native forms, NATO names, demonyms, capitals, unambiguous surnames), ministry phrases, and
 * the title words that may precede a person's name.
 */
import { foldName } from "./fold.ts";
import type { MinistryKind, PackEntity } from "./schema.ts";
import { lettersOf } from "./tokens.ts";

export type CaseRule = "any" | "capital" | "exact";
export type AliasForm = "name" | "native" | "nato" | "demonym" | "capital" | "surname";

export interface IndexEntry {
  readonly entityId: string;
  readonly via: "alias" | "native" | "adjective";
  readonly form: AliasForm;
  readonly caseRule: CaseRule;
  /** The alias as written in the pack. */
  readonly alias: string;
}

export interface MinistryPhrase {
  readonly kind: string;
  /** ISO2 (lower case) when the phrase names one country's ministry ("State Department"). */
  readonly country: string | null;
}

/** Index entries by folded key: a Map when built, a table decoded key by key when read from the cache. */
export interface EntryTable {
  get(key: string): readonly IndexEntry[] | undefined;
  has(key: string): boolean;
  /** Every key, in the order the index added them. */
  keys(): Iterable<string>;
}

export interface AliasIndex {
  readonly byKey: EntryTable;
  readonly ministries: ReadonlyMap<string, MinistryPhrase>;
  /** Folded titles ("president", "primeminister", "pm") → the title as written. */
  readonly titles: ReadonlyMap<string, string>;
  /** Longest alias in word tokens, bounding the matcher's look-ahead. */
  readonly maxTokens: number;
  /** Every alias and ministry key once, in code-unit order. */
  readonly sortedKeys: readonly string[];
  /** Does any alias or ministry key strictly extend `key`? (Stops the matcher's look-ahead.) */
  extendable(key: string): boolean;
}

/**
 * A test "does a key strictly extend `key`?", answered from every key sorted by code unit: the keys
 * that start with `key` follow it in that order, so the first key after `key` decides.
 */
export function keyExtender(sortedKeys: readonly string[]): (key: string) => boolean {
  return (key) => {
    let lo = 0;
    let hi = sortedKeys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sortedKeys[mid]! <= key) lo = mid + 1;
      else hi = mid;
    }
    return lo < sortedKeys.length && sortedKeys[lo]!.startsWith(key);
  };
}

/** Every alias and ministry key once, sorted by code unit (what keyExtender reads). */
function sortedKeysOf(byKey: EntryTable, ministries: ReadonlyMap<string, unknown>): string[] {
  return [...new Set([...byKey.keys(), ...ministries.keys()])].sort();
}

const FORM_RANK: Readonly<Record<AliasForm, number>> = {
  name: 0, native: 0, nato: 1, demonym: 1, capital: 2, surname: 3,
};

/** How strictly the letter case of a surface must follow the alias. */
export function caseRuleOf(alias: string): CaseRule {
  if (/\p{N}/u.test(alias)) return "any";
  const letters = lettersOf(alias);
  if (!/\s/.test(alias.trim()) && letters.length <= 5) return "exact";
  return /^\p{Lu}/u.test(alias) ? "capital" : "any";
}

/** Letter-case patterns, compiled once (matching tests them per candidate). */
const HAS_UPPER = /\p{Lu}/u;
const HAS_LETTER = /\p{L}/u;
const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
const CAPITALIZED = /^\p{Lu}\p{Ll}*$/u;

/** Does `surface` satisfy the case rule of `alias`? */
export function caseMatches(surface: string, entry: Pick<IndexEntry, "caseRule" | "alias">): boolean {
  // A designation written with capitals ("A-10", "S-400") is not its lower-case look-alike ("a 10,000 metres runner").
  // Nor is the article "a" before a number ("A 10,000 metres runner").
  if (entry.caseRule === "any") return !(HAS_UPPER.test(entry.alias) && HAS_LETTER.test(surface) && !HAS_UPPER.test(surface)) && !/^[aAiI]\s+\d/.test(surface);
  const s = lettersOf(surface);
  if (entry.caseRule === "capital") return !LOWER_START.test(s);
  const a = lettersOf(entry.alias);
  if (s === a || s === a.toUpperCase()) return true;
  // Title-case surface of an all-caps or mixed alias ("Modi" for "MODI") is not accepted; a
  // capitalised surface of a capitalised alias with different inner case is ("Su" / "SU").
  return UPPER_START.test(a) && UPPER_START.test(s) && s.toLowerCase() === a.toLowerCase() && CAPITALIZED.test(a);
}

function tokenCount(s: string): number {
  return s.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length;
}

/** Aliases of an entity by form, excluding surnames (which need the whole entity set). */
export function surfaceForms(e: PackEntity): { alias: string; via: IndexEntry["via"]; form: AliasForm }[] {
  const out: { alias: string; via: IndexEntry["via"]; form: AliasForm }[] = [];
  out.push({ alias: e.name, via: "alias", form: "name" });
  for (const a of e.aliases) out.push({ alias: a, via: "alias", form: "name" });
  for (const a of e.native ?? []) out.push({ alias: a, via: "native", form: "native" });
  if (e.nato) out.push({ alias: e.nato, via: "alias", form: "nato" });
  for (const a of [...(e.demonyms ?? []), ...(e.adjectives ?? [])]) out.push({ alias: a, via: "adjective", form: "demonym" });
  for (const a of [...(e.capital ? [e.capital] : []), ...(e.capitalMetonyms ?? [])]) out.push({ alias: a, via: "alias", form: "capital" });
  return out;
}

/** The family name of a person's name ("Vladimir Putin" → "Putin"); null for one-word names. */
export function surnameOf(name: string): string | null {
  const parts = name.split(/\s+/).filter((p) => /\p{L}/u.test(p));
  if (parts.length < 2) return null;
  const last = parts[parts.length - 1]!;
  return lettersOf(last).length >= 3 ? last : null;
}

export function buildAliasIndex(
  entities: Iterable<PackEntity>,
  ministries: readonly MinistryKind[],
  titles: readonly string[],
): AliasIndex {
  const byKey = new Map<string, IndexEntry[]>();
  let maxTokens = 1;
  const add = (alias: string, entityId: string, via: IndexEntry["via"], form: AliasForm): void => {
    const key = foldName(alias);
    if (!key) return;
    const list = byKey.get(key) ?? [];
    if (list.some((x) => x.entityId === entityId && FORM_RANK[x.form] <= FORM_RANK[form])) return;
    list.push({ entityId, via, form, caseRule: caseRuleOf(alias), alias });
    byKey.set(key, list);
    maxTokens = Math.max(maxTokens, tokenCount(alias));
  };
  const people: PackEntity[] = [];
  for (const e of entities) {
    for (const f of surfaceForms(e)) add(f.alias, e.id, f.via, f.form);
    if (e.type === "person") people.push(e);
  }
  for (const p of people) {
    if (p.surname === null) continue;
    const surnames = p.surname ? [p.surname] : [p.name, ...p.aliases].map(surnameOf);
    for (const sur of surnames) if (sur) add(sur, p.id, "alias", "surname");
  }
  for (const list of byKey.values()) list.sort((a, b) => FORM_RANK[a.form] - FORM_RANK[b.form]);

  const ministryMap = new Map<string, MinistryPhrase>();
  for (const m of ministries) {
    for (const n of m.names) {
      ministryMap.set(foldName(n), { kind: m.key, country: null });
      maxTokens = Math.max(maxTokens, tokenCount(n));
    }
    for (const [iso, names] of Object.entries(m.countryNames ?? {})) {
      for (const n of names) ministryMap.set(foldName(n), { kind: m.key, country: iso });
    }
  }
  const titleMap = new Map<string, string>();
  for (const t of titles) titleMap.set(foldName(t), t);
  const sortedKeys = sortedKeysOf(byKey, ministryMap);
  return { byKey, ministries: ministryMap, titles: titleMap, maxTokens: Math.min(maxTokens, 10), sortedKeys, extendable: keyExtender(sortedKeys) };
}

/** The entries of `key` of the best form rank that pass the case check, best first. */
export function bestEntries(index: AliasIndex, key: string, surface: string): readonly IndexEntry[] {
  const list = index.byKey.get(key);
  if (!list) return [];
  const ok = list.filter((e) => caseMatches(surface, e));
  const first = ok[0];
  if (!first) return [];
  return ok.filter((e) => FORM_RANK[e.form] === FORM_RANK[first.form]);
}
