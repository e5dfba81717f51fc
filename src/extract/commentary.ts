/**
 * @module Reporting or commentary? A sentence is reporting when it is attributed or states something
 * checkable (a named actor doing something on a date, a figure, a deal's status). It is commentary
 * when, unattributed, it evaluates, speculates or generalizes ("underscores", "a testament to",
 * "cannot be ignored", "could reshape the balance of power").
 */
import type { Attribution, DateValue, Frame, Mention, Quantity } from "../types.ts";

const EVALUATIVE = /\b(underscor\w*|highlight\w*|illustrat\w*|signal\w*|reflect\w*|testament|reminder|symboli[sz]\w*|marks? a|represents?|reaffirm\w*|demonstrat\w*|showcas\w*|critical|crucial|pivotal|significant(?:ly)?|profound|unprecedented|remarkabl\w*|delicate|complex|intricate|nuanced|calculated|strategic (?:autonomy|balancing|calculus)|balancing act|chessboard|cornerstone|bulwark|counterweight|counterbalance|no coincidence|cannot be ignored|not merely|more than (?:just )?a|not without|is not just|far-reaching|implications|geopolitic\w*|multipolar|world will be watching|eyes of the world|remains? to be seen|in the shadow of|increasingly|ripple|reshape|narrative|guardian|dominance|encroachment|aggression|vital|robust|determination|commitment to|quest|prowess|trust cultivated|framed|frames|framing|portray\w*|positions \w+ as|consistently|safeguard\w*|stance|resonance|defensive response)\b/gi;
/** Opinion markers: hedged judgement, generalization, advice. */
const OPINION = /\b(never|always|precisely|doubtful|whether|matters?|the message|habit|risk of|real test|simply|surely|perhaps|arguably|clearly|of course|indeed|must|should|ought|worth|harder|easier|powerful argument|in sight|in practice|on paper|little doubt|no doubt|it seems|seems|appears to be|may find|may get|less than it seems)\b/gi;
const CONCRETE = new Set(["person", "organization", "country", "place", "outlet", "weapon", "law", "event", "office"]);

const GENERIC_SUBJECT = /^(this|that|these|such|it|the (?:move|timing|deal|transaction|tension|development|decision|partnership|engagement|approach|implications)|for (?:india|russia|[a-z]+),|yet,|however,|as (?:the|tensions)|amid|despite|observers|analysts|experts|key (?:areas|factors|considerations))\b/i;
const SPECULATIVE = /\b(could|might|may|would|will likely|is likely|are likely|poised|potentially)\b/i;
const CHECKABLE_VERB = /\b(declined|said|told|announced|approved|signed|ordered|received|delivered|visited|met|imposed|reported|confirmed|is scheduled|will visit|plans? to|has (?:already )?(?:approved|received|signed)|arrived|launched|killed|rose|fell)\b/i;

export interface CommentaryInput {
  readonly text: string;
  readonly attribution: Attribution | null;
  readonly mentions: readonly Mention[];
  readonly quantities: readonly Quantity[];
  readonly dates: readonly DateValue[];
  readonly frames: readonly Frame[];
}

/** Score > 0 means commentary. Exposed for explanations and tests. */
export function commentaryScore(input: CommentaryInput): number {
  // "Analysts say", "observers note": a vague, unnamed group is no source; it frames commentary.
  const vague = input.attribution?.source.startsWith("unnamed ") ?? false;
  if (input.attribution && !vague) return -3;
  const evaluative = (input.text.match(EVALUATIVE) ?? []).length;
  const opinion = (input.text.match(OPINION) ?? []).length;
  let score = evaluative + opinion + (vague ? 0.5 : 0);
  if (GENERIC_SUBJECT.test(input.text)) score += 1;
  if (SPECULATIVE.test(input.text)) score += 0.5;
  // Nothing named and nothing checkable: generic analysis.
  if (!input.mentions.some((m) => CONCRETE.has(m.type))) score += 1;
  const calendar = input.dates.some((d) => /\d/.test(d.value) && d.role !== "relative");
  if (input.quantities.length > 0) score -= 2;
  if (calendar) score -= 1.5;
  if (input.frames.some((f) => f.status === "approved" || f.status === "ordered" || f.status === "delivered" || f.status === "delivering")) score -= 1.5;
  if (CHECKABLE_VERB.test(input.text)) score -= 1;
  if (input.mentions.some((m) => m.type === "person")) score -= 0.5;
  return score;
}

export function isCommentary(input: CommentaryInput): boolean {
  return commentaryScore(input) > 0.5;
}
