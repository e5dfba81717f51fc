/**
 * @module Disputes across sentence groups (issue 12's search for disagreements among what would
 * otherwise stay separate single-source facts): the figures of one slot (a count by its role, a
 * sum, a magnitude) that related sentences of independent articles give differently are one
 * contested fact. See figures.ts for the slots agreed the same way.
 */
import { pushTo } from "../multimap.ts";
import { linkedComponents } from "./components.ts";
import type { Fact } from "../report/types.ts";
import type { Rule } from "../rules.ts";
import { isBackground, type StoryTime } from "./background.ts";
import { stableId } from "../ids.ts";
import type { Claim, Quantity } from "../types.ts";
import { unitClass } from "../extract/units.ts";
import { describeQuantity, figureActKey, sameNumber } from "./values.ts";
import { numberRole } from "./number-roles.ts";
import { evidenceOf } from "./facts.ts";
import { alreadyContested, contestedFact, differentOrigins } from "./contested.ts";
import { canonicalOrder } from "./group.ts";
import { COMMON_BELOW, type FigureContext, namesSomething, PARTNERS, vagueUnit } from "./figures.ts";
import { contextOf } from "./figure-readings.ts";
import { statementOf } from "./figure-statements.ts";
import { figureOwners } from "./owners.ts";

export const DISPUTE_RULE: Rule = {
  id: "figure.dispute",
  doc: "Related sentences of independent articles that give close but different figures of one slot (a count of one thing, a sum, a magnitude), with words around the figure in common, are one contested fact; a part of a total, a percentage, counts of different acts, figures of two different people, a figure of what will happen against one of what happened, background dated in an earlier year, figures one article gives both of, and a copy and its own source are never rivals (a copy that changed its source's figure is set against an independent account).",
};

/** Relatedness two sentences need before their different figures of one slot are rivals. */
export const DISPUTE_CONTEXT = 0.2;

interface Rival {
  readonly claim: Claim;
  readonly q: Quantity;
  /** The figure as the report shows it. */
  readonly shown: string;
  readonly slot: string;
  /** Stems of the content words around the figure (CONTEXT_WORDS each side): what it measures ("depth", "from Manokwari"). */
  readonly context: ReadonlySet<string>;
}

/**
 * Largest ratio between two figures that can be rivals: accounts of one figure differ by a little
 * (7.6 against 7.7, 12 children against 13); figures far apart are of different things.
 */
const RIVAL_RATIO = 1.5;
/** Context stems two rival figures must share. */
const SHARED_CONTEXT = 1;


/** The figures of a claim that may be rivals: counts and values by their role (numberRole), magnitudes also when written "6.1-magnitude". */
function rivalsOf(c: Claim, quantities: readonly Quantity[], time: StoryTime): Rival[] {
  if (c.modality === "denied" || c.modality === "possible" || c.commentary) return [];
  // Background: "an 8.6-magnitude quake struck in April last year" is another event's figure.
  if (isBackground(c, time)) return [];
  const out: Rival[] = [];
  for (const q of quantities) {
    if (q.incremental) continue;
    const role = unitClass(q.unit) === "magnitude" ? { role: "count" as const, key: "magnitude" } : numberRole(q, c);
    if (role.role !== "count" && role.role !== "value") continue;
    // "three times", "five people": too common to set against each other, unless the figure is large ("160,000 people").
    if ((q.value < COMMON_BELOW && vagueUnit(q)) || namesSomething(q, c)) continue;
    out.push({ claim: c, q, shown: describeQuantity(q), slot: `${role.key}|${figureActKey(c, q)}${c.modality === "planned" ? "|planned" : ""}`, context: contextOf(c, q) });
  }
  return out;
}

/**
 * Contested figure facts: for each slot, the rival figures of related sentences (DISPUTE_CONTEXT)
 * from articles of different origins, when they give incompatible values. Values that agree
 * (overlapping approximations) share a variant.
 */
export function figureDisputes(claims: readonly Claim[], facts: readonly Fact[], ctx: FigureContext): Fact[] {
  const ownerOf = figureOwners(claims, ctx.headlineOf);
  const bySlot = new Map<string, Rival[]>();
  for (const c of [...claims].sort(canonicalOrder))
    for (const r of rivalsOf(c, ctx.quantitiesOf(c), ctx)) pushTo(bySlot, r.slot, r);
  const told = alreadyContested(facts);
  const out: Fact[] = [];
  for (const [slot, rivals] of bySlot) {
    if (new Set(rivals.map((r) => r.claim.articleId)).size < 2) continue;
    // Components of rivals linked by related sentences of other articles; each rival is compared
    // with at most PARTNERS later ones of other articles (linear in a large story), cheap tests first.
    const linked = (a: Rival, b: Rival): boolean => {
      // Two figures below zero ("minus 17 degrees", "minus 20") are compared by their size.
      const below = a.q.upper < 0 && b.q.upper < 0;
      const lo = below ? Math.min(-a.q.upper, -b.q.upper) : Math.min(a.q.value, b.q.value);
      const hi = below ? Math.max(-a.q.value, -b.q.value) : Math.max(a.q.upper, b.q.upper);
      if (lo <= 0 || hi / lo > RIVAL_RATIO) return false;
      let shared = 0;
      for (const w of a.context) if (b.context.has(w)) shared++;
      // Figures of two different people ("Bush rushed for 404 yards", "Thomas had 548") are no rivals.
      const pa = ownerOf(a.claim, a.q);
      const pb = ownerOf(b.claim, b.q);
      if (pa && pb && pa !== pb) return false;
      return shared >= SHARED_CONTEXT && ctx.related(a.claim, b.claim) >= DISPUTE_CONTEXT;
    };
    const comps = linkedComponents(rivals, (r) => r.claim.articleId, linked, PARTNERS);
    for (const whole of comps) {
      // Figures of several known people are one dispute per person; a figure of nobody known among them is left out.
      const owners = new Set(whole.map((r) => ownerOf(r.claim, r.q)).filter((o): o is string => o !== null));
      const parts = owners.size >= 2 ? [...owners].map((o) => whole.filter((r) => ownerOf(r.claim, r.q) === o)) : [whole];
      for (const comp of parts) {
        const fact = disputeOf(slot, comp, ctx);
        if (fact && !told(fact)) out.push(fact);
      }
    }
  }
  return out;
}

function disputeOf(slot: string, comp: readonly Rival[], ctx: FigureContext): Fact | null {
  if (new Set(comp.map((r) => r.claim.articleId)).size < 2) return null;
  // Variants: figures that agree with every figure already in one.
  // Each variant is compared through its distinct readings (copies repeat them), keeping this linear in copies.
  const variants: Rival[][] = [];
  const readings: Quantity[][] = [];
  const readingKey = (q: Quantity): string => `${q.approx}|${q.value}|${q.upper}|${q.vague ?? ""}`;
  for (const r of comp) {
    const k = variants.findIndex((_, i) => (readings[i] ?? []).every((x) => sameNumber(x, r.q)));
    if (k < 0) {
      variants.push([r]);
      readings.push([r.q]);
      continue;
    }
    (variants[k] as Rival[]).push(r);
    const mine = readings[k] as Quantity[];
    if (!mine.some((x) => readingKey(x) === readingKey(r.q))) mine.push(r.q);
  }
  if (variants.length < 2) return null;
  // Rivals must come from different origins, and an article that gives two figures is no dispute with itself.
  const originOf = new Map<string, string>();
  for (const chain of (ctx.copyOrigins ?? ctx.origins)(comp.map((r) => r.claim)).chains) for (const id of chain.articleIds) originOf.set(id, chain.root);
  const variantOrigins = variants.map((v) => new Set(v.map((r) => originOf.get(r.claim.articleId) ?? r.claim.articleId)));
  // One article that gives both figures ("14 points from Artino, while Echenique scored 11 points";
  // three killed at one school, two at another) shows they measure different things.
  const articles = variants.map((v) => new Set(v.map((r) => r.claim.articleId)));
  const together = (i: number, k: number): boolean => [...(articles[i] as Set<string>)].some((id) => (articles[k] as Set<string>).has(id));
  // Two variants are rivals when some article of one and some article of the other are of different
  // origins: a copy that changed the figure ("minus 17" where its source and an independent article
  // say "minus 20") is set against the independent account, not against its own source.
  const rivalPair = (i: number, k: number): boolean => !together(i, k) && differentOrigins(variantOrigins[i] as Set<string>, variantOrigins[k] as Set<string>);
  const kept = variants.filter((_, i) => variants.some((__, k) => k !== i && rivalPair(i, k)));
  if (kept.length < 2) return null;
  // The two accounts shown: the first pair of kept variants that are rivals of each other.
  const index = kept.map((v) => variants.indexOf(v));
  const pair = index.flatMap((i) => index.filter((k) => k > i && rivalPair(i, k)).map((k) => [i, k] as const))[0];
  if (!pair) return null;
  // The two readings shown: the first of the two variants that do not agree ("about 700 metres" and "700 metres" agree; "609 metres" does not).
  const left = variants[pair[0]] as Rival[];
  const right = variants[pair[1]] as Rival[];
  const clash = left.flatMap((x) => right.filter((y) => !sameNumber(x.q, y.q)).map((y) => [x, y] as const))[0];
  const [a, b]: readonly [Rival, Rival] = clash ?? [left[0] as Rival, right[0] as Rival];
  const what = `${slot.startsWith("magnitude") ? "magnitude" : "number"} differs: ${a.shown} vs ${b.shown}`;
  const all = kept.flat().map((r) => r.claim);
  const origins = (ctx.copyOrigins ?? ctx.origins)(all);
  if (origins.count < 2) return null;
  // A variant joins compatible readings: it shows each ("about 700 meters / 609 meters") and each quote keeps its own.
  return contestedFact({
    id: stableId("f", ctx.storyId, `dispute|${slot}|${a.claim.id}`),
    storyId: ctx.storyId,
    statement: statementOf({ key: slot, rule: DISPUTE_RULE, value: "", person: null, span: a.q.span, common: false }, [a.claim]),
    rule: DISPUTE_RULE,
    what,
    accounts: [
      { claim: a.claim, value: a.shown },
      { claim: b.claim, value: b.shown },
    ],
    variants: kept.map((v) => {
      const shown = [...new Set(v.map((r) => r.shown))];
      const claims = v.map((r) => r.claim);
      return { value: shown.join(" / "), claims, evidence: shown.length > 1 ? evidenceOf(claims, (c) => v.find((r) => r.claim === c)?.shown ?? "") : evidenceOf(claims) };
    }),
    origins,
  });
}
