/**
 * @module Incident frames: an earthquake, an attack, a crash ... (types and cues from the frames
 * pack) with its place and its figures: the dead, the injured, a quake's magnitude. A sentence that
 * gives casualty figures without naming the incident ("At least 30 people died") belongs to the
 * incident its article last named, or, failing that, to the story's main incident (resolved when
 * claims are grouped). Figures of an earlier incident ("the 2023 earthquakes that killed more than
 * 50,000") are left out.
 */
import type { Frame, Mention, Quantity, Sentence } from "../types.ts";
import { frameLexicon, globalOf } from "./frame-lexicon.ts";

/** Placeholder incident type for casualty figures in an article that named no incident. */
export const UNNAMED_INCIDENT = "";

const FIGURE_UNITS: ReadonlySet<string> = new Set(["killed", "injured", "magnitude"]);

export interface IncidentInput {
  readonly sentence: Sentence;
  readonly mentions: readonly Mention[];
  readonly quantities: readonly Quantity[];
  /** The incident type the article named last, if any. */
  readonly recentIncident: string | null;
}

interface Cue {
  readonly type: string;
  /** Offset in the sentence text. */
  readonly at: number;
  /** Preceded by a year ("the 2023 earthquakes"): an earlier incident. */
  readonly past: boolean;
}

function cues(text: string): Cue[] {
  const out: Cue[] = [];
  for (const [type, re] of frameLexicon().incidents) {
    if (!re.test(text)) continue;
    for (const m of text.matchAll(globalOf(re))) {
      out.push({ type, at: m.index, past: /\b(1[89]|20)\d{2}\s*$/.test(text.slice(Math.max(0, m.index - 8), m.index)) });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/** The figures of the current incident among a sentence's quantities (not those of an earlier one). */
export function incidentFigures(sentence: Sentence, quantities: readonly Quantity[], found: readonly Cue[] = cues(sentence.text)): Quantity[] {
  return quantities.filter((q) => {
    if (!FIGURE_UNITS.has(q.unit ?? "")) return false;
    const at = q.span[0] - sentence.span[0];
    const before = found.filter((c) => c.at < at).pop();
    return !before?.past;
  });
}

/** The incident frame of one sentence, or null. */
export function incidentFrame(input: IncidentInput): Frame | null {
  const { sentence } = input;
  const found = cues(sentence.text);
  const current = found.filter((c) => !c.past);
  const figures = incidentFigures(sentence, input.quantities, found);
  const type = current[0]?.type ?? (figures.length > 0 ? (input.recentIncident ?? UNNAMED_INCIDENT) : null);
  if (type === null) return null;
  const roles: Record<string, string> = { incident: type };
  const place = input.mentions.find((m) => m.type === "country" || m.type === "place");
  if (place) roles["place"] = place.canonical;
  return { type: "incident", roles, status: null };
}
