/**
 * @module Zero from a negation (rule number.zero-casualties): "No one was injured", "nobody was
 * hurt", "no injuries were reported", "there were no reports of deaths" count the injured or the
 * dead as zero. A zero is a figure like any other: independent articles that give it agree, and it
 * stands against an account that counts some ("no casualties" against "12 dead").
 */
import type { Quantity, Sentence } from "../types.ts";
import type { Rule } from "../rules.ts";
import { casualtyWords } from "./casualties.ts";
import { frameLexicon } from "./frame-lexicon.ts";
import { alternatives, lazyPattern } from "./word-lists.ts";

export const ZERO_CASUALTIES_RULE: Rule = {
  id: "number.zero-casualties",
  doc: "No one of a casualty count ('No one was injured', 'nobody was hurt') or no casualty noun ('no injuries were reported', 'no reports of deaths') counts the injured or the dead as zero.",
};

/** "No one was (seriously) injured", "nobody has been hurt", "none of them were killed". */
const NOBODY = lazyPattern(() => `\\b(?:${alternatives(casualtyWords().nobody)})(?:\\s+(?:else|of\\s+(?:them|those|the\\s+[\\p{L}-]+)))?\\s+(?:was|were|is|are|has\\s+been|have\\s+been|had\\s+been|got)?\\s*(?:[\\p{L}-]+ly\\s+)?([\\p{L}-]+)`, "giu");
/** "no injuries", "no immediate reports of damage or casualties": "no" and at most five words before the noun, within the clause. */
const NO_NOUN = lazyPattern(() => `\\bno\\s+(?:[\\p{L}-]+\\s+){0,5}?(${alternatives(casualtyWords().zeroCasualtyNouns)})\\b`, "giu");

/** Which count a casualty noun after "no" is of. */
function countsOf(noun: string): ("killed" | "injured")[] {
  const lex = frameLexicon();
  if (/^casualt/i.test(noun)) return ["killed", "injured"];
  return lex.injured.test(noun) ? ["injured"] : lex.killed.test(noun) ? ["killed"] : [];
}

/** The zero counts a sentence gives (see ZERO_CASUALTIES_RULE), each once per unit. */
export function zeroCasualties(sentence: Sentence): Quantity[] {
  const lex = frameLexicon();
  const out: Quantity[] = [];
  const add = (unit: "killed" | "injured", index: number, text: string): void => {
    if (out.some((q) => q.unit === unit)) return;
    const start = sentence.span[0] + index;
    out.push({ kind: "quantity", span: [start, start + text.length], sentence: sentence.index, text, value: 0, upper: 0, approx: "exact", unit, item: null, incremental: false, part: false });
  };
  for (const m of sentence.text.matchAll(NOBODY())) {
    const verb = m[1] ?? "";
    if (lex.injured.test(verb)) add("injured", m.index, m[0]);
    else if (lex.killed.test(verb)) add("killed", m.index, m[0]);
  }
  for (const m of sentence.text.matchAll(NO_NOUN())) for (const unit of countsOf(m[1] ?? "")) add(unit, m.index, m[0]);
  return out;
}
