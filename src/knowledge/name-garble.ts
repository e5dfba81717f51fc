/**
 * @module Misspelled person names ("Narendra Modl", "Vladimir Putn"): a capitalised word no
 * pack knows, one edit away from a part of a known person's name, next to the other part of
 * that name, or naming a person the story mentions elsewhere.
 */
import { overlapTest } from "./span-overlap.ts";
import { describeEntity } from "./describe.ts";
import { editDistance, foldName } from "./fold.ts";
import type { PackEntity } from "./schema.ts";
import { joinable, wordTokens } from "./tokens.ts";
import type { AliasMatch, KnowledgeBase } from "./types.ts";
import type { GarbleFinding } from "./garble.ts";
import { otherArticles } from "./garble.ts";
import { isDictionaryWord } from "./speller.ts";

export interface NameGarbleContext {
  readonly kb: KnowledgeBase;
  /** Entities other articles of the story mention. */
  readonly story: ReadonlySet<string>;
  /** Entities this text mentions (correctly spelled). */
  readonly local: ReadonlySet<string>;
  /** Outlets of the other articles that mention each entity, for the explanation. */
  readonly outlets?: (entityId: string) => readonly string[];
}

interface NamePart {
  readonly person: PackEntity;
  readonly parts: readonly string[];
  readonly at: number;
}

const people = new WeakMap<KnowledgeBase, Map<string, NamePart[]>>();

/** Folded name part → the people whose (multi-word) names contain it. */
function partIndex(kb: KnowledgeBase): Map<string, NamePart[]> {
  const idx = people.get(kb);
  if (idx) return idx;
  const map = new Map<string, NamePart[]>();
  for (const e of kb.entities.values()) {
    if (e.type !== "person") continue;
    for (const name of [e.name, ...e.aliases]) {
      const parts = name.split(/\s+/).map(foldName).filter((p) => p.length >= 2);
      if (parts.length < 2) continue;
      parts.forEach((p, at) => {
        const list = map.get(p) ?? [];
        list.push({ person: e, parts, at });
        map.set(p, list);
      });
    }
  }
  people.set(kb, map);
  return map;
}

/** A capitalized word of three or more letters ("Modl", "Putn"). */
const CAPITALIZED_WORD = /^\p{Lu}\p{Ll}{2,}$/u;

export function findNameGarbles(text: string, matches: readonly AliasMatch[], ctx: NameGarbleContext): GarbleFinding[] {
  const idx = partIndex(ctx.kb);
  const tokens = wordTokens(text);
  const inMatch = overlapTest(matches.map((m) => m.span));
  const out: GarbleFinding[] = [];
  const mentioned: { person: PackEntity; surnames: string[] }[] = [];
  for (const id of new Set([...ctx.story, ...ctx.local])) {
    const p = ctx.kb.entities.get(id);
    if (p?.type !== "person") continue;
    const surnames = [p.surname ?? "", ...[p.name, ...p.aliases].map((n) => n.split(/\s+/).pop() ?? "")].map(foldName);
    mentioned.push({ person: p, surnames: surnames.filter((x) => x.length >= 4) });
  }
  const sentenceStart = (i: number): boolean => i === 0 || /[.!?\n]\s*$/.test(text.slice(tokens[i - 1]!.span[1], tokens[i]!.span[0]));
  tokens.forEach((t, i) => {
    if (!CAPITALIZED_WORD.test(t.text) || inMatch(t.span[0], t.span[1])) return;
    const f = foldName(t.text);
    if (idx.has(f)) return;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const prevF = prev && joinable(text.slice(prev.span[1], t.span[0]), prev.text) ? foldName(prev.text) : null;
    const nextF = next && joinable(text.slice(t.span[1], next.span[0]), t.text) ? foldName(next.text) : null;
    let best: { person: PackEntity; intended: string; evidence: string; score: number } | null = null;
    const consider = (person: PackEntity, intended: string, evidence: string, score: number): void => {
      if (!best || score > best.score) best = { person, intended, evidence, score };
    };
    // The neighbouring word is another part of a known name: "Narendra Modl", "Narenda Modi".
    for (const [nf, offset] of [[prevF, -1], [nextF, 1]] as const) {
      if (!nf) continue;
      for (const np of idx.get(nf) ?? []) {
        const want = np.parts[np.at - offset];
        if (want === undefined || editDistance(f, want, 1) !== 1 || f.length < 3) continue;
        const wrote = offset === -1 ? `${prev!.text} ${t.text}` : `${t.text} ${next!.text}`;
        const story = ctx.story.has(np.person.id) || ctx.local.has(np.person.id);
        const elsewhere = ctx.story.has(np.person.id) ? `, and ${otherArticles(ctx.outlets?.(np.person.id))} mention this person` : ctx.local.has(np.person.id) ? ", and this article names this person elsewhere" : "";
        consider(np.person, np.parts.join(" "), `"${wrote}" matches the rest of the name${elsewhere}`, story ? 0.85 : 0.7);
      }
    }
    // A lone surname one edit from a person the story mentions: "President Putn".
    if (!best && f.length >= 4 && !sentenceStart(i)) {
      for (const { person: p, surnames } of mentioned) {
        if (surnames.some((s) => editDistance(f, s, 1) === 1)) {
          const where = ctx.story.has(p.id) ? `${otherArticles(ctx.outlets?.(p.id))} mention` : "this article mentions";
          consider(p, p.name, `${where} ${p.name}`, 0.6);
        }
      }
    }
    const found = best as { person: PackEntity; intended: string; evidence: string; score: number } | null;
    if (!found) return;
    // A word the packs or an English dictionary know ("Africa", "Johnson") is no misspelling (asked
    // only of a word that would otherwise be one: both answers are fixed, so the order is free).
    if (ctx.kb.lookup(t.text) || isDictionaryWord(t.text)) return;
    out.push({
      span: t.span,
      text: t.text,
      suggestion: found.person.name,
      entityId: found.person.id,
      method: "edit",
      confidence: found.score,
      explanation: `"${t.text}" is not a known name; it is one letter away from part of the name of ${describeEntity(ctx.kb, found.person)}, and ${found.evidence}.`,
    });
  });
  return out;
}
