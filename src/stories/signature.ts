/**
 * @module Event signatures beyond words: who an article's event is about (its main participants:
 * the most salient names), where it happened (names the text puts after a place word: "in
 * Mannheim", "near Palmer") and when (its event day, event-date.ts). A name's salience is its
 * mentions, a title mention counting three times (when the body confirms the name) and a lead
 * mention three times; a short form ("Williams") counts for the full name the same article gives
 * ("Jamal Williams"); calendar words ("Sunday", "Dec") are no name, nor is a one-word name only
 * ever seen opening a sentence ("Dozens"). The words read (place words,
 * calendar words) come from the English signature pack (packs/lang/en/signature.json).
 *
 * Two groups of articles whose words are alike tell of the same kind of event; they tell of two
 * events when their signatures differ: a name most of one group puts forward that the other group
 * hardly does, both ways (a DUI arrest of one player and of another of the same team; one boxer's
 * title fights against two opponents), or event days apart. `signatureConflict` measures that in
 * [0, 1]; the split test and the join (refine.ts, join.ts) discount the link of two groups by it.
 */
import { pushTo } from "../multimap.ts";
import { z } from "zod";
import { bundledPack, validatePack } from "../extract/pack-file.ts";
import { eachName, lowerWords } from "./features.ts";
import { STOP_WORDS } from "./stem.ts";
import type { StoryDoc } from "./types.ts";

export interface EventSignature {
  /** The most salient names that are not mostly places (people, organisations, titles of things), strongest first. */
  readonly participants: readonly string[];
  /** The most salient names the text gives as places, strongest first. */
  readonly places: readonly string[];
  /** The event's day (epoch milliseconds), or null. */
  readonly day: number | null;
}

/** Participants and places kept per article. */
const TOP_PARTICIPANTS = 5;
const TOP_PLACES = 3;
/** Characters of text read as the lead, to the end of the sentence they reach. */
const LEAD_CHARS = 400;
/** Characters of text read for names (the first several paragraphs: where an article names its event's actors). */
const READ_CHARS = 12_000;
const TITLE_WEIGHT = 3;
const LEAD_BONUS = 2;
/** Salience a name needs to be a main participant or place: more than one mention in the body. */
const MIN_SALIENCE = 2;

const schema = z.object({
  pack: z.literal("lang-en-signature"),
  version: z.literal(1),
  description: z.string(),
  placeBefore: z.array(z.string().min(1)).min(1),
  calendar: z.array(z.string().min(1)).min(1),
});

export interface SignatureLexicon {
  /** Lower-cased words after which a name is a place ("in", "near"). */
  readonly placeBefore: ReadonlySet<string>;
  /** Lower-cased calendar words, no participant or place ("sunday", "dec"). */
  readonly calendar: ReadonlySet<string>;
}

export function parseSignatureLexicon(data: unknown, file: string): SignatureLexicon {
  const parsed = validatePack(schema, data, file, "signature pack", `{pack: "lang-en-signature", version: 1, description, placeBefore: [...], calendar: [...]}`);
  return { placeBefore: new Set(parsed.placeBefore.map((w) => w.toLowerCase())), calendar: new Set(parsed.calendar.map((w) => w.toLowerCase())) };
}

/** The bundled signature pack (packs/lang/en/signature.json), read on first use. */
export const signatureLexicon = bundledPack(new URL("../../packs/lang/en/signature.json", import.meta.url), "English signature pack", parseSignatureLexicon);

/** The word right before offset `at` (skipping one article: "in the Bronx"), lower-cased, or "". */
function wordBefore(text: string, at: number): string {
  const m = /([\p{L}]+)[ \t]+(?:(?:the|a|an)[ \t]+)?$/u.exec(text.slice(Math.max(0, at - 24), at));
  return m ? (m[1] ?? "").toLowerCase() : "";
}

/** A short one-word name right before a dot inside a line ("Calif.", "Mr.", "Sgt."): an abbreviated title or state, no participant. */
function abbreviation(text: string, at: number, key: string): boolean {
  if (key.length > 5 || key.includes(" ")) return false;
  const end = at + key.length;
  return text[end] === "." && /^[a-z]/i.test(text.slice(at, end)) && text.slice(at, end) !== text.slice(at, end).toUpperCase();
}

/** An article's event signature; `day` is its event day (event-date.ts). Deterministic; one scan of the title and the first paragraphs. */
export function eventSignature(doc: Pick<StoryDoc, "title" | "text">, day: number | null, lexicon: SignatureLexicon = signatureLexicon()): EventSignature {
  const text = doc.text.length > READ_CHARS ? doc.text.slice(0, READ_CHARS) : doc.text;
  const title = doc.title ?? "";
  const lower = lowerWords(`${title}\n${text}`, Number.POSITIVE_INFINITY);
  const stop = text.length > LEAD_CHARS ? text.indexOf(". ", LEAD_CHARS) : -1;
  const leadEnd = stop > 0 ? stop : LEAD_CHARS * 2;
  const salience = new Map<string, number>();
  const placed = new Map<string, number>();
  const mentions = new Map<string, number>();
  /** The name without calendar words at its ends ("Hill Friday" → "hill"), or null when nothing is left. */
  const clean = (parts: readonly string[]): string | null => {
    let a = 0;
    let b = parts.length;
    while (a < b && lexicon.calendar.has(parts[a] as string)) a++;
    while (b > a && lexicon.calendar.has(parts[b - 1] as string)) b--;
    return a < b ? parts.slice(a, b).join(" ").replace(/['’]$/, "") : null;
  };
  /** One-word names seen inside a sentence: a capitalized word only ever seen opening one ("Dozens", "Early") is no name. */
  const inside = new Set<string>();
  eachName(text, lower, (_key, at, parts, initial) => {
    const key = clean(parts);
    if (key === null || abbreviation(text, at, key)) return;
    if (!initial) inside.add(key);
    salience.set(key, (salience.get(key) ?? 0) + 1 + (at < leadEnd ? LEAD_BONUS : 0));
    mentions.set(key, (mentions.get(key) ?? 0) + 1);
    if (lexicon.placeBefore.has(wordBefore(text, at))) placed.set(key, (placed.get(key) ?? 0) + 1);
  });
  // A title-case headline capitalizes everything: only its names the body confirms count.
  eachName(title, lower, (_key, _at, parts) => {
    const key = clean(parts);
    if (key !== null && salience.has(key)) salience.set(key, (salience.get(key) as number) + TITLE_WEIGHT);
  });
  // A one-word name counts for the longer name it ends, when the article gives exactly one ("Williams" → "jamal williams").
  const byLast = new Map<string, string[]>();
  for (const key of salience.keys()) {
    const space = key.lastIndexOf(" ");
    if (space > 0) {
      const last = key.slice(space + 1);
      pushTo(byLast, last, key);
    }
  }
  for (const [last, longer] of byLast) {
    const short = salience.get(last);
    if (short === undefined || longer.length !== 1) continue;
    const full = longer[0] as string;
    salience.set(full, (salience.get(full) as number) + short);
    mentions.set(full, (mentions.get(full) ?? 0) + (mentions.get(last) ?? 0));
    placed.set(full, (placed.get(full) ?? 0) + (placed.get(last) ?? 0));
    salience.delete(last);
  }
  const ranked = [...salience].filter(([k, s]) => s >= MIN_SALIENCE && (k.includes(" ") || inside.has(k))).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const isPlace = (key: string): boolean => (placed.get(key) ?? 0) * 2 >= (mentions.get(key) ?? 1);
  return {
    participants: ranked.filter(([k]) => !isPlace(k)).slice(0, TOP_PARTICIPANTS).map(([k]) => k),
    places: ranked.filter(([k]) => isPlace(k)).slice(0, TOP_PLACES).map(([k]) => k),
    day,
  };
}

/**
 * The signatures of a group of articles: for each word of a participant's or a place's name, the
 * articles (numbered within the group) that put forward a name with that word; and the group's
 * dated span. Names are compared by their words, so "Luann Johnson" and "Luann Marie Johnson of
 * Burnsville", or two spellings of one given name, are not two participants.
 */
export interface GroupSignature {
  /** Articles in the group. */
  readonly size: number;
  readonly participants: ReadonlyMap<string, readonly number[]>;
  readonly places: ReadonlyMap<string, readonly number[]>;
  /** The names themselves, each with its words. */
  readonly participantNames: ReadonlyMap<string, readonly string[]>;
  readonly placeNames: ReadonlyMap<string, readonly string[]>;
  readonly span: readonly [number, number] | null;
}

/** The words of a name that tell it apart: no particles ("of", "de"), no letters alone. */
function nameWords(name: string): string[] {
  return name.split(" ").filter((w) => w.length > 2 && !STOP_WORDS.has(w));
}

export function groupSignature(sigs: readonly EventSignature[]): GroupSignature {
  const participants = new Map<string, number[]>();
  const places = new Map<string, number[]>();
  const participantNames = new Map<string, string[]>();
  const placeNames = new Map<string, string[]>();
  let span: [number, number] | null = null;
  const index = (names: readonly string[], byWord: Map<string, number[]>, known: Map<string, string[]>, k: number): void => {
    for (const name of names) {
      let words = known.get(name);
      if (!words) {
        words = nameWords(name);
        known.set(name, words);
      }
      for (const w of words) {
        const list = byWord.get(w);
        if (!list) byWord.set(w, [k]);
        else if (list[list.length - 1] !== k) list.push(k);
      }
    }
  };
  sigs.forEach((s, k) => {
    index(s.participants, participants, participantNames, k);
    index(s.places, places, placeNames, k);
    if (s.day !== null) span = span ? [Math.min(span[0], s.day), Math.max(span[1], s.day)] : [s.day, s.day];
  });
  return { size: sigs.length, participants, places, participantNames, placeNames, span };
}

/** Two groups' signatures as one (two stories joining): the second group's articles are numbered after the first's. */
export function mergeGroupSignatures(a: GroupSignature, b: GroupSignature): GroupSignature {
  const words = (x: ReadonlyMap<string, readonly number[]>, y: ReadonlyMap<string, readonly number[]>): Map<string, number[]> => {
    const out = new Map<string, number[]>([...x].map(([w, ks]) => [w, [...ks]]));
    for (const [w, ks] of y) {
      const list = out.get(w) ?? [];
      for (const k of ks) list.push(k + a.size);
      out.set(w, list);
    }
    return out;
  };
  const names = (x: ReadonlyMap<string, readonly string[]>, y: ReadonlyMap<string, readonly string[]>): Map<string, readonly string[]> => new Map([...x, ...y]);
  const span: readonly [number, number] | null = a.span && b.span ? [Math.min(a.span[0], b.span[0]), Math.max(a.span[1], b.span[1])] : (a.span ?? b.span);
  return { size: a.size + b.size, participants: words(a.participants, b.participants), places: words(a.places, b.places), participantNames: names(a.participantNames, b.participantNames), placeNames: names(a.placeNames, b.placeNames), span };
}

/** The share of a group's articles that put forward a name sharing a word with `words`. */
function share(words: readonly string[], byWord: ReadonlyMap<string, readonly number[]>, size: number): number {
  if (size === 0) return 0;
  if (words.length === 1) return (byWord.get(words[0] as string)?.length ?? 0) / size;
  const seen = new Set<number>();
  for (const w of words) for (const k of byWord.get(w) ?? []) seen.add(k);
  return seen.size / size;
}

/**
 * How far apart one kind of name puts two groups: the largest share of one group's articles
 * putting a name forward beyond the other group's share, taken both ways, the smaller of the two
 * (a name new in the later of two events is often recalled in passing by the other's coverage,
 * so only a difference both ways counts).
 */
function shareGap(a: GroupSignature, b: GroupSignature, kind: "participants" | "places"): number {
  const namesOf = kind === "participants" ? (g: GroupSignature) => g.participantNames : (g: GroupSignature) => g.placeNames;
  const gap = (x: GroupSignature, y: GroupSignature): number => {
    let best = 0;
    for (const words of namesOf(x).values()) if (words.length > 0) best = Math.max(best, share(words, x[kind], x.size) - share(words, y[kind], y.size));
    return best;
  };
  return Math.min(gap(a, b), gap(b, a));
}

/**
 * How clearly two groups' signatures tell of two events, in [0, 1]: the larger of the gap in main
 * participants, the gap in places (see shareGap) and, when `timeScale` is positive, the time
 * between their dated spans (1 − exp(−gap / timeScale)).
 */
export function signatureConflict(a: GroupSignature, b: GroupSignature, timeScale = 0): number {
  let conflict = Math.max(shareGap(a, b, "participants"), shareGap(a, b, "places"));
  if (timeScale > 0 && a.span && b.span) {
    const gap = Math.max(0, Math.max(a.span[0], b.span[0]) - Math.min(a.span[1], b.span[1]));
    conflict = Math.max(conflict, 1 - Math.exp(-gap / timeScale));
  }
  return conflict;
}
