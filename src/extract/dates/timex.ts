/** @module The internal time-expression record (TIMEX3-like, all four TimeML types) and the context rules resolve against. */
import type { DateGranularity, DateValue } from "../../types.ts";
import type { Ymd } from "./calendar.ts";

export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";

/** One time expression found in a text; offsets index into the text given to the extractor. */
export interface Timex {
  readonly type: TimexType;
  readonly start: number;
  readonly end: number;
  /** TIMEX3 value: "2025-12-04", "2025-W48", "2025-Q3", "FY2026-27", "PRESENT_REF", "P5Y", "XXXX-12-04" … */
  readonly value: string;
  /** Inclusive day bounds when resolvable; null for durations, sets and unknown years. */
  readonly bounds: readonly [string, string] | null;
  readonly granularity: DateGranularity;
  readonly role: DateValue["role"];
}

/** What a rule sees: the whole text and the resolved anchor (publication date) or null. */
export interface Context {
  readonly text: string;
  readonly anchor: Ymd | null;
}

/** The fields a rule decides; the span comes from its match. */
export type TimexBody = Omit<Timex, "start" | "end">;

/** A rule: a global regex whose whole match is the span, and a maker that turns a match into a value (or rejects it). */
export interface Rule {
  readonly name: string;
  readonly re: RegExp;
  readonly make: (m: RegExpExecArray, ctx: Context) => TimexBody | null;
}

/** Run rules over a text, collecting every accepted match (overlaps resolved later). */
export function runRules(rules: readonly Rule[], ctx: Context): Timex[] {
  const out: Timex[] = [];
  for (const rule of rules) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(ctx.text); m !== null; m = rule.re.exec(ctx.text)) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      const body = rule.make(m, ctx);
      if (body) out.push({ ...body, start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}

/**
 * Keep the longest of overlapping expressions (earlier list position wins ties). Candidates are
 * taken longest first; one is kept unless it overlaps a kept neighbour (the kept one starting
 * last before it or first at or after it). Kept spans are counted by start in a Fenwick tree, so
 * each neighbour is found in O(log n): an array kept sorted by `splice` moved every later span
 * on each insert, and 600,000 candidates in one text took 38 s.
 */
export function resolveOverlaps(candidates: readonly Timex[]): Timex[] {
  const ranked = candidates
    .map((t, i) => ({ t, i }))
    .sort((a, b) => b.t.end - b.t.start - (a.t.end - a.t.start) || a.i - b.i);
  // A sentence's few candidates are placed in a plain sorted array (the same choice, no index to build).
  if (candidates.length <= 32 || candidates.some((t) => t.end <= t.start)) return resolveBySplice(ranked.map((r) => r.t));
  const starts = [...new Set(candidates.map((t) => t.start))].sort((a, b) => a - b);
  const rank = new Map(starts.map((s, i) => [s, i]));
  const n = starts.length;
  const tree = new Int32Array(n + 1); // Fenwick tree: how many kept spans start at each rank
  const keptAt: (Timex | undefined)[] = new Array<Timex | undefined>(n);
  const countBelow = (r: number): number => {
    let c = 0;
    for (let i = r; i > 0; i -= i & -i) c += tree[i] ?? 0;
    return c;
  };
  /** The kept span that is k-th (1-based) by start. */
  const kth = (k: number): Timex | undefined => {
    let pos = 0;
    for (let step = 1 << Math.floor(Math.log2(Math.max(1, n))); step > 0; step >>= 1) {
      const next = pos + step;
      if (next <= n && (tree[next] ?? 0) < k) {
        pos = next;
        k -= tree[next] ?? 0;
      }
    }
    return keptAt[pos];
  };
  let kept = 0;
  for (const { t } of ranked) {
    const r = rank.get(t.start) ?? 0;
    const below = countBelow(r); // kept spans that start before t
    const before = below > 0 ? kth(below) : undefined;
    const after = below < kept ? kth(below + 1) : undefined;
    if ((before && before.end > t.start) || (after && after.start < t.end)) continue;
    keptAt[r] = t;
    kept++;
    for (let i = r + 1; i <= n; i += i & -i) tree[i] = (tree[i] ?? 0) + 1;
  }
  return keptAt.filter((t): t is Timex => t !== undefined);
}

/** The same choice over a sorted array (spans may be empty there; the rules and chrono give none). */
function resolveBySplice(ranked: readonly Timex[]): Timex[] {
  const kept: Timex[] = [];
  for (const t of ranked) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((kept[mid] as Timex).start < t.start) lo = mid + 1;
      else hi = mid;
    }
    const before = kept[lo - 1];
    const after = kept[lo];
    if ((before && before.end > t.start) || (after && after.start < t.end)) continue;
    kept.splice(lo, 0, t);
  }
  return kept;
}
