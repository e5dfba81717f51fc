/**
 * @module Surnames the story resolves: a person one article names in full ("Will Artino") is often
 * only a surname in another ("Artino was able to find success"), and the name finder of that
 * article may not see the bare surname as a name at all. A capitalized word that is the surname of
 * exactly one person the story names in full, that no name of its sentence covers, and that the
 * story never writes as a common word, is read as that person (rule coref.story-surname): whose a
 * figure is, and who a sentence is about, then hold across articles.
 */
import type { TraceEntry } from "../report/types.ts";
import type { Rule } from "../rules.ts";
import { COREF_RULES } from "../extract/coref.ts";
import type { Claim, Mention } from "../types.ts";
import { foldName } from "../knowledge/fold.ts";
import { loadNameLexicon, type NameLexicon } from "../extract/names/lexicon.ts";

export const STORY_SURNAME_RULE: Rule = {
  id: "coref.story-surname",
  doc: "A capitalized word that no name of its sentence covers, that is the surname of exactly one person the story names in full and that the story never writes as a common word, names that person ('Artino was able to find success' where other articles name Will Artino).",
};

export const STORY_SPEAKER_RULE: Rule = {
  id: "coref.story-speaker",
  doc: "A speaker named by forms of address or titles and a surname ('Chief Steele said', 'Mr Steele said') is the one person of the story with that surname: what they said groups with what the story quotes of that person",
};

/** Are these words (before a surname) forms of address and titles only ("Mr", "Fire Chief")? */
function onlyTitles(words: readonly string[], lex: NameLexicon): boolean {
  return words.every((w) => {
    const k = w.toLowerCase().replace(/\.$/, "");
    return lex.honorifics.has(k) || lex.roles.has(k) || lex.titleModifiers.has(k);
  });
}

/**
 * Who a named speaker is across the story: a source made of forms of address or titles and a
 * surname of `surnames` is that person (folded); any other source is its folded self. Each source
 * so read is traced once.
 */
export function storySpeakers(surnames: ReadonlyMap<string, Mention>, trace: TraceEntry[], lex: NameLexicon = loadNameLexicon()): (c: Claim) => string {
  const memo = new Map<string, string>();
  return (c) => {
    const source = c.attribution?.source ?? "";
    let key = memo.get(source);
    if (key !== undefined) return key;
    const words = source.trim().split(/\s+/);
    const person = words.length > 1 ? surnames.get(words[words.length - 1] ?? "") : undefined;
    const read = person && onlyTitles(words.slice(0, -1), lex) ? person : null;
    key = foldName(read ? read.canonical : source);
    if (read && c.attribution)
      trace.push({ rule: STORY_SPEAKER_RULE.id, doc: STORY_SPEAKER_RULE.doc, action: "merged", articleId: c.articleId, span: [c.attribution.span[0], c.attribution.span[1]], quote: source, context: c.text, message: `the speaker "${source}" read as ${read.canonical}, the one person of the story with that surname` });
    memo.set(source, key);
    return key;
  };
}

/** A capitalized word: "Artino", "McDermott", "Horton-Smith". */
const CAPITALIZED = /(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}-]*\p{Ll}(?![\p{L}\p{N}-])/gu;

/** The words a story's claims write in lower case (a capitalized name the story also writes so may be a common word). */
export function lowerCaseWords(claims: readonly Claim[]): Set<string> {
  const out = new Set<string>();
  for (const c of claims) for (const w of c.text.match(/(?<![\p{L}])\p{Ll}+/gu) ?? []) out.add(w);
  return out;
}

/** The person a story's surnames stand for: surname → the one full name (with its pack id) that ends with it. */
export function storySurnames(claims: readonly Claim[], lower: ReadonlySet<string> = lowerCaseWords(claims), lex: NameLexicon = loadNameLexicon()): ReadonlyMap<string, Mention> {
  const full = new Map<string, Map<string, Mention>>();
  // How often each name is read as a person, and how often as something else.
  const asPerson = new Map<string, number>();
  const asOther = new Map<string, number>();
  for (const c of claims) {
    for (const m of c.mentions) {
      const tally = m.type === "person" ? asPerson : asOther;
      tally.set(m.canonical, (tally.get(m.canonical) ?? 0) + 1);
      const words = m.canonical.split(/\s+/);
      const last = words[words.length - 1];
      // "Chief Steele" is no full name: titles and a surname.
      if (m.type !== "person" || words.length < 2 || !last || last.length < 3 || onlyTitles(words.slice(0, -1), lex)) continue;
      const names = full.get(last) ?? new Map<string, Mention>();
      if (!names.has(m.canonical)) names.set(m.canonical, m);
      full.set(last, names);
    }
  }
  const out = new Map<string, Mention>();
  for (const [surname, names] of full) {
    const only = onePerson(names);
    // A full name read as a person less often than its last word is read as something else
    // ("Creighton Bluejays" once a person, "Bluejays" a team throughout) is no person's name.
    if (!only || lower.has(surname.toLowerCase()) || (asPerson.get(only.canonical) ?? 0) < (asOther.get(surname) ?? 0)) continue;
    out.set(surname, only);
  }
  return out;
}

/**
 * The one person several full names with one surname name: the shortest, when every other ends
 * with it ("Fire Department Chief James Steele", a title the name finder took into the name, is
 * James Steele); none when they name different people ("Sarah Palin", "Todd Palin").
 */
function onePerson(names: ReadonlyMap<string, Mention>): Mention | undefined {
  const list = [...names.values()].sort((a, b) => a.canonical.length - b.canonical.length);
  const shortest = list[0];
  if (!shortest) return undefined;
  return list.every((m) => m === shortest || m.canonical.endsWith(` ${shortest.canonical}`)) ? shortest : undefined;
}

/**
 * The claim with each bare surname of `surnames` read as its person: a capitalized word outside
 * its names becomes a person mention, and a one-word name the name finder typed otherwise (no pack
 * entity: "Echenique" read as an organization) becomes the person. Each surname so read is traced once.
 */
export function withStorySurnames(c: Claim, surnames: ReadonlyMap<string, Mention>, trace: TraceEntry[]): Claim {
  if (surnames.size === 0) return c;
  let changed = false;
  const read = (word: string, span: readonly [number, number]): Mention | null => {
    const person = surnames.get(word);
    if (!person) return null;
    changed = true;
    if (!trace.some((t) => t.rule === STORY_SURNAME_RULE.id && t.quote === word))
      trace.push({ rule: STORY_SURNAME_RULE.id, doc: STORY_SURNAME_RULE.doc, action: "reclassified", articleId: c.articleId, span: [span[0], span[1]], quote: word, context: c.text, message: `"${word}" read as ${person.canonical}, the one person of the story with that surname` });
    return { kind: "mention", span: [span[0], span[1]], sentence: c.sentence, text: word, entityId: person.entityId, canonical: person.canonical, type: "person", source: "chunk", role: null };
  };
  const mentions = c.mentions.map((m) => (m.type !== "person" && m.entityId === null && m.source === "chunk" && m.canonical === m.text ? (read(m.text, m.span) ?? m) : m));
  for (const m of c.text.matchAll(CAPITALIZED)) {
    const span = [c.span[0] + m.index, c.span[0] + m.index + m[0].length] as const;
    if (mentions.some((x) => x.span[0] < span[1] && span[0] < x.span[1])) continue;
    const person = read(m[0], span);
    if (person) mentions.push(person);
  }
  if (!changed) return c;
  const subjects = c.subjects.map((s) => (mentions.some((m) => m.text === s && m.canonical !== s && m.type === "person") ? (surnames.get(s)?.canonical ?? s) : s));
  return { ...c, mentions: mentions.sort((a, b) => a.span[0] - b.span[0]), subjects: [...new Set(subjects)] };
}

/**
 * A claim whose subjects and mentions name the story's longer names for their short forms
 * (coref.story-short-form); each short form read so is traced once, where it is first rewritten.
 */
export function withStoryShortForms(c: Claim, shortForms: ReadonlyMap<string, string>, trace: TraceEntry[]): Claim {
  if (!c.subjects.some((s) => shortForms.has(s)) && !c.mentions.some((m) => shortForms.has(m.canonical))) return c;
  for (const s of new Set([...c.subjects, ...c.mentions.map((m) => m.canonical)])) {
    const long = shortForms.get(s);
    if (!long || trace.some((t) => t.quote === s)) continue;
    const m = c.mentions.find((x) => x.canonical === s);
    const rule = COREF_RULES.story;
    trace.push({ rule: rule.id, doc: rule.doc, action: "reclassified", articleId: c.articleId, span: m ? [m.span[0], m.span[1]] : [c.span[0], c.span[1]], quote: s, context: c.text, message: `"${s}" read as ${long} across the story: ${rule.doc}` });
  }
  // The mentions too: relations between names (figure.names) and owners read them.
  const mentions = c.mentions.map((m) => {
    const long = shortForms.get(m.canonical);
    return long ? { ...m, canonical: long } : m;
  });
  return { ...c, subjects: [...new Set(c.subjects.map((s) => shortForms.get(s) ?? s))], mentions };
}
