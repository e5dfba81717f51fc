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
  for (const c of sorted) {
    const key = frameKey(c);
    if (key && c.frame) add(key, c.frame.type, c);
    const a = c.attribution;
    if (a && (a.sourceType === "person" || a.sourceType === "official") && !a.source.startsWith("unnamed")) {
      // One speaker however the articles spell them ("Władysław" / "Wladyslaw").
      add(`statement|${foldName(a.source)}`, "statement", c);
    } else if (!key && !c.commentary) generic.push(c);
  }
  const groups: ClaimGroup[] = [...keyed.entries()].map(([key, g]) => ({ key, kind: g.kind, claims: g.claims }));
  // Greedy similarity clustering of the rest: each claim joins the most similar group that has no
  // claim from its article yet, if similar enough; otherwise it starts a group.
  // Each cluster is compared through its first few members (in canonical order), which keeps
  // grouping near-linear in large stories where copies make clusters big.
  const clusters: { members: Claim[]; articles: Set<string> }[] = [];
  for (const c of generic) {
    let best = -1;
    let bestScore = options.threshold;
    clusters.forEach((cl, i) => {
      if (cl.articles.has(c.articleId)) return;
      let score = 0;
      for (const m of cl.members.slice(0, REPRESENTATIVES)) score = Math.max(score, options.similarity(c, m));
      if (score >= bestScore) {
        best = i;
        bestScore = score;
      }
    });
    const home = clusters[best];
    if (home) {
      home.members.push(c);
      home.articles.add(c.articleId);
    } else clusters.push({ members: [c], articles: new Set([c.articleId]) });
  }
  for (const { members } of clusters) {
    const first = members[0];
    if (first) groups.push({ key: `claim|${first.id}`, kind: "generic", claims: members });
  }
  return groups;
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
