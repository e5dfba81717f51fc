/**
 * @module Group claims into candidate facts. Claims with an event frame group by the frame's key
 * (procurement and delivery by item, visits by visitor, sanctions by who and on whom); statements
 * by a named person group by speaker; other reporting claims group by sentence similarity
 * (greedy, in a canonical order so the result does not depend on input order).
 */
import { IndexSets } from "./components.ts";
import type { Claim, FrameType } from "../types.ts";
import { foldName } from "../knowledge/fold.ts";
import type { Rule } from "../rules.ts";
import { KeyIndex, LINEAR_FROM, MAX_POSTING } from "./candidates.ts";
import { linkRestatements } from "./restatements.ts";

export interface ClaimGroup {
  readonly key: string;
  readonly kind: FrameType | "statement" | "generic";
  readonly claims: readonly Claim[];
  /** The claim that says best what the group says (its medoid), for the statement. */
  readonly representative?: Claim;
  /** Claims rules put together that similarity within one pass would not have (for the trace). */
  readonly merged?: readonly GroupMerge[];
}

/** Claims a rule put together, and what the trace says of it. */
export interface GroupMerge {
  readonly rule: Rule;
  readonly claims: readonly Claim[];
  readonly message: string;
}

/** Similarity of two claims in [0, 1]; with a floor, exact when it reaches the floor, otherwise some value below it. */
export type Similarity = (a: Claim, b: Claim, floor?: number) => number;

export interface GroupOptions {
  readonly similarity: Similarity;
  readonly threshold: number;
  /**
   * Index keys of a claim (its content terms and stems, see candidates.ts): in a large story a claim
   * is compared only with the groups and leads that share a key with it. Without it, everything is compared.
   */
  readonly keys?: (c: Claim) => readonly string[];
  /** Who a named speaker is, however the articles name them (coref.story-speaker); by default the folded source. */
  readonly speaker?: (c: Claim) => string;
}

const REPRESENTATIVES = 6;
/** Share of the alignment threshold two claims of one named speaker need to be one statement. */
const STATEMENT_FACTOR = 0.85;

export function frameKey(c: Claim): string | null {
  const f = c.frame;
  if (!f) return null;
  const r = f.roles;
  switch (f.type) {
    case "procurement":
    case "delivery":
      return r["item"] ? `${f.type}|${r["item"]}` : null;
    case "visit":
      return r["visitor"] ? `visit|${r["visitor"]}` : null;
    case "sanction":
      return `sanction|${r["by"] ?? "?"}|${r["on"] ?? "?"}`;
    case "incident":
      return r["incident"] ? `incident|${r["incident"]}` : null;
  }
}

export function canonicalOrder(a: Claim, b: Claim): number {
  return a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.sentence - b.sentence || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function groupClaims(claims: readonly Claim[], options: GroupOptions): readonly ClaimGroup[] {
  const { keyed, generic, statements } = sortClaims(resolveUnnamed([...claims].sort(canonicalOrder)), options.speaker ?? ((c) => foldName(c.attribution?.source ?? "")));
  // An incident that its sentences tell without a figure is shown by the lead sentence most like the
  // other leads (news opens with what happened), not by the first sentence in order.
  const groups: ClaimGroup[] = [...keyed.entries()].map(([key, g]) => {
    const leads = g.claims.filter((c) => c.sentence < LEAD_SENTENCES);
    const [first, ...rest] = leads.length > 0 ? leads : g.claims;
    return g.kind === "incident" && first ? { key, kind: g.kind, claims: g.claims, representative: medoid([first, ...rest.slice(0, MEDOID_CANDIDATES - 1)], options.similarity) } : { key, kind: g.kind, claims: g.claims };
  });
  // What one speaker said groups by content too: the same person saying two different things (a
  // job-cut figure and a launch date) is two statements, not one claim with competing values. The
  // speaker in common lowers the similarity needed (STATEMENT_FACTOR).
  for (const [speaker, said] of [...statements.entries()].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))) {
    cluster(said, options.threshold * STATEMENT_FACTOR, options).forEach((members, k) => {
      const first = members[0];
      if (first) groups.push({ key: k === 0 ? `statement|${speaker}` : `statement|${speaker}|${first.id}`, kind: "statement", claims: members });
    });
  }
  const main = mainEvent(generic, options.similarity, options.keys);
  for (const members of cluster(generic, options.threshold, options, main)) {
    const first = members[0];
    if (!first) continue;
    const lead = main.length > 0 && members.includes(main[0] as Claim);
    groups.push({
      key: `claim|${first.id}`,
      kind: "generic",
      claims: members,
      representative: medoid([first, ...members.slice(1, MEDOID_CANDIDATES)], options.similarity),
      ...(lead ? { merged: [{ rule: LEAD_RULE, claims: main, message: `the opening sentences of ${new Set(main.map((c) => c.articleId)).size} articles read as one claim, the story's main event: ${main.map((c) => c.articleId).join(", ")}` }] } : {}),
    });
  }
  return linkRestatements(groups, options);
}

/** Claims sorted by how they group: by their frame's key, by their named speaker, or by content (generic). */
function sortClaims(sorted: readonly Claim[], speakerOf: (c: Claim) => string): { keyed: Map<string, { kind: ClaimGroup["kind"]; claims: Claim[]; ids: Set<string> }>; generic: Claim[]; statements: Map<string, Claim[]> } {
  const keyed = new Map<string, { kind: ClaimGroup["kind"]; claims: Claim[]; ids: Set<string> }>();
  const add = (key: string, kind: ClaimGroup["kind"], c: Claim): void => {
    const g = keyed.get(key);
    if (!g) keyed.set(key, { kind, claims: [c], ids: new Set([c.id]) });
    else if (!g.ids.has(c.id)) {
      g.claims.push(c);
      g.ids.add(c.id);
    }
  };
  const generic: Claim[] = [];
  const statements = new Map<string, Claim[]>();
  for (const c of sorted) {
    const key = frameKey(c);
    if (key && c.frame) add(key, c.frame.type, c);
    const a = c.attribution;
    if (a && (a.sourceType === "person" || a.sourceType === "official") && !a.source.startsWith("unnamed")) {
      // One speaker however the articles spell or title them ("Władysław" / "Wladyslaw", "Chief Steele" / "James Steele").
      const speaker = speakerOf(c);
      const said = statements.get(speaker);
      if (said) said.push(c);
      else statements.set(speaker, [c]);
    } else if (!key && !c.commentary) generic.push(c);
  }
  return { keyed, generic, statements };
}

/**
 * Greedy similarity clustering: each claim joins the most similar group that has no claim from
 * its article yet, if similar enough; otherwise it starts a group. Each cluster is compared
 * through its first few members (in canonical order), which keeps grouping near-linear in large
 * stories where copies make clusters big. A claim is compared only with the clusters whose first
 * members share an index key with it (candidates.ts): exactly those whose similarity can be above
 * zero, and above LINEAR_FROM claims only through keys that are not story-wide.
 */
function cluster(claims: readonly Claim[], threshold: number, options: GroupOptions, seed: readonly Claim[] = []): Claim[][] {
  const clusters: { members: Claim[]; articles: Set<string> }[] = [];
  const keysOf = options.keys;
  // Exact (uncapped) up to LINEAR_FROM claims: only clusters that share no key, whose similarity is zero, are skipped.
  const index = keysOf ? new KeyIndex(claims.length > LINEAR_FROM ? MAX_POSTING : Infinity) : null;
  const indexed = (i: number, c: Claim): void => {
    if (index && keysOf) index.add(i, keysOf(c));
  };
  const bySentence = new Map<string, { members: Claim[]; articles: Set<string> }>();
  const seeded = new Set(seed);
  if (seed.length > 0) {
    const home = { members: [...seed], articles: new Set(seed.map((c) => c.articleId)) };
    clusters.push(home);
    for (const c of seed) bySentence.set(`${c.articleId}|${c.sentence}`, home);
    for (const c of seed.slice(0, REPRESENTATIVES)) indexed(0, c);
  }
  for (const c of claims) {
    if (seeded.has(c)) continue;
    let best = -1;
    let bestScore = threshold;
    // Claims of one sentence (two frames of one sentence) stay together.
    const here = `${c.articleId}|${c.sentence}`;
    const same = bySentence.get(here);
    if (same) {
      same.members.push(c);
      continue;
    }
    const candidates = index && keysOf ? index.query(keysOf(c)) : clusters.keys();
    for (const i of candidates) {
      const cl = clusters[i];
      if (!cl || cl.articles.has(c.articleId)) continue;
      // Only a score that reaches the best so far counts: the similarity is asked for exactly from there.
      let score = 0;
      for (let k = 0; k < cl.members.length && k < REPRESENTATIVES; k++) score = Math.max(score, options.similarity(c, cl.members[k] as Claim, Math.max(bestScore, score)));
      if (score >= bestScore) {
        best = i;
        bestScore = score;
      }
    }
    let home = clusters[best];
    if (home) {
      home.members.push(c);
      home.articles.add(c.articleId);
      if (home.members.length <= REPRESENTATIVES) indexed(best, c);
    } else {
      home = { members: [c], articles: new Set([c.articleId]) };
      clusters.push(home);
      indexed(clusters.length - 1, c);
    }
    bySentence.set(here, home);
  }
  return clusters.map((cl) => cl.members);
}

/** Members a group's representative is chosen among (the first, in canonical order): a medoid costs the square of them. */
const MEDOID_CANDIDATES = 48;

/** The member most similar to the others in all (ties: the shorter sentence, then canonical order). */
export function medoid(members: readonly [Claim, ...Claim[]], similarity: (a: Claim, b: Claim) => number): Claim {
  if (members.length <= 2) return members[0];
  let best: Claim = members[0];
  let bestScore = -1;
  for (const a of members) {
    let score = 0;
    for (const b of members) if (a !== b) score += similarity(a, b);
    if (score > bestScore + 1e-9 || (Math.abs(score - bestScore) <= 1e-9 && a.text.length < best.text.length)) {
      best = a;
      bestScore = score;
    }
  }
  return best;
}

export const LEAD_RULE: Rule = {
  id: "group.lead-event",
  doc: "The opening reporting sentences of three or more articles that share content state one event, the story's main one (news opens with what happened)",
};

/** Sentences from the start of an article that may state the story's main event. */
const LEAD_SENTENCES = 3;
/** Content overlap two articles' leads need to state one event. */
const LEAD_EDGE = 0.3;
/** Articles whose leads must agree before they are read as the story's main event. */
const LEAD_MIN_ARTICLES = 3;

/**
 * The story's main event, as the articles' leads state it: news opens with what happened (the
 * inverted pyramid), so each article's first reporting sentence is a candidate, and the largest set
 * of leads linked by content overlap (single linkage at LEAD_EDGE) over at least LEAD_MIN_ARTICLES
 * articles is one claim, restated in each article's words. Returns those lead claims (or none).
 */
export function mainEvent(generic: readonly Claim[], similarity: Similarity, keys?: (c: Claim) => readonly string[]): Claim[] {
  const leads = new Map<string, Claim>();
  for (const c of generic) {
    if (c.commentary || c.sentence >= LEAD_SENTENCES) continue;
    const prev = leads.get(c.articleId);
    if (!prev || c.sentence < prev.sentence) leads.set(c.articleId, c);
  }
  const list = [...leads.values()];
  const sets = new IndexSets(list.length);
  const find = (i: number): number => sets.find(i);
  // Only leads that share an index key can be similar (exact up to LINEAR_FROM leads, capped above).
  const index = keys ? new KeyIndex(list.length > LINEAR_FROM ? MAX_POSTING : Infinity) : null;
  for (let j = 0; j < list.length; j++) {
    const b = list[j] as Claim;
    const earlier = index && keys ? index.query(keys(b)) : Array.from({ length: j }, (_, i) => i);
    for (const i of earlier) {
      const a = list[i];
      if (a && find(i) !== find(j) && similarity(a, b, LEAD_EDGE) >= LEAD_EDGE) sets.union(i, j);
    }
    if (index && keys) index.add(j, keys(b));
  }
  const components = new Map<number, Claim[]>();
  list.forEach((c, i) => {
    const members = components.get(find(i));
    if (members) members.push(c);
    else components.set(find(i), [c]);
  });
  const largest = [...components.values()].sort((x, y) => y.length - x.length || canonicalOrder(x[0] as Claim, y[0] as Claim))[0] ?? [];
  return largest.length >= LEAD_MIN_ARTICLES ? largest.sort(canonicalOrder) : [];
}

/**
 * "The visit" with no visitor named in its article is the story's main visit (the most-named
 * visitor); casualty figures in an article that names no incident belong to the story's main
 * incident (the most-named type). With no main one, the claim keeps no frame.
 */
function resolveUnnamed(claims: Claim[]): Claim[] {
  return resolveRole(resolveRole(claims, "visit", "visitor", true), "incident", "incident", false);
}

function resolveRole(claims: Claim[], type: FrameType, role: string, asSubject: boolean): Claim[] {
  const counts = new Map<string, number>();
  for (const c of claims) {
    const v = c.frame?.type === type ? c.frame.roles[role] : undefined;
    if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  const main = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  return claims.flatMap((c) => {
    if (c.frame?.type !== type || c.frame.roles[role]) return [c];
    if (!main) return [{ ...c, frame: null }];
    return [{ ...c, frame: { ...c.frame, roles: { ...c.frame.roles, [role]: main } }, subjects: asSubject ? [main, ...c.subjects] : c.subjects }];
  });
}
