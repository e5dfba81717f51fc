/**
 * @module Hedging and modality of a sentence: asserted, reported, planned/expected,
 * possible/considered, denied. Cues are matched on lower-cased text with word bounds.
 */
import type { Modality } from "../types.ts";

const CUES: ReadonlyArray<readonly [Modality, RegExp]> = [
  ["denied", /\b(denied|denies|deny|rejected|rejects|dismissed|no (?:contracts?|deals?|agreements?) (?:is|are|was|were|will be) (?:expected|likely|set)|not (?:be )?(?:signed|approved|finali[sz]ed|concluded)|never (?:signed|approved)|ruled out|(?:has|have|had|did|does|is|are|was|were|will|would)(?: not|n't)(?: yet)?(?: be(?:en)?)? (?:signed|approved|finali[sz]ed|concluded|delivered|ordered|agreed))\b/],
  ["possible", /\b(potential(?:ly)?|possible|possibly|could|may|might|considering|considers|consider|contemplat(?:ing|es|e)|exploring|explores|mulling|weighing|proposed|proposal|would|if finali[sz]ed|likely|talks? (?:on|about)|negotiat(?:e|ing|ions?)|seeks?|seeking|eyeing|interested in)\b/],
  ["planned", /\b(expected to|expects|plans? to|planned|planning|scheduled|set to|will|upcoming|forthcoming|due to|to be|intends? to|aims? to|is to|are to|prepares?|preparing|poised to|slated)\b/],
  ["reported", /\b(reportedly|allegedly|purportedly|said to|is believed|are believed|according to|reported|reports|citing|sources say)\b/],
];

/** The cues again, global, for scanning a text for all of them. */
const SCAN: readonly RegExp[] = CUES.map(([, re]) => new RegExp(re.source, "g"));

interface Cue {
  readonly at: number;
  readonly cue: string;
  /** Index in CUES of the modality it marks. */
  readonly kind: number;
}

// A sentence's cues are read for its modality and its hedges, one after the other: the last
// text's are kept.
let last: { text: string; cues: readonly Cue[] } | null = null;

/** Every cue of `text`, lower-cased, in order of appearance (ties: in the order of CUES). */
function cuesOf(text: string): readonly Cue[] {
  if (last?.text === text) return last.cues;
  const lower = text.toLowerCase();
  const cues: Cue[] = [];
  SCAN.forEach((re, kind) => {
    re.lastIndex = 0;
    for (let m = re.exec(lower); m !== null; m = re.exec(lower)) cues.push({ at: m.index, cue: m[0], kind });
  });
  cues.sort((a, b) => a.at - b.at);
  last = { text, cues };
  return cues;
}

/** Hedge cue words found in `text` (lower-cased, in order of appearance). */
export function hedgeCues(text: string): readonly string[] {
  return cuesOf(text).map((c) => c.cue);
}

/** The modality of a sentence: the strongest cue wins (denied > possible > planned > reported). */
export function modalityOf(text: string, options: { attributed: boolean }): Modality {
  let kind = CUES.length;
  for (const c of cuesOf(text)) if (c.kind < kind) kind = c.kind;
  return CUES[kind]?.[0] ?? (options.attributed ? "reported" : "asserted");
}
