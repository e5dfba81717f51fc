/**
 * @module Designations ("Su-57", "S-400", "F/A-18", "Type 055"): parsing into prefix, number
 * and suffix, an index of every designation the packs know, and the near misses of an
 * unknown one (truncated or dropped digits, swapped digits, one edit, Cyrillic re-reading).
 */
import { editDistance } from "./fold.ts";
import type { PackEntity } from "./schema.ts";
import { cyrillicReadings } from "./script.ts";

export interface Designation {
  /** Prefix letters, lower case, separators removed ("su", "fa", "type"). */
  readonly prefix: string;
  /** Digits as written ("57", "055"). */
  readonly number: string;
  /** Trailing letters, lower case ("mki", "e", ""). */
  readonly suffix: string;
}

export interface KnownDesignation extends Designation {
  readonly entityId: string;
  /** The designation as the pack writes it ("Su-57"). */
  readonly text: string;
}

export type NearMissMethod = "transliteration" | "truncation" | "digit-drop" | "digit-swap" | "edit";

export interface NearMiss {
  readonly known: KnownDesignation;
  readonly method: NearMissMethod;
  /** Human phrase for the difference ("a dropped final digit"). */
  readonly difference: string;
  /** Base plausibility of this kind of slip, 0..1. */
  readonly base: number;
}

const DESIGNATION = /^(\p{L}[\p{L}/]{0,5}?)[-‐‑–\s]?(\d{1,4})(\p{L}{0,4})$/u;

/** Parse a single designation token ("Su-30MKI"); null when it is not one. */
export function parseDesignation(s: string): Designation | null {
  const m = DESIGNATION.exec(s.trim());
  if (!m) return null;
  const prefix = m[1]!.toLowerCase().replace(/[^\p{L}]/gu, "");
  if (!prefix || prefix.length > 5) return null;
  return { prefix, number: m[2]!, suffix: m[3]!.toLowerCase() };
}

/** The leading designation of a pack name or alias ("S-400 Triumf" → S-400), if any. */
function leadingDesignation(alias: string): { text: string; d: Designation } | null {
  const head = /^(\p{L}[\p{L}/]{0,5}?[-‐‑–\s]?\d{1,4}\p{L}{0,4})(?=$|\s)/u.exec(alias.trim());
  if (!head) return null;
  const d = parseDesignation(head[1]!);
  return d ? { text: head[1]!, d } : null;
}

export interface DesignationIndex {
  readonly byPrefix: ReadonlyMap<string, readonly KnownDesignation[]>;
  /** Is prefix+number (any suffix) a known designation? */
  knows(prefix: string, number: string): boolean;
  /**
   * The known designations whose prefix+number may be one edit from `folded` (a superset of
   * those within one edit), in the order of `byPrefix`: looked up by one-deletion keys, so a
   * token costs a few map look-ups, not a pass over every designation the packs know.
   */
  editCandidates(folded: string): readonly KnownDesignation[];
}

/** `s` and every string one UTF-16 unit shorter (two strings within one edit, transpositions included, share one). */
function deletionKeys(s: string): Set<string> {
  const keys = new Set([s]);
  for (let i = 0; i < s.length; i++) keys.add(s.slice(0, i) + s.slice(i + 1));
  return keys;
}

export function buildDesignationIndex(entities: Iterable<PackEntity>): DesignationIndex {
  const byPrefix = new Map<string, KnownDesignation[]>();
  const seen = new Set<string>();
  for (const e of entities) {
    if (e.type !== "weapon") continue;
    for (const alias of [e.name, ...e.aliases]) {
      const ld = leadingDesignation(alias);
      if (!ld) continue;
      const key = `${e.id}|${ld.d.prefix}|${ld.d.number}|${ld.d.suffix}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const list = byPrefix.get(ld.d.prefix) ?? [];
      list.push({ ...ld.d, entityId: e.id, text: ld.text });
      byPrefix.set(ld.d.prefix, list);
    }
  }
  const pn = new Set<string>();
  const order = new Map<KnownDesignation, number>();
  const byDeletion = new Map<string, KnownDesignation[]>();
  for (const list of byPrefix.values()) {
    for (const k of list) {
      pn.add(`${k.prefix}|${k.number}`);
      order.set(k, order.size);
      for (const key of deletionKeys(k.prefix + k.number)) {
        const at = byDeletion.get(key);
        if (at) at.push(k);
        else byDeletion.set(key, [k]);
      }
    }
  }
  const editCandidates = (folded: string): KnownDesignation[] => {
    const found = new Set<KnownDesignation>();
    for (const key of deletionKeys(folded)) for (const k of byDeletion.get(key) ?? []) found.add(k);
    return [...found].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  };
  return { byPrefix, knows: (p, n) => pn.has(`${p}|${n}`), editCandidates };
}

function numberSlip(token: string, known: string): Omit<NearMiss, "known"> | null {
  if (known.length > token.length && known.startsWith(token)) {
    const k = known.length - token.length;
    return {
      method: "truncation",
      difference: k === 1 ? "a dropped final digit" : `${k} dropped final digits`,
      base: 0.45,
    };
  }
  if (known.length === token.length + 1) {
    for (let i = 0; i < known.length - 1; i++) {
      if (known.slice(0, i) + known.slice(i + 1) === token) {
        return { method: "digit-drop", difference: `a dropped digit "${known[i]}"`, base: i === 0 ? 0.25 : 0.35 };
      }
    }
  }
  if (known.length === token.length) {
    for (let i = 0; i < token.length - 1; i++) {
      const swapped = token.slice(0, i) + token[i + 1] + token[i] + token.slice(i + 2);
      if (swapped === known && token[i] !== token[i + 1]) {
        return { method: "digit-swap", difference: `two swapped digits ("${token[i]}${token[i + 1]}" for "${known[i]}${known[i + 1]}")`, base: 0.4 };
      }
    }
  }
  return null;
}

/** Near misses of an unknown designation among the known ones. */
export function nearMisses(token: string, index: DesignationIndex): NearMiss[] {
  const d = parseDesignation(token);
  if (!d || index.knows(d.prefix, d.number)) return [];
  const out: NearMiss[] = [];
  for (const k of index.byPrefix.get(d.prefix) ?? []) {
    const slip = numberSlip(d.number, k.number);
    if (slip) out.push({ known: k, ...slip });
  }
  // Latin letters that look like Cyrillic ones, read as Cyrillic and transliterated ("C" → "S").
  const prefixText = /^\p{L}[\p{L}/]*/u.exec(token.trim())?.[0] ?? "";
  for (const r of cyrillicReadings(prefixText)) {
    const p = r.latin.toLowerCase().replace(/[^\p{L}]/gu, "");
    for (const k of index.byPrefix.get(p) ?? []) {
      if (k.number !== d.number) continue;
      const letters = r.changes.map((c) => `"${c.from}" as Cyrillic "${c.cyr}" (= "${c.to}")`).join(", ");
      out.push({ known: k, method: "transliteration", difference: `reading ${letters}`, base: 0.45 });
    }
  }
  // One edit of prefix letters or digits (needs story evidence; see garble.ts).
  const folded = d.prefix + d.number;
  for (const k of index.editCandidates(folded)) {
    if (Math.abs(k.prefix.length - d.prefix.length) > 1) continue;
    if (out.some((o) => o.known.entityId === k.entityId)) continue;
    if (editDistance(folded, k.prefix + k.number, 1) === 1 && (k.number.length >= 2 || d.number.length >= 2)) {
      out.push({ known: k, method: "edit", difference: "one changed character", base: 0.3 });
    }
  }
  return out;
}
