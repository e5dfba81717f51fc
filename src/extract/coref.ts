/**
 * @module Short forms of names: "Reid" after "Tara Reid", "Promises" after "Promises Treatment
 * Center", "Ketsoyan" after "Jack Ketsoyan" name one entity, so claims that use either form share
 * a subject. A short form resolves only when exactly one longer name of the same document (or, at
 * story level, of the story) contains it as its last word (people) or its leading words (any name),
 * or whose initials it spells ("AMD": "Advanced Micro Devices"); with two candidates ("Clinton":
 * Bill or Hillary) it stays as written; a place is never read as something named after it. In an article the longer name must come first (a name is
 * introduced, then shortened): "AMD" used before "AMD Opteron" is the company, not the product.
 * Each resolution is reported to `onResolve` with the rule that made it.
 */
import type { Rule } from "../rules.ts";
import type { Mention } from "../types.ts";
import { lexKey, loadNameLexicon } from "./names/lexicon.ts";

export const COREF_RULES = {
  document: { id: "coref.short-form", doc: "A name that is the surname or the leading words of exactly one longer name in its article names the same entity" },
  story: { id: "coref.story-short-form", doc: "A name that is the surname or the leading words of exactly one longer name in the story names the same entity; a place's name does so only for a club of that place ('Detroit' for the Detroit Pistons)" },
} as const satisfies Record<string, Rule>;

const words = (name: string): string[] => name.split(/\s+/).filter(Boolean);

/** Whether `short` is a short form of `long`: fewer words, and its last word or its leading words. */
export function isShortForm(short: string, long: string, personal: boolean): boolean {
  const s = words(short);
  const l = words(long);
  if (s.length === 0 || s.length >= l.length) return false;
  if (s.join(" ").length < 3) return false;
  const lead = l.slice(0, s.length).join(" ") === s.join(" ");
  const surname = personal && s.length === 1 && l[l.length - 1] === s[0];
  return lead || surname || isAcronymOf(short, long);
}

/** "AMD" of "Advanced Micro Devices", "NYPD" of "New York Police Department": the capitals of an all-capital word spell the long name's initials. */
export function isAcronymOf(short: string, long: string): boolean {
  if (!/^\p{Lu}{2,6}$/u.test(short)) return false;
  const initials = words(long)
    .filter((w) => /^\p{Lu}/u.test(w) && !CORPORATE.test(w))
    .map((w) => w[0])
    .join("");
  return initials === short;
}

/**
 * The longer name each short form stands for, among `names` (canonical name → is a person). Names
 * known to a pack are never rewritten; only the chunk names listed can be short forms.
 */
export interface NameInfo {
  readonly person: boolean;
  readonly chunk: boolean;
  /** Where the name is first used (in an article), or 0. */
  readonly first?: number;
  /** Its entity type: a place's name is never read as the longer name of something else. */
  readonly type?: Mention["type"];
}

/** Longer names that have `key` as their leading words, their surname, or their initials (indexes, so the map is built in linear time). */
interface Index {
  readonly lead: Map<string, string[]>;
  readonly surname: Map<string, string[]>;
  readonly initials: Map<string, string[]>;
}

const CORPORATE = /^(?:Inc|Corp|Co|Ltd|LLC|PLC|AG|SA)\.?$/;

function indexNames(names: ReadonlyMap<string, NameInfo>): Index {
  const idx: Index = { lead: new Map(), surname: new Map(), initials: new Map() };
  const push = (m: Map<string, string[]>, k: string, v: string): void => {
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
  };
  for (const [n, info] of names) {
    const w = words(n);
    if (w.length < 2) continue;
    for (let k = 1; k < w.length; k++) push(idx.lead, w.slice(0, k).join(" "), n);
    if (info.person) push(idx.surname, w[w.length - 1] ?? "", n);
    const initials = w.filter((x) => /^\p{Lu}/u.test(x) && !CORPORATE.test(x)).map((x) => x[0]).join("");
    if (initials.length >= 2) push(idx.initials, initials, n);
  }
  return idx;
}

export function shortFormMap(names: ReadonlyMap<string, NameInfo>, common?: ReadonlySet<string>): Map<string, string> {
  const idx = indexNames(names);
  const out = new Map<string, string>();
  for (const [short, info] of names) {
    if (!info.chunk) continue;
    const key = words(short).join(" ");
    // The indexes only block; isShortForm decides.
    const candidates = new Set([...(idx.lead.get(key) ?? []), ...(idx.surname.get(key) ?? []), ...(idx.initials.get(short) ?? [])]);
    for (const long of candidates) {
      const other = names.get(long);
      // A place's name starts many names of other things ("Varnholm Port Authority"): a place stays a place.
      // Unless the words after it are a club's nickname the text never writes as common words ("Detroit Pistons", not "Detroit Police Department").
      const placeOnly = info.type === "place" && other?.type !== undefined && other.type !== "place" && !(other.type === "organization" && clubOf(short, long, common));
      if (placeOnly || !isShortForm(short, long, other?.person ?? false)) candidates.delete(long);
    }
    const long = candidates.size === 1 ? [...candidates][0] : undefined;
    // Introduced, then shortened: the long name's first mention comes before the short one's.
    if (long && (names.get(long)?.first ?? 0) <= (info.first ?? 0)) out.set(short, long);
  }
  return out;
}

/** Whether `long` is a place's name followed by a sports club's nickname (the names lexicon) that the text (`common`: its lower-case words) never writes in lower case. */
function clubOf(place: string, long: string, common: ReadonlySet<string> | undefined): boolean {
  if (!common) return false;
  const rest = words(long).slice(words(place).length);
  return long.startsWith(`${place} `) && rest.length > 0 && loadNameLexicon().clubNicknames.has(lexKey(rest.join(" "))) && !common.has(rest.join(" ").toLowerCase());
}

/** A document's mentions with short forms resolved to the one longer name of the document they abbreviate. */
export function resolveShortForms(mentions: readonly Mention[], onResolve?: (rule: Rule, m: Mention, long: string) => void): Mention[] {
  const names = new Map<string, NameInfo>();
  const type = new Map<string, Mention["type"]>();
  for (const m of mentions) {
    if (m.type === "other" && m.source === "chunk") continue;
    const prev = names.get(m.canonical);
    names.set(m.canonical, { person: (prev?.person ?? false) || m.type === "person", chunk: (prev?.chunk ?? true) && m.source === "chunk", first: prev?.first ?? m.span[0], type: prev?.type ?? m.type });
    type.set(m.canonical, m.type);
  }
  const map = shortFormMap(names);
  return mentions.map((m) => {
    const long = m.source === "chunk" ? map.get(m.canonical) : undefined;
    if (!long) return m;
    onResolve?.(COREF_RULES.document, m, long);
    const t = type.get(long);
    return { ...m, canonical: long, type: m.type === "other" && t ? t : m.type };
  });
}

/**
 * Claims' subjects with short forms resolved across the story: an article that only ever writes
 * "Bryant" names the "Kobe Bryant" another article introduces, when the story has one such longer
 * name. Order across articles says nothing, so any longer name of the story qualifies.
 */
export function storyShortForms(mentions: readonly Mention[], common?: ReadonlySet<string>): Map<string, string> {
  const names = new Map<string, NameInfo>();
  for (const m of mentions) {
    if (m.type === "other" && m.source === "chunk") continue;
    const prev = names.get(m.canonical);
    names.set(m.canonical, { person: (prev?.person ?? false) || m.type === "person", chunk: (prev?.chunk ?? true) && m.source === "chunk", first: 0, type: prev?.type ?? m.type });
  }
  return shortFormMap(names, common);
}
