/**
 * @module Soft-match neighbours, found once per term instead of once per sentence pair. Every term
 * that may match softly (see soft.ts: alphabetic, 5+ letters) gets an id the first time the process
 * sees it, and the ids of the terms seen so far that it matches softly. Candidates come from two
 * bucket indexes, then softMatch decides: a shared 5-letter prefix (every prefix match shares one),
 * and the term and its single-deletion variants (two terms one edit apart share one of those). So a
 * term's neighbours are exactly the terms seen that softMatch accepts, and a sentence pair looks up
 * a term's few neighbours in the other sentence instead of testing it against each of its terms.
 */
import { MIN_EDIT_LENGTH, MIN_PREFIX, softMatch } from "./soft.ts";

/** Terms the index holds before it starts over (a new generation), bounding memory in a long-lived process. */
export const MAX_SOFT_TERMS = 1 << 18;

/** Whether a term may match softly (the terms the index holds). */
export function softEligible(term: string): boolean {
  return term.length >= MIN_PREFIX && /^\p{L}+$/u.test(term);
}

export class SoftIndex {
  /** Neighbours (ids) of each id, in no particular order. */
  readonly neighbours: number[][] = [];
  private readonly ids = new Map<string, number>();
  private readonly buckets = new Map<string, number[]>();
  private readonly terms: string[] = [];

  constructor(readonly generation: number) {}

  get size(): number {
    return this.terms.length;
  }

  /** The id of an eligible term (see softEligible), registered with its neighbours on first sight. */
  id(term: string): number {
    const known = this.ids.get(term);
    if (known !== undefined) return known;
    const id = this.terms.length;
    const mine: number[] = [];
    const tried = new Set<number>([id]);
    for (const key of bucketKeys(term)) {
      const bucket = this.buckets.get(key);
      if (!bucket) {
        this.buckets.set(key, [id]);
        continue;
      }
      for (const other of bucket) {
        if (tried.has(other)) continue;
        tried.add(other);
        if (softMatch(term, this.terms[other] ?? "")) {
          mine.push(other);
          this.neighbours[other]?.push(id);
        }
      }
      bucket.push(id);
    }
    this.ids.set(term, id);
    this.terms.push(term);
    this.neighbours.push(mine);
    return id;
  }
}

/**
 * Keys two eligible terms share whenever softMatch accepts them: the 5-letter prefix; the term
 * itself, and on terms long enough for an edit match (MIN_EDIT_LENGTH) its single-deletion variants
 * (equal lengths one substitution apart share a deletion; one insertion apart, the longer's deletion
 * is the shorter term).
 */
function bucketKeys(term: string): string[] {
  const keys = new Set([`~${term.slice(0, MIN_PREFIX)}`, term]);
  if (term.length >= MIN_EDIT_LENGTH) for (let i = 0; i < term.length; i++) keys.add(term.slice(0, i) + term.slice(i + 1));
  return [...keys];
}

let current = new SoftIndex(0);

/** The index in use; a full one is replaced by an empty one of the next generation. */
export function softIndex(): SoftIndex {
  if (current.size >= MAX_SOFT_TERMS) current = new SoftIndex(current.generation + 1);
  return current;
}
