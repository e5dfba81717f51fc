/**
 * @module Claims: the factual statements of a sentence. One claim per event frame (a sentence
 * naming two weapons in one deal yields two procurement claims), else one claim for a sentence that
 * names someone or something checkable. Headlines and table cells carry no claims of their own.
 */
import type { Attribution, Claim, DateValue, Frame, Mention, Quantity, Sentence } from "../types.ts";
import { isCommentary } from "./commentary.ts";
import { hedgeCues, modalityOf } from "./modality.ts";
import { countsMateriel, isMoney } from "./units.ts";
import { incidentFigures } from "./incidents.ts";

export interface SentenceAnnotations {
  readonly sentence: Sentence;
  readonly articleId: string;
  readonly mentions: readonly Mention[];
  readonly quantities: readonly Quantity[];
  readonly dates: readonly DateValue[];
  readonly attribution: Attribution | null;
  readonly frames: readonly Frame[];
}

const MIN_WORDS = 5;

/** Claims of one sentence (possibly none). */
export function buildClaims(a: SentenceAnnotations): readonly Claim[] {
  const { sentence } = a;
  if (sentence.block === "heading" || sentence.block === "table-row") return [];
  const words = sentence.tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.text)).length;
  if (words < MIN_WORDS) return [];
  const modality = modalityOf(sentence.text, { attributed: a.attribution !== null });
  const hedges = hedgeCues(sentence.text);
  const commentary = isCommentary({ text: sentence.text, attribution: a.attribution, mentions: a.mentions, quantities: a.quantities, dates: a.dates, frames: a.frames });
  const subjects = [...new Set(a.mentions.filter((m) => m.type !== "other").map((m) => m.canonical))];
  const base = {
    kind: "claim" as const,
    articleId: a.articleId,
    sentence: sentence.index,
    span: sentence.span,
    text: sentence.text,
    mentions: a.mentions,
    dates: a.dates,
    attribution: a.attribution,
    modality,
    hedges,
    commentary,
  };
  const weapons = new Set(a.mentions.filter((m) => m.type === "weapon").map((m) => m.canonical)).size;
  if (a.frames.length > 0) {
    return a.frames.map((frame, n) => ({
      ...base,
      id: `${a.articleId}:${sentence.index}:${n}`,
      subjects: frameSubjects(frame, subjects),
      // The counts of this frame's item, and (when the sentence is about one deal) unassigned counts and the deal's value.
      quantities:
        frame.type === "incident"
          ? incidentFigures(sentence, a.quantities)
          : a.quantities.filter((q) => q.item === frame.roles["item"] || (q.item === null && (countsMateriel(q.unit) || (isMoney(q.unit) && frame.type !== "sanction")) && weapons <= 1)),
      frame,
    }));
  }
  if (subjects.length === 0 && a.quantities.length === 0 && a.dates.length === 0 && !a.attribution) return [];
  return [{ ...base, id: `${a.articleId}:${sentence.index}:0`, subjects, quantities: a.quantities, frame: null }];
}

function frameSubjects(frame: Frame, all: readonly string[]): string[] {
  const key = Object.entries(frame.roles)
    .filter(([k]) => k !== "quantity" && k !== "date")
    .map(([, v]) => v);
  return [...new Set([...key, ...all])];
}
