/**
 * @module Garbled-name detection: designations and names that no pack knows but that are a
 * near miss of one that it does (dropped or swapped digits, one edit, Cyrillic letters read
 * as Latin or mixed into Latin text), backed by context words that fit the entity's category
 * or by the story mentioning the entity elsewhere. No evidence, no finding.
 */
import { contextCues, fittingCue, type ContextCue } from "./context.ts";
import { buildDesignationIndex, nearMisses, type DesignationIndex, type NearMiss } from "./designations.ts";
import { findNameGarbles } from "./name-garble.ts";
import { overlapTest } from "./span-overlap.ts";
import type { PackEntity } from "./schema.ts";
import { foldHomoglyphs, hasCyrillic, hasForeignLetters, hasLatin } from "./script.ts";
import { describeEntity } from "./describe.ts";
import type { AliasMatch, KnowledgeBase } from "./types.ts";

export interface GarbleFinding {
  readonly span: readonly [number, number];
  readonly text: string;
  /** Canonical name of the entity the text most likely meant. */
  readonly suggestion: string;
  readonly entityId: string;
  readonly method: "homoglyph" | "transliteration" | "truncation" | "digit-drop" | "digit-swap" | "edit";
  readonly confidence: number;
  /** Human sentence naming the evidence. */
  readonly explanation: string;
}

export interface FindGarblesOptions {
  readonly kb: KnowledgeBase;
  /** Entities other articles of the same story mention. */
  readonly storyEntityIds?: ReadonlySet<string>;
  /** For each entity other articles of the story mention, those articles' outlets: named in explanations. */
  readonly storyEntityOutlets?: (entityId: string) => readonly string[];
}

const indexes = new WeakMap<KnowledgeBase, DesignationIndex>();

function designationIndex(kb: KnowledgeBase): DesignationIndex {
  let idx = indexes.get(kb);
  if (!idx) {
    idx = buildDesignationIndex(kb.entities.values());
    indexes.set(kb, idx);
  }
  return idx;
}

/** Candidate designation tokens: a capitalised letter prefix, an optional separator, digits. */
const TOKEN = /(?<![\p{L}\p{N}\-‐‑–/])(\p{Lu}[\p{L}/]{0,5}?)([-‐‑–]|\s)?(\d{1,4})(\p{L}{0,4})(?![\p{L}\p{N}]|[-‐‑–]\p{N})/gu;

interface Evidence {
  readonly cue: ContextCue | null;
  readonly story: "other-articles" | "this-article" | null;
  /** The outlets of the other articles that mention the entity, when known. */
  readonly outlets?: readonly string[];
}

function evidenceFor(
  entity: PackEntity,
  cues: readonly ContextCue[],
  story: ReadonlySet<string>,
  local: ReadonlySet<string>,
  outlets?: (entityId: string) => readonly string[],
): Evidence {
  const named = outlets?.(entity.id);
  return {
    cue: fittingCue(cues, entity.category),
    story: story.has(entity.id) ? "other-articles" : local.has(entity.id) ? "this-article" : null,
    ...(named && named.length > 0 ? { outlets: named } : {}),
  };
}

/** "other articles of this story (The Hindu, Reuters) mention" */
export function otherArticles(outlets: readonly string[] | undefined): string {
  if (!outlets || outlets.length === 0) return "other articles of this story";
  const shown = outlets.slice(0, 4).join(", ");
  return `other articles of this story (${shown}${outlets.length > 4 ? ` and ${outlets.length - 4} more` : ""})`;
}

function scoreOf(base: number, ev: Evidence): number {
  return base + (ev.cue ? 0.2 : 0) + (ev.story === "other-articles" ? 0.25 : ev.story === "this-article" ? 0.15 : 0);
}

/** ", the context says "fighter", and other articles of this story mention Su-57" */
function evidenceText(ev: Evidence, known: string): string {
  const parts: string[] = [];
  if (ev.cue) parts.push(`the context says "${ev.cue.text}"`);
  if (ev.story === "other-articles") parts.push(`${otherArticles(ev.outlets)} mention ${known}`);
  if (ev.story === "this-article") parts.push(`this article mentions ${known} elsewhere`);
  if (parts.length === 0) return "";
  const last = parts.pop()!;
  return parts.length > 0 ? `, ${parts.join(", ")}, and ${last}` : `, and ${last}`;
}

/** Is the neighbourhood of `span` written mostly in Latin script? */
function latinContext(text: string, span: readonly [number, number]): boolean {
  const around = text.slice(Math.max(0, span[0] - 120), span[0]) + " " + text.slice(span[1], span[1] + 120);
  const latin = (around.match(/\p{Script=Latin}/gu) ?? []).length;
  const other = (around.match(/[\p{Script=Cyrillic}\p{Script=Greek}]/gu) ?? []).length;
  return latin > 2 * other && hasLatin(around);
}

function round(x: number): number {
  return Math.round(Math.min(0.97, x) * 100) / 100;
}

/** Known names written with Cyrillic/Greek letters inside Latin text ("Т-90", "MiГ-29"). */
function scriptGarbles(text: string, matches: readonly AliasMatch[], opts: FindGarblesOptions, local: ReadonlySet<string>): GarbleFinding[] {
  const out: GarbleFinding[] = [];
  for (const m of matches) {
    if (!hasForeignLetters(m.text) || !latinContext(text, m.span)) continue;
    const entity = opts.kb.entities.get(m.entityId);
    if (!entity) continue;
    const ev = evidenceFor(entity, contextCues(text, m.span), opts.storyEntityIds ?? new Set(), local, opts.storyEntityOutlets);
    if (!ev.cue && !ev.story) continue;
    const latin = foldHomoglyphs(m.text);
    const method = !hasForeignLetters(latin) && opts.kb.lookup(latin)?.id === entity.id ? "homoglyph" : "transliteration";
    const script = hasCyrillic(m.text) ? "Cyrillic" : "Greek";
    const foreign = [...m.text].filter((c) => hasForeignLetters(c)).join("");
    const how = method === "homoglyph" ? `folded to Latin it reads "${latin}"` : `transliterated it reads like ${entity.name}`;
    out.push({
      span: m.span,
      text: m.text,
      suggestion: entity.name,
      entityId: entity.id,
      method,
      confidence: round(scoreOf(0.6, ev)),
      explanation: `"${m.text}" mixes ${script} letters ("${foreign}") into Latin text; ${how} (${describeEntity(opts.kb, entity)})${evidenceText(ev, entity.name)}.`,
    });
  }
  return out;
}

/** Unknown designation-like tokens whose near miss is a known designation. */
function designationGarbles(text: string, matches: readonly AliasMatch[], opts: FindGarblesOptions, local: ReadonlySet<string>): GarbleFinding[] {
  const idx = designationIndex(opts.kb);
  const out: GarbleFinding[] = [];
  const inMatch = overlapTest(matches.map((m) => m.span));
  for (const m of text.matchAll(TOKEN)) {
    const span = [m.index, m.index + m[0].length] as const;
    if (m[2] && /\s/.test(m[2]) && /[^\p{L}]/u.test(m[1]!)) continue;
    if (inMatch(span[0], span[1])) continue;
    const token = m[0];
    const misses = nearMisses(token, idx);
    if (misses.length === 0) continue;
    const cues = contextCues(text, span);
    const scored: { miss: NearMiss; entity: PackEntity; ev: Evidence; score: number }[] = [];
    for (const miss of misses) {
      const entity = opts.kb.entities.get(miss.known.entityId);
      if (!entity) continue;
      const ev = evidenceFor(entity, cues, opts.storyEntityIds ?? new Set(), local, opts.storyEntityOutlets);
      if (!ev.cue && !ev.story) continue;
      if (miss.method === "edit" && !ev.story) continue;
      scored.push({ miss, entity, ev, score: scoreOf(miss.base, ev) });
    }
    scored.sort((a, b) => b.score - a.score);
    const best = scored[0];
    if (!best) continue;
    const rival = scored.find((s) => s.entity.id !== best.entity.id);
    if (rival && rival.score >= best.score - 1e-9) continue;
    const known = best.miss.known.text;
    const about = `"${known}" (${describeEntity(opts.kb, best.entity)})`;
    const via = best.miss.method === "transliteration" ? `${best.miss.difference} gives ${about}` : `${about} differs by ${best.miss.difference}`;
    out.push({
      span,
      text: token,
      suggestion: best.entity.name,
      entityId: best.entity.id,
      method: best.miss.method,
      confidence: round(best.score - (rival ? 0.1 : 0)),
      explanation: `"${token}" is not a known designation; ${via}${evidenceText(best.ev, known)}${best.miss.method === "transliteration" ? "; a letter read across scripts suggests the text was translated or transliterated from a Cyrillic original" : ""}.`,
    });
  }
  return out;
}

/** Garbled names in `text`: see the module comment. Spans index into `text`. */
export function findGarbles(text: string, options: FindGarblesOptions): readonly GarbleFinding[] {
  const matches = options.kb.findAliases(text);
  const local = new Set(matches.filter((m) => !hasForeignLetters(m.text)).map((m) => m.entityId));
  const story = options.storyEntityIds ?? new Set<string>();
  const findings = [
    ...scriptGarbles(text, matches, options, local),
    ...designationGarbles(text, matches, options, local),
    ...findNameGarbles(text, matches, { kb: options.kb, story, local, ...(options.storyEntityOutlets ? { outlets: options.storyEntityOutlets } : {}) }),
  ];
  return findings.sort((a, b) => a.span[0] - b.span[0]);
}
