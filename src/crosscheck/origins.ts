/**
 * @module Independence. Articles linked by reuse (copies, near-copies, shared passages,
 * paraphrase) collapse into one origin; articles that attribute a claim to the same named upstream
 * source (a wire, a newspaper, a spokesperson) collapse into that source. What remains is the
 * number of independent origins, each with the chain that explains it.
 */
import type { OriginChain, ReuseLink } from "../report/types.ts";
import type { Claim } from "../types.ts";

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    if (p === x) return x;
    p = this.find(p);
    this.parent.set(x, p);
    return p;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    // Deterministic: the smaller key is the root.
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }
}

/** Reuse components: article id → the smallest article id it is linked to by reuse. */
export function reuseComponents(articleIds: readonly string[], links: readonly ReuseLink[]): ReadonlyMap<string, string> {
  const uf = new UnionFind();
  for (const l of links) uf.union(l.a, l.b);
  return new Map(articleIds.map((id) => [id, uf.find(id)]));
}

/** The named upstream a claim is attributed to: the deepest named source of its chain. */
export function upstreamOf(c: Claim): string | null {
  const a = c.attribution;
  if (!a) return null;
  const chain = [a.source, ...a.upstream].filter((s) => !/anonymous|^unnamed/i.test(s));
  return chain[chain.length - 1] ?? null;
}

export interface Origins {
  readonly count: number;
  readonly chains: readonly OriginChain[];
}

/** Independent origins of a set of claims (one fact's evidence). */
export function independentOrigins(claims: readonly Claim[], components: ReadonlyMap<string, string>, outletOf: (articleId: string) => string): Origins {
  const uf = new UnionFind();
  const articles = [...new Set(claims.map((c) => c.articleId))].sort();
  const upstreamByArticle = new Map<string, { name: string; chain: string }>();
  for (const c of claims) {
    const comp = `art:${components.get(c.articleId) ?? c.articleId}`;
    uf.find(comp);
    const up = upstreamOf(c);
    if (up && up !== outletOf(c.articleId)) {
      uf.union(comp, `src:${up}`);
      if (!upstreamByArticle.has(c.articleId)) upstreamByArticle.set(c.articleId, { name: up, chain: chainOf(c) });
    }
  }
  const byRoot = new Map<string, string[]>();
  for (const id of articles) {
    const root = uf.find(`art:${components.get(id) ?? id}`);
    const list = byRoot.get(root);
    if (list) list.push(id);
    else byRoot.set(root, [id]);
  }
  const chains: OriginChain[] = [...byRoot.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([root, ids]) => {
      const upstream = ids.map((id) => upstreamByArticle.get(id)).find((x) => x !== undefined);
      const copied = ids.length > 1 && !upstream;
      return {
        root: upstream?.name ?? outletOf(ids[0] ?? ""),
        articleIds: ids,
        chain: upstream ? [...ids.map(outletOf), upstream.chain] : ids.map(outletOf),
        reason: upstream ? ("shared-upstream" as const) : copied ? ("copy" as const) : ("own-reporting" as const),
      };
    });
  return { count: chains.length, chains };
}

function chainOf(c: Claim): string {
  const a = c.attribution;
  if (!a) return "";
  return [a.via ? `${a.source} (to ${a.via})` : a.source, ...a.upstream].join(" ← ");
}
