/**
 * @module Why a fact is contested, as data: the rule that contested it, what differs, and the two
 * accounts it compared, each with its own value and quote (the report's `difference`; `differs`
 * keeps the words for v1 readers).
 */
import type { Difference } from "../report/types.ts";
import type { Claim } from "../types.ts";
import { describeValue, type ClaimValue } from "./values.ts";

export const FACT_RULES = {
  conflict: { id: "facts.incompatible-values", doc: "Two independent accounts of one fact whose values cannot both be true (figures that do not overlap, other units, other dates, a denial against a deed) make the fact contested." },
} as const;

export function differenceOf(what: string, [a, b]: readonly [Claim, Claim], valueOf: (c: Claim) => ClaimValue, withDate: boolean): Difference {
  const account = (c: Claim): Difference["accounts"][number] => ({ articleId: c.articleId, value: describeValue(valueOf(c), { withDate }), quote: c.text, span: [c.span[0], c.span[1]] });
  return { rule: FACT_RULES.conflict.id, what, accounts: [account(a), account(b)] };
}
