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

/** Hedge cue words found in `text` (lower-cased, in order of appearance). */
export function hedgeCues(text: string): readonly string[] {
  const lower = text.toLowerCase();
  const cues: { at: number; cue: string }[] = [];
  for (const [, re] of CUES) {
    const g = new RegExp(re.source, "g");
    for (const m of lower.matchAll(g)) cues.push({ at: m.index, cue: m[0] });
  }
  return cues.sort((a, b) => a.at - b.at).map((c) => c.cue);
}

/** The modality of a sentence: the strongest cue wins (denied > possible > planned > reported). */
export function modalityOf(text: string, options: { attributed: boolean }): Modality {
  const lower = text.toLowerCase();
  for (const [modality, re] of CUES) if (re.test(lower)) return modality;
  return options.attributed ? "reported" : "asserted";
}
