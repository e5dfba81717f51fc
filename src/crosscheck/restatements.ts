/**
 * @module group.restatement: a sentence that no other article's sentence joined (a group of one)
 * joins the group that restates it from other articles, when grouping had put the two apart only
 * because one was credited to a named speaker and the other was not ("No one was injured, according
 * to Fire Chief Steele" and "No one was injured, but several people were inside"). Statements and
 * generic claims are grouped in separate passes (group.ts); this pass links them.
 */
import type { Claim } from "../types.ts";
import type { Rule } from "../rules.ts";
import { KeyIndex, LINEAR_FROM, MAX_POSTING } from "./candidates.ts";
import { canonicalOrder, type ClaimGroup, type GroupMerge, type GroupOptions } from "./group.ts";

export const RESTATEMENT_RULE: Rule = {
  id: "group.restatement",
  doc: "A sentence no other article's sentence joined joins the group that restates it from other articles when one side is credited to a named speaker and the other is not",
};

/** Members of a group a lone sentence is compared with (its first, in canonical order). */
const COMPARED_MEMBERS = 6;

/** Only statements and generic claims are restated across the speaker split; frames group by their own keys. */
const linkable = (g: ClaimGroup): boolean => g.kind === "statement" || g.kind === "generic";

/**
 * The groups after each lone statement or generic claim (in canonical order) that reaches the
 * grouping threshold with a group of the other pass (a speaker's statements for a generic claim,
 * generic claims for a statement) and holds no sentence of its article has joined the most similar one.
 */
export function linkRestatements(groups: readonly ClaimGroup[], options: GroupOptions): ClaimGroup[] {
  const out = groups.map((g) => ({ ...g, claims: [...g.claims], merged: [...(g.merged ?? [])] as GroupMerge[] }));
  // The articles each group holds a sentence of (kept as lone sentences join).
  const articles = out.map((g) => new Set(g.claims.map((c) => c.articleId)));
  const gone = new Set<number>();
  const keysOf = options.keys;
  const index = keysOf ? new KeyIndex(groups.length > LINEAR_FROM ? MAX_POSTING : Infinity) : null;
  out.forEach((g, i) => {
    if (index && keysOf && linkable(g)) for (const c of g.claims.slice(0, COMPARED_MEMBERS)) index.add(i, keysOf(c));
  });
  out.forEach((g, i) => {
    const lone = g.claims[0];
    if (!lone || g.claims.length !== 1 || !linkable(g)) return;
    let best = -1;
    let bestScore = options.threshold;
    let bestMatch: Claim | null = null;
    const candidates = index && keysOf ? index.query(keysOf(lone)) : out.keys();
    for (const j of candidates) {
      const h = out[j];
      if (!h || j === i || gone.has(j) || !linkable(h) || (h.kind === "statement") === (g.kind === "statement")) continue;
      if (articles[j]?.has(lone.articleId)) continue;
      for (let k = 0; k < h.claims.length && k < COMPARED_MEMBERS; k++) {
        const c = h.claims[k] as Claim;
        const s = options.similarity(lone, c, bestScore);
        if (s >= bestScore) {
          best = j;
          bestScore = s;
          bestMatch = c;
        }
      }
    }
    const home = out[best];
    if (!home || !bestMatch) return;
    home.claims.push(lone);
    articles[best]?.add(lone.articleId);
    home.claims.sort(canonicalOrder);
    home.merged.push({ rule: RESTATEMENT_RULE, claims: [bestMatch, lone], message: `restates "${bestMatch.text.slice(0, 80)}" (similarity ${bestScore.toFixed(2)}): the same claim, told with and without a named speaker` });
    gone.add(i);
  });
  return out.filter((_, i) => !gone.has(i)).map((g) => {
    const { merged, ...rest } = g;
    return merged.length > 0 ? { ...rest, merged } : rest;
  });
}
