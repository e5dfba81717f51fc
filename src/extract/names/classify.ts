/**
 * @module Typing one candidate chunk as PER, ORG, LOC or MISC from the lexicon and its context:
 * gazetteers, organization suffixes and head nouns ("X of Y"), titles and given names, place
 * prepositions and "-based", acronyms, nationality adjectives, and sports results lines (teams
 * are organizations, national sides stay places, individual sports list people).
 */
import type { CasedToken } from "./casing.ts";
import { bare, type RawChunk } from "./chunks.ts";
import { lexKey, type NameLexicon } from "./lexicon.ts";
import { isVocabularyWord } from "./vocab.ts";
import { nameWords } from "../name-words.ts";
import { alternatives } from "../word-lists.ts";

export type NameType = "PER" | "ORG" | "LOC" | "MISC";
export type SportKind = "team" | "individual" | null;

export interface Typed {
  readonly type: NameType;
  readonly confidence: number;
}

/** What the classifier may look at around a chunk. */
export interface ChunkContext {
  readonly text: string;
  readonly toks: readonly CasedToken[];
  readonly lex: NameLexicon;
  /** The document is a sports report on a team or an individual sport. */
  readonly sport: SportKind;
  /** Sentences (by index) that are results or table lines: numbers and names, little prose. */
  readonly resultsLines: ReadonlySet<number>;
}

/** The names pack's words of what a name is, as sets and patterns (built once, on first use). */
function buildNameSets() {
  const w = nameWords();
  const whole = (words: readonly string[]): RegExp => new RegExp(`^(?:${alternatives(words, " ")})$`);
  return {
    locativeStrong: new Set(w.locativeStrong), locativeWeak: new Set(w.locativeWeak), orgDescriptors: new Set(w.orgDescriptors), orgFollowers: new Set(w.orgFollowers),
    cricketMarks: new Set(w.cricketMarks), teamNext: new Set(w.teamNext), teamPrev: new Set(w.teamPrev), storms: new Set(w.stormWords), compassLast: new Set(w.compassLast),
    thingFollower: whole(w.thingFollowers), placeHyphened: whole(w.placeHyphened), adjectiveEnding: new RegExp(`(?:${alternatives(w.adjectiveEndings, " ")})$`),
  };
}
let sets: ReturnType<typeof buildNameSets> | undefined;
const nameSets = (): ReturnType<typeof buildNameSets> => (sets ??= buildNameSets());
/** Words opening a named storm ("Typhoon Haiyan"). */
export const STORM_WORDS: Pick<ReadonlySet<string>, "has"> = { has: (word) => nameSets().storms.has(word) };

function isPlace(lex: NameLexicon, key: string): "country" | "city" | "region" | null {
  const k = key.replace(/\.$/, "");
  if (lex.countries.has(key) || lex.countries.has(k)) return "country";
  if (lex.cities.has(key)) return "city";
  if (lex.regions.has(key)) return "region";
  return null;
}

/** The chunk's words as written, with tight hyphens kept ("AL-AIN"). */
export function chunkText(ctx: ChunkContext, c: RawChunk): string {
  const first = ctx.toks[c.start];
  const last = ctx.toks[c.end - 1];
  if (!first || !last) return "";
  return ctx.text.slice(first.token.span[0], last.token.span[1]);
}

function prevWord(ctx: ChunkContext, c: RawChunk): CasedToken | undefined {
  const p = ctx.toks[c.start - 1];
  return p && p.sentence === ctx.toks[c.start]?.sentence ? p : undefined;
}

/** In a team-sports report: the chunk stands where a team does (results, "X beat Y", "Y at X"). */
function teamSlot(ctx: ChunkContext, c: RawChunk): boolean {
  const first = ctx.toks[c.start];
  const prev = ctx.toks[c.start - 1];
  const next = ctx.toks[c.end];
  if (!first) return false;
  const prevSame = prev && prev.sentence === first.sentence ? prev : undefined;
  const nextSame = next && next.sentence === first.sentence ? next : undefined;
  const p = prevSame?.token.norm ?? "";
  const n = nextSame?.token.norm ?? "";
  if (ctx.resultsLines.has(first.sentence) && n !== ":" && p !== "(" && p !== "in") return true;
  if (nameSets().teamNext.has(n)) return true;
  if (p === "at") return false;
  if (nameSets().teamPrev.has(p)) return true;
  if (p === "(" && n === ")") return ctx.toks[c.start - 2]?.nameLike === true;
  if (nameSets().locativeStrong.has(p) || nameSets().locativeWeak.has(p) || p === "(" || n === ":") return false;
  for (let j = c.start - 1; j >= Math.max(0, c.start - 5); j--) {
    const t = ctx.toks[j];
    if (!t || t.sentence !== first.sentence || t.token.text === ")") break;
    if (t.token.text === "(" && ctx.toks[j + 1]?.token.norm === "at") return false;
  }
  return true;
}

/** The text of the token glued to the chunk's end (no space between), or "". */
function tightNextText(ctx: ChunkContext, c: RawChunk): string {
  const last = ctx.toks[c.end - 1];
  const next = ctx.toks[c.end];
  if (!last || !next || ctx.text.slice(last.token.span[1], next.token.span[0]) !== "") return "";
  return next.token.text;
}

function classifyHyphenated(ctx: ChunkContext, word: string): Typed | null {
  const m = /^(.+?)-(\p{Ll}[\p{L}-]*)$/u.exec(word);
  if (!m?.[1]) return null;
  const key = lexKey(m[1]);
  if (ctx.lex.nationalities.has(key) || isPlace(ctx.lex, key)) return { type: "MISC", confidence: 0.8 };
  return null;
}

/** What the rules read of a chunk and the words around it. */
interface ChunkFeatures {
  readonly text: string;
  readonly key: string;
  readonly len: number;
  readonly first: CasedToken;
  readonly last: CasedToken;
  readonly prev: CasedToken | undefined;
  readonly prevNorm: string;
  readonly beforePrev: CasedToken | undefined;
  readonly next: CasedToken | undefined;
  readonly afterNext: CasedToken | undefined;
  readonly locStrong: boolean;
  readonly locWeak: boolean;
  readonly results: boolean;
  readonly team: boolean;
  readonly lastBare: string;
}

/** Type one chunk: by its written form, then the lexicons, then the cues of a person, then the words around it. */
export function classifyChunk(ctx: ChunkContext, c: RawChunk): Typed {
  const { toks } = ctx;
  const first = toks[c.start];
  const last = toks[c.end - 1];
  if (!first || !last) return { type: "MISC", confidence: 0 };
  const text = chunkText(ctx, c);
  const prev = prevWord(ctx, c);
  const prevNorm = prev ? bare(prev) : "";
  const f: ChunkFeatures = {
    text,
    key: lexKey(text),
    len: c.end - c.start,
    first,
    last,
    prev,
    prevNorm,
    beforePrev: toks[c.start - 2],
    next: toks[c.end],
    afterNext: toks[c.end + 1],
    locStrong: nameSets().locativeStrong.has(prevNorm),
    locWeak: nameSets().locativeWeak.has(prevNorm),
    results: ctx.resultsLines.has(first.sentence),
    team: ctx.sport === "team",
    lastBare: bare(last),
  };
  return byForm(ctx, f) ?? byLexicon(ctx, c, f) ?? byPersonCues(ctx, c, f) ?? byContext(ctx, c, f);
}

/** A dateline, a hyphened nationality, digits, a glued suffix, "the province of X", "Austin, TX". */
function byForm(ctx: ChunkContext, f: ChunkFeatures): Typed | null {
  const { lex } = ctx;
  const { text, key, len, first, last, prev, prevNorm, beforePrev, next, afterNext } = f;
  if (first.dateline) return { type: "LOC", confidence: 0.95 };
  if (len === 1) {
    const h = classifyHyphenated(ctx, first.token.text);
    if (h) return h;
  }
  const parts = text.split(/-/);
  if (parts.length >= 2 && parts.every((p) => isPlace(lex, lexKey(p)) || lex.nationalities.has(lexKey(p)))) {
    return { type: "MISC", confidence: 0.7 };
  }
  if (len <= 2 && /\d/.test(text) && /^\p{Lu}/u.test(text)) return { type: "MISC", confidence: 0.45 };
  const tightNext = next !== undefined && ctx.text.slice(last.token.span[1], next.token.span[0]) === "";
  if (tightNext && next?.token.text === "-" && afterNext && /^\p{Ll}+$/u.test(afterNext.token.text)) {
    const glued = ctx.text.slice(next.token.span[1], afterNext.token.span[0]) === "";
    if (glued) return { type: "MISC", confidence: 0.75 };
  }
  if (prevNorm === "of" && beforePrev && !beforePrev.upper && lex.placeNouns.has(beforePrev.token.norm)) {
    return { type: "LOC", confidence: 0.75 };
  }
  if (len === 1 && prev?.token.text === "," && beforePrev?.upper && lex.stateAbbreviations.has(key)) {
    return { type: "LOC", confidence: 0.8 };
  }
  return null;
}

/** Names the lexicons know (places, organizations, nationalities) and the keywords names end or start with. */
function byLexicon(ctx: ChunkContext, c: RawChunk, f: ChunkFeatures): Typed | null {
  const { lex, toks } = ctx;
  const { key, len, first, next, locStrong, locWeak, team, lastBare } = f;
  const place = isPlace(lex, key);
  const knownOrg = lex.knownOrgs.has(key);
  const slot = team && teamSlot(ctx, c);
  if (place && place !== "country" && slot && !locStrong) return { type: "ORG", confidence: 0.7 };
  if (knownOrg && place && team && !locStrong && !locWeak) return { type: "ORG", confidence: 0.7 };
  if (place) return { type: "LOC", confidence: place === "city" ? 0.85 : 0.9 };
  if (knownOrg) return { type: "ORG", confidence: 0.9 };
  if (lex.nationalities.has(key) || lex.otherMisc.has(key)) return { type: "MISC", confidence: 0.9 };
  if (len === 1 && /^\p{Lu}{1,3}\$$/u.test(first.token.text)) return { type: "MISC", confidence: 0.8 };
  if (len === 1 && tightNextText(ctx, c) === "$") return { type: "MISC", confidence: 0.8 };
  if (len >= 2 && toks.slice(c.start, c.end).every((t) => lex.nationalities.has(bare(t)))) return { type: "MISC", confidence: 0.8 };
  if (key.endsWith("s") && lex.nationalities.has(key.slice(0, -1))) return { type: "MISC", confidence: 0.8 };

  if (len >= 2 && lex.orgSuffixes.has(lastBare)) return { type: "ORG", confidence: 0.9 };
  const ofAt = toks.slice(c.start, c.end).findIndex((t) => t.token.norm === "of" || t.token.norm === "for");
  if (ofAt > 0) {
    const head = toks[c.start + ofAt - 1];
    if (head && lex.placeKeywords.has(bare(head)) && !lex.orgKeywords.has(bare(head))) return { type: "LOC", confidence: 0.85 };
    if (head && lex.orgKeywords.has(bare(head))) return { type: "ORG", confidence: 0.85 };
  }
  if (len >= 2 && lex.eventKeywords.has(lastBare)) return { type: "MISC", confidence: 0.75 };
  // A named storm ("Typhoon Haiyan", "Hurricane Katrina") is an event, not a person.
  if (len >= 2 && nameSets().storms.has(bare(first))) return { type: "MISC", confidence: 0.75 };
  // "Camarines Sur", "Nusa Tenggara Timur", "Sulawesi Utara": a place name ending in a compass word.
  if (len >= 2 && nameSets().compassLast.has(lastBare) && !lex.givenNames.has(bare(first)) && !c.titled) return { type: "LOC", confidence: 0.65 };
  if (next && nameSets().thingFollower.test(next.token.norm) && len <= 3) {
    return { type: "MISC", confidence: 0.65 };
  }
  if (len === 1 && !first.sentenceStart && lex.orgKeywords.has(lastBare) && !lex.placeKeywords.has(lastBare)) {
    return { type: "ORG", confidence: 0.5 };
  }
  if (lastBare === "city" && !team) return { type: "LOC", confidence: 0.7 };
  if (len >= 2 && lex.orgKeywords.has(lastBare)) return { type: "ORG", confidence: 0.8 };
  if (len >= 2 && lex.placeKeywords.has(lastBare) && slot) return { type: "ORG", confidence: 0.6 };
  if (len >= 2 && lex.placeKeywords.has(lastBare)) return { type: "LOC", confidence: 0.8 };
  if (len >= 2 && lex.placeKeywords.has(bare(first)) && !lex.orgKeywords.has(bare(first))) {
    return team && !locStrong && !locWeak ? { type: "ORG", confidence: 0.55 } : { type: "LOC", confidence: 0.7 };
  }
  if (len >= 2 && lex.nationalities.has(bare(first)) && lex.orgKeywords.has(lastBare)) return { type: "ORG", confidence: 0.7 };
  return null;
}

/** Cues of a person or an organization: initials, ranks in results, titles, given names, descriptors. */
function byPersonCues(ctx: ChunkContext, c: RawChunk, f: ChunkFeatures): Typed | null {
  const { lex, toks } = ctx;
  const { len, first, prev, prevNorm, next, afterNext, results } = f;
  if (len >= 2 && /^\p{Lu}\.$/u.test(first.token.text) && !lex.placeKeywords.has(bare(first))) return { type: "PER", confidence: 0.85 };
  if (nameSets().cricketMarks.has(prev?.token.text ?? "")) return { type: "PER", confidence: 0.7 };
  if (ctx.sport !== null && next && /^(\d+(st|nd|rd|th)|\d+(\.\d)?-\d+-\d+-\d+)$/.test(next.token.text)) {
    return { type: "PER", confidence: 0.7 };
  }
  const lowerPrev = prev !== undefined && !prev.upper;
  if (lowerPrev && nameSets().orgDescriptors.has(prevNorm)) return { type: "ORG", confidence: 0.6 };
  const follower = next?.token.norm === "'s" ? afterNext : next;
  if (follower && !follower.upper && nameSets().orgFollowers.has(follower.token.norm)) return { type: "ORG", confidence: 0.6 };
  if (len >= 2) {
    const words = toks.slice(c.start, c.end).map((t) => bare(t));
    const last2 = words.slice(-2).join(" ");
    if (lex.orgKeywords.has(last2)) return { type: "ORG", confidence: 0.8 };
    const personLike = lex.givenNames.has(words[0] ?? "") || /^\p{Lu}\.$/u.test(first.token.text);
    if (!personLike && words.some((w) => lex.countries.has(w) || lex.cities.has(w) || lex.regions.has(w))) return { type: "ORG", confidence: 0.55 };
  }
  if (results && ctx.sport === "individual" && prev?.token.text === ")") return { type: "ORG", confidence: 0.55 };
  const titledOutside = prev !== undefined && (lex.honorifics.has(prevNorm) || lex.roles.has(prevNorm));
  if (c.titled || titledOutside) return { type: "PER", confidence: 0.85 };
  if (lex.givenNames.has(bare(first)) && len >= 2) return { type: "PER", confidence: 0.85 };
  return null;
}

/** The words around the chunk, and what a lone unknown name most often is. */
function byContext(ctx: ChunkContext, c: RawChunk, f: ChunkFeatures): Typed {
  const { lex, toks } = ctx;
  const { len, first, next, afterNext, locStrong, locWeak, results, team, lastBare } = f;
  if (next?.token.text === "-" && afterNext && nameSets().placeHyphened.test(afterNext.token.norm)) {
    return { type: "LOC", confidence: 0.75 };
  }
  if (len === 1 && first.allCaps && !first.capsLine && first.token.text.replace(/[^\p{L}]/gu, "").length <= 6) {
    return { type: "ORG", confidence: 0.6 };
  }
  if (locStrong && len <= 3) return { type: "LOC", confidence: 0.6 };
  if (results && ctx.sport !== null && next?.token.text === ":" && len <= 3) return { type: "LOC", confidence: 0.55 };
  if (ctx.sport !== null && next?.token.text === "(" && afterNext && /\d/.test(afterNext.token.text)) {
    return { type: "PER", confidence: 0.65 };
  }
  if (results && ctx.sport === "team") return { type: "ORG", confidence: 0.6 };
  if (results && ctx.sport === "individual") return { type: "PER", confidence: 0.55 };
  if (lex.givenNames.has(bare(first))) return { type: "PER", confidence: 0.6 };
  if (next && !next.upper && lex.placeFollowers.has(next.token.norm) && len <= 2) return { type: "LOC", confidence: 0.55 };
  if (locWeak && len <= 2) return { type: "LOC", confidence: 0.45 };
  if (team && len >= 2 && isPlace(lex, lastBare)) return { type: "ORG", confidence: 0.55 };
  if (len >= 2) {
    const words = toks.slice(c.start, c.end).filter((t) => /\p{L}/u.test(t.token.text));
    // Title-cased ordinary words ("Sale Amount", "Piano Concerto") are headings or titles, rarely people.
    if (words.every((t) => isVocabularyWord(bare(t)))) return { type: "MISC", confidence: 0.2 };
    return { type: "PER", confidence: 0.5 };
  }
  if (team && !lex.givenNames.has(bare(first))) return { type: "ORG", confidence: 0.45 };
  if (nameSets().adjectiveEnding.test(first.token.norm) && first.token.pos === "ADJ") return { type: "MISC", confidence: 0.4 };
  if (results && ctx.sport === null) return { type: "PER", confidence: 0.2 };
  // A lone unknown name: news introduces people by full name, so one never seen that way is more
  // often an organization; document consistency turns surnames of introduced people into PER.
  const confidence = isVocabularyWord(first.token.norm) ? 0.2 : 0.3;
  return { type: ctx.sport === "individual" ? "PER" : "ORG", confidence };
}
