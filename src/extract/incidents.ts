/**
 * @module Incident frames: an earthquake, an attack, a crash ... (types and cues from the frames
 * pack) with its place and its figures: the dead, the injured, a quake's magnitude. A sentence that
 * gives casualty figures without naming the incident ("At least 30 people died") belongs to the
 * incident its article last named, or, failing that, to the story's main incident (resolved when
 * claims are grouped). Figures of an earlier incident ("the 2023 earthquakes that killed more than
 * 50,000") are left out, and so are those of a lesser event within it ("two aftershocks of more than
 * 5.0 magnitude").
 */
import type { Frame, Mention, Quantity, Sentence } from "../types.ts";
import { frameLexicon, globalOf } from "./frame-lexicon.ts";
import { unitClass } from "./units.ts";
import { casualtyWords } from "./casualties.ts";
import { alternatives, lazyPattern } from "./word-lists.ts";

/** Placeholder incident type for casualty figures in an article that named no incident. */
export const UNNAMED_INCIDENT = "";

/** Classes of the figures an incident has (see unitClass): "killed", "dead", "deaths" are one. */
const FIGURE_CLASSES: ReadonlySet<string> = new Set(["deaths", "injuries", "magnitude"]);

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
  /** Offset of the cue's end in the sentence text. */
  readonly end: number;
  /** Dated by a year before it ("the 2023 earthquakes") or after it ("Typhoon Haiyan in 2013"): an earlier incident. */
  readonly past: boolean;
  /** A lesser event within the incident ("aftershocks"): its figures are not the incident's. */
  readonly part: boolean;
}

/** A year before the cue, past at most two name words: "the 2023 earthquakes", "the 1989 Dryden crash". */
const YEAR_BEFORE = /\b(1[89]|20)\d{2}(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s*$/u;
/** A year right after the cue, past at most two name words: "Typhoon Haiyan in 2013", "the floods of 2022". */
const YEAR_AFTER = lazyPattern(() => `^(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2}\\s+(?:${alternatives(casualtyWords().yearAfter)})\\s+(?:(?:\\p{Lu}\\p{Ll}+)\\s+)?(1[89]|20)\\d{2}\\b`, "u");
/** Words that tie a figure to an incident named after it: "thousands killed by Typhoon Haiyan", "died in the 2013 floods". */
const TIED_AFTER = lazyPattern(() => `^[^,;:.]{0,40}?\\b(?:${alternatives(casualtyWords().tiedBefore)})\\s+(?:the\\s+|a\\s+|an\\s+)?$`, "i");

function cues(text: string): Cue[] {
  const out: Cue[] = [];
  const lexicon = frameLexicon();
  // A figurative use ("heart attack", "attacked the blaze", "crash course") names no incident.
  const idioms = lexicon.incidentIdioms.test(text) ? [...text.matchAll(globalOf(lexicon.incidentIdioms))].map((m) => [m.index, m.index + m[0].length] as const) : [];
  for (const [type, re] of lexicon.incidents) {
    if (!re.test(text)) continue;
    for (const m of text.matchAll(globalOf(re))) {
      if (idioms.some(([a, b]) => m.index < b && a < m.index + m[0].length)) continue;
      const end = m.index + m[0].length;
      const past = YEAR_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) || YEAR_AFTER().test(text.slice(end, end + 40));
      const part = lexicon.incidentParts?.test(m[0]) ?? false;
      out.push({ type, at: m.index, end, past, part });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/** The figures of the current incident among a sentence's quantities (not those of an earlier one). */
export function incidentFigures(sentence: Sentence, quantities: readonly Quantity[], found: readonly Cue[] = cues(sentence.text)): Quantity[] {
  return quantities.filter((q) => {
    if (!FIGURE_CLASSES.has(unitClass(q.unit) ?? "")) return false;
    const at = q.span[0] - sentence.span[0];
    const qEnd = q.span[1] - sentence.span[0];
    // An incident named right after the figure and tied to it by "by", "in" ... is the figure's own.
    const after = found.find((c) => c.at >= qEnd && TIED_AFTER().test(sentence.text.slice(qEnd, c.at)));
    const own = after ?? found.filter((c) => c.at < at).pop();
    return !own?.past && !own?.part;
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
