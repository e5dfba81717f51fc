/**
 * @module Which way a clause points in time (past or future), from cue words around an expression.
 * Used to place year-less dates and bare weekdays relative to the publication date.
 */

export type Direction = "past" | "future" | null;

const FUTURE =
  /\b(?:will|won't|shall|going to|scheduled|expected|set to|due to|plans? to|planned|planning|upcoming|forthcoming|to be held|next|coming|later this|ahead|would)\b|'ll\b/i;
const PAST =
  /\b(?:was|were|had|did|ago|last|earlier|previously)\b/i;

const GOVERNING_PAST =
  /\b(?:said|told|announced|reported|warned|stated|added|signed|met|held|visited|arrived|claimed|confirmed|revealed|wrote|insisted|denied|approved|was|were)\s+(?:[a-z]+\s+)?(?:on|last|in)?\s*$/i;

/** The clause around [start, end): from the previous sentence or clause break to the next. */
function clauseAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !/[.;!?\n]/.test(text[a - 1] ?? "")) a--;
  let b = end;
  while (b < text.length && !/[.;!?\n]/.test(text[b] ?? "")) b++;
  return text.slice(a, start) + " " + text.slice(end, b);
}

/** Future cues win over past ones ("said he will visit on Tuesday" points forward). */
export function directionAt(text: string, start: number, end: number): Direction {
  // The verb right before the expression governs it: "said on Sunday that X would ..." is past.
  if (GOVERNING_PAST.test(text.slice(Math.max(0, start - 30), start))) return "past";
  const clause = clauseAround(text, start, end);
  if (FUTURE.test(clause)) return "future";
  if (PAST.test(clause)) return "past";
  return null;
}
