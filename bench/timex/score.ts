/** @module TempEval-3-style timex scoring: strict (exact) and relaxed (overlap) span P/R/F1, and value/type accuracy and F1 over relaxed matches. */

export interface Span {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly value: string;
}

export interface Counts {
  system: number;
  gold: number;
  strict: number;
  relaxed: number;
  value: number;
  type: number;
}

export function emptyCounts(): Counts {
  return { system: 0, gold: 0, strict: 0, relaxed: 0, value: 0, type: 0 };
}

export interface Pairing {
  readonly matched: ReadonlyArray<readonly [Span, Span]>;
  readonly missed: readonly Span[];
  readonly spurious: readonly Span[];
}

/** One-to-one pairing of system and gold timexes by overlap (first overlapping gold wins). */
export function pair(system: readonly Span[], gold: readonly Span[]): Pairing {
  const used = new Set<number>();
  const matched: Array<readonly [Span, Span]> = [];
  const spurious: Span[] = [];
  for (const s of system) {
    const gi = gold.findIndex((g, i) => !used.has(i) && s.start < g.end && g.start < s.end);
    if (gi < 0) spurious.push(s);
    else {
      used.add(gi);
      matched.push([s, gold[gi]!]);
    }
  }
  return { matched, missed: gold.filter((_, i) => !used.has(i)), spurious };
}

export function add(c: Counts, system: readonly Span[], gold: readonly Span[]): Pairing {
  const p = pair(system, gold);
  c.system += system.length;
  c.gold += gold.length;
  for (const [s, g] of p.matched) {
    c.relaxed++;
    if (s.start === g.start && s.end === g.end) c.strict++;
    if (s.value === g.value) c.value++;
    if (s.type === g.type) c.type++;
  }
  return p;
}

export interface Prf {
  readonly p: number;
  readonly r: number;
  readonly f: number;
}

export function prf(hit: number, system: number, gold: number): Prf {
  const p = system ? hit / system : 0;
  const r = gold ? hit / gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}
