/**
 * @module Hedging and modality of a sentence: asserted, reported, planned/expected,
 * possible/considered, denied. Cues are matched on lower-cased text with word bounds.
 */
import type { Modality } from "../types.ts";
import { alternatives, wordListPack } from "./word-lists.ts";

/** The modality pack (packs/lang/en/modality.json), read on first use. */
export const modalityWords = wordListPack("modality", ["denied", "dealNouns", "copulas", "expectations", "notParticiples", "neverParticiples", "auxiliaries", "negatedParticiples", "possible", "planned", "reported", "upcoming", "done"]);

let cuesOf: ReadonlyArray<readonly [Modality, RegExp]> | undefined;
/** The cues of each modality, strongest first, built from the pack once. */
function cueList(): ReadonlyArray<readonly [Modality, RegExp]> {
  if (cuesOf) return cuesOf;
  const w = modalityWords();
  const alt = (list: readonly string[]): string => alternatives(list, " ");
  const negated = `no (?:${alt(w.dealNouns)}) (?:${alt(w.copulas)}) (?:${alt(w.expectations)})|not (?:be )?(?:${alt(w.notParticiples)})|never (?:${alt(w.neverParticiples)})|(?:${alt(w.auxiliaries)})(?: not|n't)(?: yet)?(?: be(?:en)?)? (?:${alt(w.negatedParticiples)})`;
  const cue = (words: string): RegExp => new RegExp(`\\b(${words})\\b`);
  return (cuesOf = [
    ["denied", cue(`${alt(w.denied)}|${negated}`)],
    ["possible", cue(alt(w.possible))],
    ["planned", cue(alt(w.planned))],
    ["reported", cue(alt(w.reported))],
  ]);
}

/** Hedge cue words found in `text` (lower-cased, in order of appearance). */
export function hedgeCues(text: string): readonly string[] {
  const lower = text.toLowerCase();
  const cues: { at: number; cue: string }[] = [];
  for (const [, re] of cueList()) {
    const g = new RegExp(re.source, "g");
    for (const m of lower.matchAll(g)) cues.push({ at: m.index, cue: m[0] });
  }
  return cues.sort((a, b) => a.at - b.at).map((c) => c.cue);
}

/** The modality of a sentence: the strongest cue wins (denied > possible > planned > reported). */
export function modalityOf(text: string, options: { attributed: boolean }): Modality {
  const lower = text.toLowerCase();
  for (const [modality, re] of cueList()) if (re.test(lower)) return modality;
  return options.attributed ? "reported" : "asserted";
}
