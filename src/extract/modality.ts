/**
 * @module Hedging and modality of a sentence: asserted, reported, planned/expected,
 * possible/considered, denied. Cues are matched on lower-cased text with word bounds.
 */
import type { Modality } from "../types.ts";
import { alternatives, wordListPack } from "./word-lists.ts";

/** The modality pack (packs/lang/en/modality.json), read on first use. */
export const modalityWords = wordListPack("modality", ["denied", "dealNouns", "copulas", "expectations", "notParticiples", "neverParticiples", "auxiliaries", "negatedParticiples", "possible", "planned", "reported", "upcoming", "done"]);

let cueCache: ReadonlyArray<readonly [Modality, RegExp]> | undefined;
/** The cues of each modality, strongest first, built from the pack once. */
function cueList(): ReadonlyArray<readonly [Modality, RegExp]> {
  if (cueCache) return cueCache;
  const w = modalityWords();
  const alt = (list: readonly string[]): string => alternatives(list, " ");
  const negated = `no (?:${alt(w.dealNouns)}) (?:${alt(w.copulas)}) (?:${alt(w.expectations)})|not (?:be )?(?:${alt(w.notParticiples)})|never (?:${alt(w.neverParticiples)})|(?:${alt(w.auxiliaries)})(?: not|n't)(?: yet)?(?: be(?:en)?)? (?:${alt(w.negatedParticiples)})`;
  const cue = (words: string): RegExp => new RegExp(`\\b(${words})\\b`);
  return (cueCache = [
    ["denied", cue(`${alt(w.denied)}|${negated}`)],
    ["possible", cue(alt(w.possible))],
    ["planned", cue(alt(w.planned))],
    ["reported", cue(alt(w.reported))],
  ]);
}

let scanCache: readonly RegExp[] | undefined;
/** The cues again, global, for scanning a text for all of them. */
function scanList(): readonly RegExp[] {
  return (scanCache ??= cueList().map(([, re]) => new RegExp(re.source, "g")));
}

interface Cue {
  readonly at: number;
  readonly cue: string;
  /** Index in cueList() of the modality it marks. */
  readonly kind: number;
}

// A sentence's cues are read for its modality and its hedges, one after the other: the last
// text's are kept.
let last: { text: string; cues: readonly Cue[] } | null = null;

/** Every cue of `text`, lower-cased, in order of appearance (ties: in the order of cueList()). */
function cuesOf(text: string): readonly Cue[] {
  if (last?.text === text) return last.cues;
  const lower = text.toLowerCase();
  const cues: Cue[] = [];
  scanList().forEach((re, kind) => {
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
  const cues = cueList();
  let kind = cues.length;
  for (const c of cuesOf(text)) if (c.kind < kind) kind = c.kind;
  return cues[kind]?.[0] ?? (options.attributed ? "reported" : "asserted");
}
