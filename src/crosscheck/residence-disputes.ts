/**
 * @module Disputes over where a person lives (figure.residence read the other way): independent
 * articles that put one person in different places ("LaSalle, 36, of Bloomington" against
 * "LaSalle, 36, of Minneapolis") disagree, unless one place may lie within the other. No
 * gazetteer says which place holds which, so the story's own text does: two places written as one
 * inside the other ("Richmond Hill, Queens", "117th Street in Queens") never rival, and a place
 * written as holding several others is a region, which rivals no place.
 */
import { pushTo } from "../multimap.ts";
import type { Fact } from "../report/types.ts";
import type { Rule } from "../rules.ts";
import { stableId } from "../ids.ts";
import type { Claim, Mention } from "../types.ts";
import { foldName } from "../knowledge/fold.ts";
import { evidenceOf } from "./facts.ts";
import { contestedFact } from "./contested.ts";
import { canonicalOrder } from "./group.ts";
import type { FigureContext } from "./figures.ts";
import { personKey, residences } from "./people.ts";

export const RESIDENCE_RULE: Rule = {
  id: "residence.dispute",
  doc: "Articles that are not copies of one text and put one person (first and last name) in different places ('Name, 36, of Place', 'Name, who lived in Place') disagree, unless the story writes one place as holding the other, or as holding several places (a region such as a borough or a state): one contested fact.",
};

/** What the story's text says of its places: which hold which, and which hold any. */
export interface Places {
  /** Folded names of places written as holding several others (REGION_HOLDS). */
  readonly regions: ReadonlySet<string>;
  /** "inner|outer" pairs, folded. */
  readonly within: ReadonlySet<string>;
}

/** Places a place must be written as holding before it counts as a region. */
const REGION_HOLDS = 2;
const PLACE_TYPES: ReadonlySet<string> = new Set(["place", "country"]);
/** What lies between a place and the place that holds it: "Richmond Hill, Queens", "117th Street in Queens". */
const HELD_BY = /^\s*(?:,|in|of)\s*$/i;

/** Containment of places as the story's sentences write it. */
export function placesOf(claims: readonly Claim[]): Places {
  const regions = new Set<string>();
  const within = new Set<string>();
  for (const c of claims) {
    const places = c.mentions.filter((m: Mention) => PLACE_TYPES.has(m.type)).sort((a, b) => a.span[0] - b.span[0]);
    for (let i = 0; i + 1 < places.length; i++) {
      const inner = places[i] as Mention;
      const outer = places[i + 1] as Mention;
      if (!HELD_BY.test(c.text.slice(inner.span[1] - c.span[0], outer.span[0] - c.span[0]))) continue;
      within.add(`${foldName(inner.canonical)}|${foldName(outer.canonical)}`);
    }
  }
  // A region holds several places of the story ("Richmond Hill, Queens", "117th Street in Queens"), not one hospital's city.
  const held = new Map<string, Set<string>>();
  for (const pair of within) {
    const [inner, outer] = pair.split("|") as [string, string];
    held.set(outer, (held.get(outer) ?? new Set()).add(inner));
  }
  for (const [outer, inners] of held) if (inners.size >= REGION_HOLDS) regions.add(outer);
  return { regions, within };
}

interface Reading {
  readonly claim: Claim;
  readonly person: string;
  readonly place: string;
  readonly key: string;
}

/** Contested residence facts: one person placed differently by articles of different origins. */
export function residenceDisputes(claims: readonly Claim[], ctx: FigureContext): Fact[] {
  const places = placesOf(claims);
  const compatible = (a: string, b: string): boolean => a === b || places.regions.has(a) || places.regions.has(b) || places.within.has(`${a}|${b}`) || places.within.has(`${b}|${a}`);
  const byPerson = new Map<string, Reading[]>();
  for (const c of [...claims].sort(canonicalOrder)) {
    if (c.modality === "denied" || c.modality === "possible" || c.commentary) continue;
    for (const r of residences(c)) {
      const reading = { claim: c, person: r.person, place: r.place, key: foldName(r.place) };
      const who = personKey(r.person);
      pushTo(byPerson, who, reading);
    }
  }
  const origins = ctx.copyOrigins ?? ctx.origins;
  const out: Fact[] = [];
  for (const [who, readings] of byPerson) {
    const byPlace = new Map<string, Reading[]>();
    for (const r of readings) pushTo(byPlace, r.key, r);
    // Places that rival another: neither a region, nor written one within the other.
    const rivals = [...byPlace.keys()].filter((p) => [...byPlace.keys()].some((q) => !compatible(p, q)));
    if (rivals.length < 2) continue;
    const groups = rivals.map((p) => byPlace.get(p) as Reading[]);
    const all = groups.flat().map((r) => r.claim);
    const originOf = new Map<string, string>();
    const found = origins(all);
    for (const chain of found.chains) for (const id of chain.articleIds) originOf.set(id, chain.root);
    const originsOf = groups.map((g) => new Set(g.map((r) => originOf.get(r.claim.articleId) ?? r.claim.articleId)));
    // A place rivals another only when an origin gives it and not the other (an article that gives both disputes nothing).
    const kept = groups.filter((_, i) => groups.some((__, k) => k !== i && !compatible(rivals[i] as string, rivals[k] as string) && [...(originsOf[i] as Set<string>)].some((o) => !(originsOf[k] as Set<string>).has(o)) && [...(originsOf[k] as Set<string>)].some((o) => !(originsOf[i] as Set<string>).has(o))));
    if (kept.length < 2 || found.count < 2) continue;
    const [first, second] = kept as [Reading[], Reading[]];
    const a = first[0] as Reading;
    const b = second[0] as Reading;
    const what = `residence of ${a.person} differs: ${a.place} vs ${b.place}`;
    const claimsKept = kept.flat().map((r) => r.claim);
    out.push(
      contestedFact({
        id: stableId("f", ctx.storyId, `residence|${who}`),
        storyId: ctx.storyId,
        statement: `Where ${a.person} lives`,
        subject: [a.person],
        rule: RESIDENCE_RULE,
        what,
        accounts: [
          { claim: a.claim, value: a.place },
          { claim: b.claim, value: b.place },
        ],
        variants: kept.map((g) => ({ value: (g[0] as Reading).place, claims: g.map((r) => r.claim), evidence: evidenceOf(g.map((r) => r.claim)) })),
        origins: origins(claimsKept),
      }),
    );
  }
  return out;
}
