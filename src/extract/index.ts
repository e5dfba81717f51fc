/**
 * @module The extract stage: Doc → ExtractedDoc (mentions, quantities, dates, attributions,
 * claims with modality and frames). Pure; the knowledge base is passed in.
 */
import type { KnowledgeBase } from "../knowledge/index.ts";
import { findGarbles } from "../knowledge/garble.ts";
import type { Attribution, Claim, DateValue, Diagnostic, Doc, ExtractedDoc, Frame, Mention, Quantity, SentenceKind } from "../types.ts";
import { extractAttributions } from "./attributions.ts";
import { buildClaims } from "./claims.ts";
import { isCommentary } from "./commentary.ts";
import { extractDates } from "./dates.ts";
import { extractFrames } from "./frames.ts";
import { extractMentions } from "./mentions.ts";
import { resolveShortForms } from "./coref.ts";
import { modalityOf } from "./modality.ts";
import { zeroCasualties } from "./zero-casualties.ts";
import { extractQuantities } from "./quantities.ts";
import { incidentFrame } from "./incidents.ts";
import type { Rule } from "../rules.ts";
import { noiseRule } from "./noise.ts";

/** Longest sentence claims are read from (about 700 words; news sentences rarely pass 60). */
export const MAX_SENTENCE_CHARS = 4000;

export const EXTRACT_RULES = {
  longSentence: { id: "extract.sentence-too-long", doc: "A sentence longer than 4,000 characters is a run-on or a flood, not prose: no claims are read from it." },
  sanctionWithoutActor: { id: "extract.sanction-without-actor", doc: "Sanctions that no one is said to impose ('the broader sanctions imposed on Moscow') are background, not a sanction claim: the sentence is read as a plain claim." },
} as const satisfies Record<string, Rule>;

export interface ExtractOptions {
  readonly kb: KnowledgeBase;
  /** Entity ids other articles of the story mention: evidence for garbled-name detection. */
  readonly storyEntityIds?: ReadonlySet<string>;
  /** Outlets of the other articles that mention each entity, named in garble explanations. */
  readonly storyEntityOutlets?: (entityId: string) => readonly string[];
}

/** Extract everything from one document. */
export function extract(doc: Doc, options: ExtractOptions): ExtractedDoc {
  const { kb } = options;
  const diagnostics: Diagnostic[] = [];
  const garbles = findGarbles(doc.text, {
    kb,
    ...(options.storyEntityIds ? { storyEntityIds: options.storyEntityIds } : {}),
    ...(options.storyEntityOutlets ? { storyEntityOutlets: options.storyEntityOutlets } : {}),
  });
  const mentions = resolveShortForms(extractMentions(doc, { kb, garbles }), (rule, m, long) =>
    diagnostics.push({ code: rule.id, message: `"${m.text}" read as ${long}: ${rule.doc}`, span: m.span, stage: "extract" }),
  );
  const bySentence = groupBy(mentions, (m) => m.sentence);
  const quantities: Quantity[] = [];
  const dates: DateValue[] = [];
  const attributions: Attribution[] = [];
  const claims: Claim[] = [];
  const sentenceKinds: SentenceKind[] = [];
  const recentItems: string[] = [];
  let recentVisitor: string | null = null;
  let recentIncident: string | null = null;
  const origins = originIndex(kb);
  const originOf = (weapon: string): string | null => origins.get(weapon) ?? null;
  const capitals = capitalIndex(kb);
  const capitalOf = (country: string): string | null => capitals.get(country) ?? null;
  for (const sentence of doc.sentences) {
    // A "sentence" of thousands of characters is a scraper's run-on or a flood, not prose: no
    // claims are read from it (the per-sentence rules are not built for it, and some are quadratic).
    if (sentence.text.length > MAX_SENTENCE_CHARS) {
      sentenceKinds[sentence.index] = "structure";
      diagnostics.push({ code: EXTRACT_RULES.longSentence.id, message: `a sentence of ${sentence.text.length} characters: ${EXTRACT_RULES.longSentence.doc}`, span: sentence.span, stage: "extract" });
      continue;
    }
    // Credits, bylines, boilerplate, promotion and list fragments carry no claim (noise.ts).
    const noise = noiseRule(sentence);
    if (noise) {
      sentenceKinds[sentence.index] = "structure";
      diagnostics.push({ code: noise.id, message: `not a claim: ${noise.doc}`, span: sentence.span, stage: "extract" });
      continue;
    }
    const sm = bySentence.get(sentence.index) ?? [];
    const sd = extractDates(sentence.text, { anchor: doc.article.published, offset: sentence.span[0], sentence: sentence.index });
    const counted = extractQuantities(sentence, {
      mentions: sm,
      dateSpans: sd.map((d) => d.span),
      onDrop: (rule, span, text) => diagnostics.push({ code: rule.id, message: `"${text}" is no quantity: ${rule.doc}`, span, stage: "extract" }),
    });
    // "No one was injured": a zero, unless the sentence counts that unit otherwise.
    const sq = [...counted, ...zeroCasualties(sentence).filter((z) => !counted.some((q) => q.unit === z.unit))].sort((a, b) => a.span[0] - b.span[0]);
    const sa = extractAttributions(sentence, { mentions: sm, dates: sd });
    const attribution = sa[0] ?? null;
    const modality = modalityOf(sentence.text, { attributed: attribution !== null });
    const incident = incidentFrame({ sentence, mentions: sm, quantities: sq, recentIncident });
    const frames: readonly Frame[] = [...extractFrames({ sentence, mentions: sm, quantities: sq, dates: sd, modality, originOf, capitalOf, recentItems, recentVisitor }), ...(incident ? [incident] : [])].filter((f) => {
      if (f.type !== "sanction" || f.roles["by"]) return true;
      const rule = EXTRACT_RULES.sanctionWithoutActor;
      diagnostics.push({ code: rule.id, message: `a sanction frame with no one imposing it: ${rule.doc}`, span: sentence.span, stage: "extract" });
      return false;
    });
    for (const f of frames) {
      const item = f.roles["item"];
      if (item && (f.type === "procurement" || f.type === "delivery")) recentItems.push(item);
      if (f.type === "visit") recentVisitor = f.roles["visitor"] ?? recentVisitor;
      if (f.type === "incident" && f.roles["incident"]) recentIncident = f.roles["incident"];
    }
    dates.push(...sd);
    quantities.push(...sq);
    attributions.push(...sa);
    const built = buildClaims({ sentence, articleId: doc.article.id, mentions: sm, quantities: sq, dates: sd, attribution, frames });
    claims.push(...built);
    sentenceKinds[sentence.index] =
      sentence.block === "heading" || sentence.block === "table-row" || sentence.tokens.length < 5
        ? "structure"
        : (built[0]?.commentary ?? isCommentary({ text: sentence.text, attribution, mentions: sm, quantities: sq, dates: sd, frames }))
          ? "commentary"
          : "reporting";
  }
  for (const g of garbles) {
    diagnostics.push({ code: "garbled-name", message: g.explanation, span: g.span, stage: "extract" });
  }
  return { doc, mentions, quantities, dates, attributions, claims, sentenceKinds, diagnostics };
}

const originCache = new WeakMap<KnowledgeBase, Map<string, string>>();

/** Weapon canonical name → origin country canonical name, built once per knowledge base. */
function originIndex(kb: KnowledgeBase): Map<string, string> {
  let m = originCache.get(kb);
  if (m) return m;
  m = new Map();
  for (const e of kb.entities.values()) {
    const country = e.type === "weapon" && e.country ? kb.entities.get(e.country)?.name : undefined;
    if (country) m.set(e.name, country);
  }
  originCache.set(kb, m);
  return m;
}

const capitalCache = new WeakMap<KnowledgeBase, Map<string, string>>();

function capitalIndex(kb: KnowledgeBase): Map<string, string> {
  let m = capitalCache.get(kb);
  if (m) return m;
  m = new Map();
  for (const e of kb.entities.values()) if (e.type === "country" && e.capital) m.set(e.name, e.capital);
  capitalCache.set(kb, m);
  return m;
}

function groupBy<T, K>(xs: readonly T[], key: (x: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = m.get(k);
    if (list) list.push(x);
    else m.set(k, [x]);
  }
  return m;
}

export type { Mention };
