/** @module A named rule: an id a trace and a test can name, and a one-line doc that says what it does. */
export interface Rule {
  readonly id: string;
  readonly doc: string;
}

/** The rules of one or more rule tables by id. */
export function rulesById(...tables: readonly Readonly<Record<string, Rule>>[]): ReadonlyMap<string, Rule> {
  return new Map(tables.flatMap((t) => Object.values(t).map((r) => [r.id, r] as const)));
}
