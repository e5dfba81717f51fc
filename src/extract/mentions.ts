/**
 * @module Entity mentions of a document: pack aliases (resolved to canonical entities), likely
 * garbles of pack names (resolved to their suggestion, kept as `near-miss`), and capitalized name
 * chunks no pack knows. People get the role the text gives them ("Defence Secretary X", "X, the
 * press secretary,").
 */
import type { KnowledgeBase } from "../knowledge/index.ts";
import type { GarbleFinding } from "../knowledge/garble.ts";
import type { Doc, EntityType, Mention, Sentence, Span } from "../types.ts";
import { findNames, type NameType } from "./names.ts";
import { alternatives, lazyPattern } from "./word-lists.ts";
import { nameWords } from "./name-words.ts";

const NAME_TYPES: Readonly<Record<NameType, EntityType>> = { PER: "person", ORG: "organization", LOC: "place", MISC: "other" };
/** "Defence Secretary X": the title right before a person (the pack's modifiers and heads). */
const TITLE = lazyPattern(() => `((?:(?:${alternatives(nameWords().titleModifiers, " ")})\\s+)*(?:${alternatives(nameWords().titleHeads, " ")}))\\s+$`);
/** "X, the press secretary,": the role between commas after a person. */
const APPOSITIVE = lazyPattern(() => `^,\\s+((?:the\\s+|a\\s+|an\\s+)?[^,]{3,70}?(?:${alternatives(nameWords().appositiveHeads, " ")}))\\s*,`, "i");

export interface MentionOptions {
  readonly kb: KnowledgeBase;
  readonly garbles: readonly GarbleFinding[];
}

/**
 * The spans of the mentions kept so far, as the characters they cover: "does a new span overlap
 * one of them" is a look at its own characters instead of a pass over every mention kept.
 */
class Covered {
  private readonly chars: Uint8Array;
  private readonly spans: Span[] = [];
  private empty = false;

  constructor(length: number) {
    this.chars = new Uint8Array(length);
  }

  add(span: Span): void {
    this.spans.push(span);
    if (span[1] <= span[0]) this.empty = true;
    for (let k = Math.max(0, span[0]); k < span[1] && k < this.chars.length; k++) this.chars[k] = 1;
  }

  overlaps(span: Span): boolean {
    // An empty span on either side (none in practice) is answered by the plain pairwise test.
    if (this.empty || span[1] <= span[0] || span[0] < 0 || span[1] > this.chars.length) return this.spans.some((o) => o[0] < span[1] && span[0] < o[1]);
    for (let k = span[0]; k < span[1]; k++) if (this.chars[k] === 1) return true;
    return false;
  }
}

/** All mentions in a document, ordered by position, without overlaps (packs win over chunks). */
export function extractMentions(doc: Doc, options: MentionOptions): readonly Mention[] {
  const { kb } = options;
  const out: Mention[] = [];
  const covered = new Covered(doc.text.length);
  const keep = (m: Mention): void => {
    out.push(m);
    covered.add(m.span);
  };
  const sentenceAt = sentenceLocator(doc.sentences);
  for (const g of options.garbles) {
    const e = kb.entities.get(g.entityId);
    if (!e) continue;
    keep(mention(doc, g.span, sentenceAt(g.span[0]), g.entityId, e.name, e.type, "near-miss"));
  }
  for (const m of kb.findAliases(doc.text)) {
    if (covered.overlaps(m.span)) continue;
    const e = kb.entities.get(m.entityId);
    if (!e) continue;
    keep(mention(doc, m.span, sentenceAt(m.span[0]), m.entityId, e.name, e.type, "pack"));
  }
  // Names are found over the whole document, so one name keeps one type across it: "Catanduanes"
  // after "in" in one sentence types the bare "Catanduanes" of another.
  const tokens = doc.sentences.flatMap((s) => s.tokens);
  const sentenceStart = doc.sentences.flatMap((s) => s.tokens.map((_, k) => k === 0));
  for (const n of findNames(doc.text, tokens, { sentenceStart })) {
    const span: Span = [n.span[0], n.span[1]];
    if (covered.overlaps(span)) continue;
    keep(mention(doc, span, sentenceAt(span[0]), null, n.text, NAME_TYPES[n.type], "chunk"));
  }
  out.sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
  return out.map((m) => (m.type === "person" ? { ...m, role: roleOf(doc.text, m) ?? packRole(kb, m.entityId) } : m));
}

function mention(doc: Doc, span: Span, sentence: number, entityId: string | null, canonical: string, type: EntityType, source: Mention["source"]): Mention {
  return { kind: "mention", span, sentence, text: doc.text.slice(span[0], span[1]), entityId, canonical, type, source, role: null };
}

function roleOf(text: string, m: Mention): string | null {
  const before = text.slice(Math.max(0, m.span[0] - 60), m.span[0]);
  const t = TITLE().exec(before);
  if (t?.[1]) return t[1].trim();
  const a = APPOSITIVE().exec(text.slice(m.span[1], m.span[1] + 90));
  if (a?.[1]) return a[1].replace(/^(the|a|an)\s+/i, "").trim();
  return null;
}

function packRole(kb: KnowledgeBase, id: string | null): string | null {
  if (!id) return null;
  const e = kb.entities.get(id);
  const role = e?.roles?.find((r) => !r.to) ?? e?.roles?.[0];
  if (!role) return null;
  const country = role.of ? kb.entities.get(role.of)?.name : null;
  return country ? `${role.title} of ${country}` : role.title;
}

function sentenceLocator(sentences: readonly Sentence[]): (pos: number) => number {
  return (pos) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((sentences[mid]?.span[0] ?? 0) <= pos) lo = mid;
      else hi = mid - 1;
    }
    return sentences[lo]?.index ?? 0;
  };
}
