/**
 * @module Agreement between two independent labelling passes of the same events (gold/ and
 * gold-second/): F1 of key facts, disagreements and names (items matched by a shared file whose
 * anchors overlap, and an equal value), and Cohen's kappa of "this article states it" over the
 * matched key facts × the event's files.
 */
import type { GoldEvent } from "./gold.ts";
import { normalizeForMatch, quoteMatchesAnchor } from "./gold.ts";

export interface PassAgreement {
  readonly event: string;
  readonly facts: { a: number; b: number; matched: number };
  readonly disagreements: { a: number; b: number; matched: number };
  readonly names: { a: number; b: number; matched: number };
  /** Per matched fact × file: [both, onlyA, onlyB, neither]. */
  readonly statedBy: [number, number, number, number];
}

function numbers(v: string): string[] {
  return [...normalizeForMatch(v).replace(/,(?=\d{3})/g, "").matchAll(/\d+(?:\.\d+)?/g)].map((m) => String(Number(m[0]))).sort();
}

/** Values agree: the same numbers when either has one, else one normalized text contains the other. */
export function sameValue(a: string, b: string): boolean {
  const na = numbers(a);
  const nb = numbers(b);
  if (na.length > 0 || nb.length > 0) return na.length > 0 && nb.length > 0 && na.some((x) => nb.includes(x));
  const ta = normalizeForMatch(a).replace(/[^\p{L}\p{N} ]/gu, "");
  const tb = normalizeForMatch(b).replace(/[^\p{L}\p{N} ]/gu, "");
  return ta.includes(tb) || tb.includes(ta) || ta.split(" ").some((w) => w.length > 3 && tb.split(" ").includes(w));
}

function anchorsOverlap(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  return Object.entries(a).some(([file, anchor]) => {
    const other = b[file];
    return other !== undefined && (quoteMatchesAnchor(anchor, other) || quoteMatchesAnchor(other, anchor));
  });
}

/** Greedy one-to-one matching of two lists by a predicate. */
function matchCount<A, B>(as: readonly A[], bs: readonly B[], same: (a: A, b: B) => boolean): [A, B][] {
  const used = new Set<number>();
  const pairs: [A, B][] = [];
  for (const a of as) {
    const j = bs.findIndex((b, k) => !used.has(k) && same(a, b));
    if (j >= 0) {
      used.add(j);
      pairs.push([a, bs[j] as B]);
    }
  }
  return pairs;
}

export function compareEvent(a: GoldEvent, b: GoldEvent): PassAgreement {
  const factPairs = matchCount(a.facts, b.facts, (x, y) => anchorsOverlap(x.statedBy, y.statedBy) && sameValue(x.value, y.value));
  const statedBy: [number, number, number, number] = [0, 0, 0, 0];
  for (const [x, y] of factPairs)
    for (const file of a.files) {
      const inA = file in x.statedBy;
      const inB = file in y.statedBy;
      statedBy[inA && inB ? 0 : inA ? 1 : inB ? 2 : 3]++;
    }
  const disPairs = matchCount(a.disagreements, b.disagreements, (x, y) =>
    x.values.some((vx) => y.values.some((vy) => anchorsOverlap(vx.statedBy, vy.statedBy))),
  );
  const namePairs = matchCount(a.names, b.names, (x, y) => {
    const sx = Object.keys(x.spellings).map(normalizeForMatch);
    return Object.keys(y.spellings).some((s) => sx.includes(normalizeForMatch(s)));
  });
  return {
    event: a.event,
    facts: { a: a.facts.length, b: b.facts.length, matched: factPairs.length },
    disagreements: { a: a.disagreements.length, b: b.disagreements.length, matched: disPairs.length },
    names: { a: a.names.length, b: b.names.length, matched: namePairs.length },
    statedBy,
  };
}

export function f1(x: { a: number; b: number; matched: number }): number | null {
  return x.a + x.b === 0 ? null : (2 * x.matched) / (x.a + x.b);
}

/** Cohen's kappa from [both, onlyA, onlyB, neither]. */
export function kappa([both, onlyA, onlyB, neither]: readonly [number, number, number, number]): number | null {
  const n = both + onlyA + onlyB + neither;
  if (n === 0) return null;
  const po = (both + neither) / n;
  const pa = (both + onlyA) / n;
  const pb = (both + onlyB) / n;
  const pe = pa * pb + (1 - pa) * (1 - pb);
  return pe === 1 ? 1 : (po - pe) / (1 - pe);
}
