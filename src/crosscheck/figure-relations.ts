/**
 * @module Relations between names merged into one fact (rule figure.names, see figures.ts): the
 * names of one sentence pair up several ways, and the reader wants that sentence once.
 */
import type { Claim } from "../types.ts";
import { foldName } from "../knowledge/fold.ts";
import { pushTo } from "../multimap.ts";
import { canonicalOrder } from "./group.ts";
import type { FigureReading } from "./figures.ts";

/** A slot's sentences as kept for one fact; `names` are the folded names of a relation. */
export interface Found {
  readonly key: string;
  readonly reading: FigureReading;
  readonly claims: readonly Claim[];
  readonly spans: ReadonlyMap<string, readonly [number, number]>;
  readonly names: readonly string[];
  /** Whether it merges with others told mostly in the same sentences (relations and details do; figures never). */
  readonly mergeable?: boolean;
}

/** Share of sentences two relations must have in common to be one relation among more names ("Reid", "Ketsoyan", "Promises"). */
export const RELATION_MERGE = 0.3;
/** Relations a new one is compared with before it stands alone. */
const MERGE_CANDIDATES = 64;

/**
 * Relations told mostly in the same sentences (Jaccard ≥ RELATION_MERGE of `sentencesOf`) are one
 * fact among all their names: the names of one sentence pair up several ways, and the reader wants
 * that sentence once. Relations the same articles tell in other sentences ("Cheeks coached at
 * Portland", "Stefanski named DiLeo coach") stay apart: one fact among six names would quote
 * sentences about different things. Figures are never merged.
 */
export function mergeRelations(found: readonly Found[], sentencesOf: (claims: readonly Claim[]) => ReadonlySet<string>): Found[] {
  const out: { f: Found; origins: Set<string>; ids: Set<string> }[] = [];
  // Relations are looked up by the sentences they share (an index), never all against all.
  const byOrigin = new Map<string, number[]>();
  const bySize = [...found].map((f) => ({ f, origins: sentencesOf(f.claims) })).sort((a, b) => b.origins.size - a.origins.size || (a.f.key < b.f.key ? -1 : 1));
  for (const { f, origins } of bySize) {
    let home: (typeof out)[number] | undefined;
    if (f.mergeable) {
      const seen = new Set<number>();
      search: for (const o of origins)
        for (const k of byOrigin.get(o) ?? []) {
          if (seen.has(k)) continue;
          seen.add(k);
          const cand = out[k];
          if (cand && jaccard(cand.origins, origins) >= RELATION_MERGE) {
            home = cand;
            break search;
          }
          if (seen.size >= MERGE_CANDIDATES) break search;
        }
    }
    if (!home) {
      out.push({ f, origins: new Set(origins), ids: new Set(f.claims.map((c) => c.id)) });
      if (f.mergeable) for (const o of origins) pushTo(byOrigin, o, out.length - 1);
      continue;
    }
    for (const o of origins) if (!home.origins.has(o)) pushTo(byOrigin, o, out.indexOf(home));
    const claims = [...home.f.claims, ...f.claims.filter((c) => !home.ids.has(c.id))].sort(canonicalOrder);
    const spans = new Map([...f.spans, ...home.f.spans]);
    home.f = { ...home.f, claims, spans, names: [...new Set([...home.f.names, ...f.names])] };
    for (const c of f.claims) home.ids.add(c.id);
    for (const o of origins) home.origins.add(o);
  }
  return out.map((o) => o.f).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.size + b.size - both);
}

/** A relation's names as its sentences write them (the first mention of each folded name). */
export function namesShown(g: Found): string[] {
  return g.names.map((n) => g.claims.flatMap((c) => c.mentions).find((m) => foldName(m.canonical) === n)?.canonical ?? n);
}
