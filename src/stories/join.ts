/**
 * @module Joining stories of one event after the pass: stories whose average link (the mean
 * similarity of their articles, from mean vectors, discounted by the time gap between their spans
 * as in the pass, and by how clearly their event signatures tell two events apart: signature.ts)
 * reaches a threshold merge, best pair first, except two parts of one split;
 * then stray stories join the larger story they are most like. Stories of headlines or snippets
 * are left alone.
 */
import { pushTo } from "../multimap.ts";
import { groupSignature, mergeGroupSignatures, signatureConflict, type EventSignature, type GroupSignature } from "./signature.ts";
import { combine, dot, mean, type Vec } from "./sparse.ts";
import type { StoryCluster } from "./types.ts";

/** Beyond this many stories the join is skipped (its cost grows with the square of the stories). */
const MAX_JOIN_STORIES = 2500;

export interface StoryVec {
  readonly terms: Vec;
  readonly entities: Vec;
}

interface MergeContext {
  readonly vecOf: (id: string) => StoryVec;
  readonly timeOf: (id: string) => number | null;
  readonly ew: number;
  readonly threshold: number;
  readonly readable: (ids: readonly string[]) => boolean;
  readonly timeScale: number;
  /** The split an article's story came out of (parts of one split are kept apart), or null. */
  readonly splitOf?: (id: string) => number | null;
  /** Stories smaller than this are strays (default 0: none). */
  readonly strayMax?: number;
  /** Link at which a stray joins its most alike larger story (default 0: never). */
  readonly strayThreshold?: number;
  /** An article's event signature (participants, places), when signatures discount the link. */
  readonly signatureOf?: (id: string) => EventSignature;
  /** Share of the link two stories lose when their signatures tell of two events (signature.ts; default 0: signatures not read). */
  readonly signatureWeight?: number;
}

/**
 * Merge stories whose average link (the mean pairwise similarity of their articles, computed
 * from mean vectors) reaches `threshold`, best pair first: the pass may have split one event
 * across stories whose first articles were worded apart.
 */
export function joinStories(stories: StoryCluster[], ctx: MergeContext): StoryCluster[] {
  const { vecOf, ew, threshold, readable } = ctx;
  if (threshold <= 0 || stories.length < 2 || stories.length > MAX_JOIN_STORIES) return stories;
  // Stories of headlines or snippets keep to themselves: too little text to join on.
  const kept = stories.filter((s) => !readable(s.articleIds));
  if (kept.length > 0) return [...kept, ...joinStories(stories.filter((s) => readable(s.articleIds)), { ...ctx, readable: () => true })];
  interface Group {
    story: StoryCluster;
    ids: readonly string[];
    terms: Vec;
    entities: Vec;
    /** The group's dated span, or null when no article is dated. */
    span: readonly [number, number] | null;
    /** Splits whose parts are in this group. */
    splits: ReadonlySet<number>;
    /** The group's event signature (null when signatures are not read). */
    signature: GroupSignature | null;
  }
  const sw = ctx.signatureOf ? (ctx.signatureWeight ?? 0) : 0;
  const signatureOf = ctx.signatureOf;
  /** Below this link no discount can matter: only the stories' words are compared. */
  const floor = Math.min(threshold, (ctx.strayThreshold ?? 0) > 0 ? (ctx.strayThreshold as number) : threshold);
  const spanOf = (ids: readonly string[]): readonly [number, number] | null => {
    const ts = ids.map(ctx.timeOf).filter((t): t is number => t !== null);
    return ts.length > 0 ? [Math.min(...ts), Math.max(...ts)] : null;
  };
  const splitsOf = (ids: readonly string[]): Set<number> => new Set(ids.map((id) => ctx.splitOf?.(id) ?? null).filter((k): k is number => k !== null));
  const groupOf = (story: StoryCluster, ids: readonly string[]): Group => ({
    story,
    ids,
    terms: mean(ids.map((id) => vecOf(id).terms)),
    entities: mean(ids.map((id) => vecOf(id).entities)),
    span: spanOf(ids),
    splits: splitsOf(ids),
    signature: sw > 0 && signatureOf ? groupSignature(ids.map(signatureOf)) : null,
  });
  const groups: (Group | null)[] = stories.map((s) => groupOf(s, s.articleIds));
  // As in the pass, stories far apart in time are discounted by the gap between their spans.
  const link = (a: Group, b: Group): number => {
    for (const k of a.splits) if (b.splits.has(k)) return 0;
    let v = (1 - ew) * dot(a.terms, b.terms) + ew * dot(a.entities, b.entities);
    if (a.span && b.span && ctx.timeScale > 0) {
      const gap = Math.max(0, Math.max(a.span[0], b.span[0]) - Math.min(a.span[1], b.span[1]));
      v *= Math.exp(-gap / ctx.timeScale);
    }
    // Stories alike in words but with different main participants or places are two events (the time gap is counted above).
    if (a.signature && b.signature && v >= floor) v *= 1 - sw * signatureConflict(a.signature, b.signature);
    return v;
  };
  const n = groups.length;
  const links: Float64Array[] = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const v = link(groups[i] as Group, groups[j] as Group);
      (links[i] as Float64Array)[j] = v;
      (links[j] as Float64Array)[i] = v;
    }
  for (;;) {
    let best = threshold;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < n; i++) {
      if (!groups[i]) continue;
      const row = links[i] as Float64Array;
      for (let j = i + 1; j < n; j++) if (groups[j] && (row[j] as number) >= best) [best, bi, bj] = [row[j] as number, i, j];
    }
    if (bi < 0) break;
    const a = groups[bi] as Group;
    const b = groups[bj] as Group;
    // The larger story keeps its id and title.
    const [big, small] = a.ids.length >= b.ids.length ? [a, b] : [b, a];
    const ids = [...big.ids, ...small.ids];
    const merged: Group = {
      story: big.story,
      ids,
      terms: combine(big.terms, big.ids.length, small.terms, small.ids.length),
      entities: combine(big.entities, big.ids.length, small.entities, small.ids.length),
      span: big.span && small.span ? [Math.min(big.span[0], small.span[0]), Math.max(big.span[1], small.span[1])] : (big.span ?? small.span),
      splits: new Set([...big.splits, ...small.splits]),
      signature: big.signature && small.signature ? mergeGroupSignatures(big.signature, small.signature) : null,
    };
    groups[bi] = merged;
    groups[bj] = null;
    for (let k = 0; k < n; k++) {
      const g = groups[k];
      if (!g || k === bi) continue;
      const v = link(merged, g);
      (links[bi] as Float64Array)[k] = v;
      (links[k] as Float64Array)[bi] = v;
    }
  }
  // Stray stories (fewer than `strayMax` articles) join the larger story they are most like, when the link reaches `strayThreshold`; links are read before any stray moves, so the order of strays does not matter.
  const live = groups.filter((g): g is Group => g !== null);
  const strayMax = ctx.strayMax ?? 0;
  const strayThreshold = ctx.strayThreshold ?? 0;
  const homes = new Map<Group, Group[]>();
  const strays = new Set<Group>();
  if (strayMax > 0 && strayThreshold > 0) {
    const big = live.filter((g) => g.ids.length >= strayMax);
    for (const g of live) {
      if (g.ids.length >= strayMax) continue;
      let home: Group | null = null;
      let best = strayThreshold;
      for (const b of big) {
        const v = link(g, b);
        if (v >= best) [best, home] = [v, b];
      }
      if (!home) continue;
      strays.add(g);
      pushTo(homes, home, g);
    }
  }
  return live.filter((g) => !strays.has(g)).map((g) => ({ ...g.story, articleIds: [...g.ids, ...(homes.get(g) ?? []).flatMap((x) => x.ids)].sort() }));
}
