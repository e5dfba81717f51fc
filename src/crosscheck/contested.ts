/** @module The contested fact the dispute rules (figure, category, residence) report: one shape, built once. */
import type { Difference, Evidence, Fact } from "../report/types.ts";
import type { Rule } from "../rules.ts";
import type { Claim } from "../types.ts";
import type { Origins } from "./origins.ts";

/** One account a dispute compared: the claim and its value as shown. */
export interface Account {
  readonly claim: Claim;
  readonly value: string;
}

export interface Dispute {
  readonly id: string;
  readonly storyId: string;
  readonly statement: string;
  /** Subjects shown; default the claims' own (the first six). */
  readonly subject?: readonly string[];
  readonly rule: Rule;
  readonly what: string;
  /** The two accounts compared. */
  readonly accounts: readonly [Account, Account];
  readonly variants: readonly { readonly value: string; readonly evidence: readonly Evidence[]; readonly claims: readonly Claim[] }[];
  readonly origins: Origins;
}

/** A contested fact, `differs` as text and `difference` as data (the rule and the two accounts). */
export function contestedFact(d: Dispute): Fact {
  const claims = d.variants.flatMap((v) => v.claims);
  const account = (a: Account): Difference["accounts"][number] => ({ articleId: a.claim.articleId, value: a.value, quote: a.claim.text, span: [a.claim.span[0], a.claim.span[1]] });
  return {
    id: d.id,
    storyId: d.storyId,
    statement: d.statement,
    subject: d.subject ?? [...new Set(claims.flatMap((c) => c.subjects))].slice(0, 6),
    verdict: "contested",
    articles: new Set(claims.map((c) => c.articleId)).size,
    independentOrigins: d.origins.count,
    variants: d.variants.map((v) => ({ value: v.value, evidence: v.evidence })),
    differs: d.what,
    difference: { rule: d.rule.id, what: d.what, accounts: [account(d.accounts[0]), account(d.accounts[1])] },
    conservative: null,
    origins: d.origins.chains,
    modality: "asserted",
    frame: null,
  };
}

/**
 * Whether a new dispute is already told: a contested fact of `facts` quotes every quote of it
 * (the dispute rules run one after another over the same sentences).
 */
export function alreadyContested(facts: readonly Fact[]): (fact: Fact) => boolean {
  const quoted = facts.filter((f) => f.verdict === "contested").map((f) => new Set(f.variants.flatMap((v) => v.evidence.map((e) => `${e.articleId}:${e.span[0]}`))));
  return (fact) => quoted.some((s) => fact.variants.every((v) => v.evidence.every((e) => s.has(`${e.articleId}:${e.span[0]}`))));
}

/**
 * Whether two variants' origins hold accounts of different origins: some article of one and some
 * article of the other are not one origin. A copy that changed its source's figure is then set
 * against an independent account, never against its own source alone.
 */
export function differentOrigins(x: ReadonlySet<string>, y: ReadonlySet<string>): boolean {
  return x.size > 1 || y.size > 1 || [...x].some((o) => !y.has(o));
}
