/**
 * @module Disputes over a category's value (issue 12's categorical slots): the colour of a thing
 * or the compass direction of a place, which no number carries. A word of the categories pack
 * (packs/lang/en/categories.json) gives a value to the thing it describes: the noun or name it
 * modifies ("a grey Toyota Camry": colour of "toyota"), or the name after "of" ("55 km west of the
 * town of Bireun": direction from "bireun"; "northwestern Aceh" names a region and gives nothing).
 * Related sentences of independent articles that give the same thing different values, none near
 * the other, are one contested fact.
 */
import { pushTo } from "../multimap.ts";
import { linkedComponents } from "./components.ts";
import type { Fact } from "../report/types.ts";
import type { Rule } from "../rules.ts";
import { isBackground, type StoryTime } from "./background.ts";
import { stableId } from "../ids.ts";
import type { Claim, Token } from "../types.ts";
import { categoryLexicon, type CategoryValue } from "../extract/lang-pack.ts";
import { stem } from "./similarity/features.ts";
import { evidenceOf } from "./facts.ts";
import { contestedFact } from "./contested.ts";
import { canonicalOrder } from "./group.ts";
import { type FigureContext, PARTNERS } from "./figures.ts";

export const CATEGORY_RULE: Rule = {
  id: "category.dispute",
  doc: "Related sentences of independent articles that give one thing different values of a category (the colour of a car, the compass direction of a place from another), neither value near the other, are one contested fact; copies, commentary, denials and background in an earlier year are never rivals.",
};

/** Relatedness two sentences need before their different values for one thing are rivals. */
export const CATEGORY_CONTEXT = 0.3;
/** Tokens after the category word searched for the thing it describes. */
const HEAD_WINDOW = 4;

export interface CategoryContext extends FigureContext {
  /** The tokens of a claim's sentence. */
  readonly tokensOf: (c: Claim) => readonly Token[];
}

interface Reading {
  readonly claim: Claim;
  readonly value: CategoryValue;
  /** The word as written. */
  readonly word: string;
  /** What it describes, as written ("Toyota"). */
  readonly head: string;
  readonly slot: string;
}

const NOUNISH = new Set(["NOUN", "PROPN"]);

/** The category values a claim gives, each with the thing it describes. */
function readingsOf(c: Claim, tokens: readonly Token[], time: StoryTime): Reading[] {
  if (c.modality === "denied" || c.modality === "possible" || c.commentary) return [];
  if (isBackground(c, time)) return [];
  const lex = categoryLexicon();
  const out: Reading[] = [];
  tokens.forEach((t, i) => {
    const value = lex.get(t.text.toLowerCase());
    if (!value) return;
    const at = (k: number): Reading => ({ claim: c, value, word: t.text, head: (tokens[k] as Token).text, slot: `${value.kind}|${stem((tokens[k] as Token).text.toLowerCase())}` });
    if (value.describes === "of-name") {
      // "west of Bireun", "55 km west of the town of Bireun": the first name after "of".
      if (tokens[i + 1]?.norm !== "of") return;
      for (let k = i + 2; k < Math.min(tokens.length, i + 2 + HEAD_WINDOW); k++) {
        const w = tokens[k] as Token;
        if (w.pos === "PROPN" && /^\p{Lu}/u.test(w.text)) {
          out.push(at(k));
          return;
        }
        if (!(w.pos === "DET" || w.pos === "NOUN" || w.pos === "ADJ" || w.norm === "of")) return;
      }
      return;
    }
    // The noun or name the word modifies: the first after it, across adjectives and other category words ("a dark grey Toyota").
    for (let k = i + 1; k < Math.min(tokens.length, i + 1 + HEAD_WINDOW); k++) {
      const w = tokens[k] as Token;
      if (NOUNISH.has(w.pos) && !lex.has(w.text.toLowerCase())) {
        out.push(at(k));
        return;
      }
      if (!(w.pos === "ADJ" || w.pos === "ADV" || w.text === "-" || lex.has(w.text.toLowerCase()))) return;
    }
  });
  return out;
}

/** Contested category facts: rival values for one thing in related sentences of articles of different origins. */
export function categoryDisputes(claims: readonly Claim[], ctx: CategoryContext): Fact[] {
  const bySlot = new Map<string, Reading[]>();
  for (const c of [...claims].sort(canonicalOrder))
    for (const r of readingsOf(c, ctx.tokensOf(c), ctx)) pushTo(bySlot, r.slot, r);
  const out: Fact[] = [];
  for (const [slot, readings] of bySlot) {
    if (new Set(readings.map((r) => r.value.value)).size < 2 || new Set(readings.map((r) => r.claim.articleId)).size < 2) continue;
    const comps = linkedComponents(readings, (r) => r.claim.articleId, (a, b) => ctx.related(a.claim, b.claim) >= CATEGORY_CONTEXT, PARTNERS);
    for (const comp of comps) {
      const fact = disputeOf(slot, comp, ctx);
      if (fact) out.push(fact);
    }
  }
  return out;
}

function disputeOf(slot: string, comp: readonly Reading[], ctx: CategoryContext): Fact | null {
  const byValue = new Map<string, Reading[]>();
  for (const r of comp) pushTo(byValue, r.value.value, r);
  if (byValue.size < 2) return null;
  const originOf = new Map<string, string>();
  for (const chain of (ctx.copyOrigins ?? ctx.origins)(comp.map((r) => r.claim)).chains) for (const id of chain.articleIds) originOf.set(id, chain.root);
  const groups = [...byValue.values()];
  const originsOf = groups.map((g) => new Set(g.map((r) => originOf.get(r.claim.articleId) ?? r.claim.articleId)));
  // A value rivals another when some origin gives it and not the other, and neither is near the other.
  const rival = (i: number, k: number): boolean => {
    const a = (groups[i] as Reading[])[0] as Reading;
    const b = (groups[k] as Reading[])[0] as Reading;
    if (a.value.near.has(b.value.value) || b.value.near.has(a.value.value)) return false;
    return [...(originsOf[i] as Set<string>)].some((o) => !(originsOf[k] as Set<string>).has(o)) && [...(originsOf[k] as Set<string>)].some((o) => !(originsOf[i] as Set<string>).has(o));
  };
  const kept = groups.filter((_, i) => groups.some((__, k) => k !== i && rival(i, k)));
  if (kept.length < 2) return null;
  const all = kept.flat().map((r) => r.claim);
  const origins = (ctx.copyOrigins ?? ctx.origins)(all);
  if (origins.count < 2) return null;
  const [first, second] = kept as [Reading[], Reading[]];
  const a = first[0] as Reading;
  const b = second[0] as Reading;
  const kind = slot.split("|")[0] ?? "value";
  const what = `${kind} of ${a.head} differs: ${a.word.toLowerCase()} vs ${b.word.toLowerCase()}`;
  return contestedFact({
    id: stableId("f", ctx.storyId, `category|${slot}|${a.claim.id}`),
    storyId: ctx.storyId,
    statement: a.claim.text.trim(),
    rule: CATEGORY_RULE,
    what,
    accounts: [
      { claim: a.claim, value: a.word.toLowerCase() },
      { claim: b.claim, value: b.word.toLowerCase() },
    ],
    variants: kept.map((v) => ({ value: `${(v[0] as Reading).word.toLowerCase()} ${(v[0] as Reading).head}`, claims: v.map((r) => r.claim), evidence: evidenceOf(v.map((r) => r.claim)) })),
    origins,
  });
}
