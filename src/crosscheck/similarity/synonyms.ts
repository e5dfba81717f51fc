/**
 * @module A small table of near-synonyms common in news reporting (verbs of change, acquisition,
 * speech acts, violence, scale). Words of a group share one term, so "buy"/"purchase" and
 * "rose"/"climbed" match. Only unambiguous members are listed: a word with a common second sense
 * ("decline" = refuse, "charge" = price) stays out of groups where that sense would mislead.
 */
import { stem } from "../../stories/stem.ts";

const GROUPS: readonly string[] = [
  "buy purchase acquire acquisition",
  "sell sale",
  "rise increase climb gain jump surge grow growth soar",
  "fall drop decline decrease slip dip sink plunge tumble slump slide",
  "big large huge major massive",
  "small little minor tiny",
  "begin start commence launch",
  "end finish conclude",
  "help aid assist assistance",
  "show reveal indicate demonstrate",
  "try attempt",
  "kill slay",
  "injure wound hurt",
  "attack assault",
  "arrest detain apprehend",
  "accuse allege",
  "discuss talk negotiate negotiation",
  "approve authorize authorise endorse",
  "reject refuse dismiss",
  "warn caution",
  "allow permit",
  "need require",
  "plan intend",
  "expect anticipate forecast predict",
  "get obtain receive",
  "give provide supply",
  "build construct",
  "cut reduce slash lower reduction",
  "ban prohibit forbid",
  "seize capture",
  "quickly rapidly swiftly",
  "firm company corporation",
  "chief head",
  "nation country",
  "car vehicle automobile auto",
  "percent pct",
  "declare announce",
  "estimate approximate",
  "confirm verify",
  "deny dispute",
  "fight battle combat",
  "strengthen bolster reinforce",
  "weapon arm",
  "deal agreement accord pact",
  "officials authorities",
  "inquiry investigation probe",
  "lawmaker legislator",
  "huge enormous",
  "shares stock stocks",
];

const CANONICAL = new Map<string, string>();
for (const line of GROUPS) {
  const stems = line.split(" ").map((w) => stem(w));
  // A group that shares a word with an earlier one joins it.
  const head = stems.map((s) => CANONICAL.get(s)).find((h) => h !== undefined) ?? stems[0] ?? "";
  for (const s of stems) if (!CANONICAL.has(s)) CANONICAL.set(s, head);
}

/** The shared term of a stem's synonym group, or the stem itself. */
export function canonical(stemmed: string): string {
  return CANONICAL.get(stemmed) ?? stemmed;
}
