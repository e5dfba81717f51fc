/**
 * @module Group claims into candidate facts. Claims with an event frame group by the frame's key
 * (procurement and delivery by item, visits by visitor, sanctions by who and on whom); statements
 * by a named person group by speaker; other reporting claims group by sentence similarity
 * (greedy, in a canonical order so the result does not depend on input order).
 */
import type { Claim, FrameType } from "../types.ts";
import { foldName } from "../knowledge/fold.ts";

export interface ClaimGroup {
  readonly key: string;
  readonly kind: FrameType | "statement" | "generic";
  readonly claims: readonly Claim[];
}

export interface GroupOptions {
  /** Similarity of two claims in [0, 1]. */
  readonly similarity: (a: Claim, b: Claim) => number;
  readonly threshold: number;
}

const REPRESENTATIVES = 6;
/** Share of the alignment threshold two claims of one named speaker need to be one statement. */
const STATEMENT_FACTOR = 0.5;

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
  const sorted = resolveUnnamed([...claims].sort(canonicalOrder));
  const keyed = new Map<string, { kind: ClaimGroup["kind"]; claims: Claim[] }>();
  const add = (key: string, kind: ClaimGroup["kind"], c: Claim): void => {
    const g = keyed.get(key);
    if (g) {
      if (!g.claims.some((x) => x.id === c.id)) g.claims.push(c);
    } else keyed.set(key, { kind, claims: [c] });
  };
  const generic: Claim[] = [];
  const statements = new Map<string, Claim[]>();
  for (const c of sorted) {
    const key = frameKey(c);
    if (key && c.frame) add(key, c.frame.type, c);
    const a = c.attribution;
    if (a && (a.sourceType === "person" || a.sourceType === "official") && !a.source.startsWith("unnamed")) {
      // One speaker however the articles spell them ("Władysław" / "Wladyslaw").
      const speaker = foldName(a.source);
      statements.set(speaker, [...(statements.get(speaker) ?? []), c]);
    } else if (!key && !c.commentary) generic.push(c);
  }
  const groups: ClaimGroup[] = [...keyed.entries()].map(([key, g]) => ({ key, kind: g.kind, claims: g.claims }));
  // What one speaker said groups by content too: the same person saying two different things (a
  // job-cut figure and a launch date) is two statements, not one claim with competing values. The
  // speaker in common lowers the similarity needed (STATEMENT_FACTOR).
  for (const [speaker, said] of [...statements.entries()].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))) {
    cluster(said, options.threshold * STATEMENT_FACTOR).forEach((members, k) => {
      const first = members[0];
      if (first) groups.push({ key: k === 0 ? `statement|${speaker}` : `statement|${speaker}|${first.id}`, kind: "statement", claims: members });
    });
  }
  for (const members of cluster(generic, options.threshold)) {
    const first = members[0];
    if (first) groups.push({ key: `claim|${first.id}`, kind: "generic", claims: members });
  }
  return groups;

  // Greedy similarity clustering: each claim joins the most similar group that has no claim from
  // its article yet, if similar enough; otherwise it starts a group. Each cluster is compared
  // through its first few members (in canonical order), which keeps grouping near-linear in large
  // stories where copies make clusters big.
  function cluster(claims: readonly Claim[], threshold: number): Claim[][] {
    const clusters: { members: Claim[]; articles: Set<string> }[] = [];
    const bySentence = new Map<string, { members: Claim[]; articles: Set<string> }>();
    for (const c of claims) {
      let best = -1;
      let bestScore = threshold;
      // Claims of one sentence (two frames of one sentence) stay together.
      const here = `${c.articleId}|${c.sentence}`;
      const same = bySentence.get(here);
      if (same) {
        same.members.push(c);
        continue;
      }
      clusters.forEach((cl, i) => {
        if (cl.articles.has(c.articleId)) return;
        let score = 0;
        for (const m of cl.members.slice(0, REPRESENTATIVES)) score = Math.max(score, options.similarity(c, m));
        if (score >= bestScore) {
          best = i;
          bestScore = score;
        }
      });
      let home = clusters[best];
      if (home) {
        home.members.push(c);
        home.articles.add(c.articleId);
      } else {
        home = { members: [c], articles: new Set([c.articleId]) };
        clusters.push(home);
      }
      bySentence.set(here, home);
    }
    return clusters.map((cl) => cl.members);
  }
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
