/**
 * @module Components of linked items: disjoint sets without recursion (a chain of any length is
 * safe), and the partner-bounded linking the dispute rules share (each item compared with at most
 * a fixed number of later items from other articles, so a large story stays linear).
 */
import { pushTo } from "../multimap.ts";

/** Disjoint sets over 0..n-1 with path compression, iterative. */
export class IndexSets {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root] as number;
    let x = i;
    while (x !== root) {
      const next = this.parent[x] as number;
      this.parent[x] = root;
      x = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[ra] = rb;
  }
}

/** Disjoint sets over string keys, iterative; the smaller key is a set's root (deterministic). */
export class KeySets {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root)) root = p;
    for (let y = x; y !== root; ) {
      const next = this.parent.get(y) ?? root;
      this.parent.set(y, root);
      y = next;
    }
    return root;
  }
  /** Joins the sets of a and b; false when they were one already. */
  union(a: string, b: string): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
    return true;
  }
}

/**
 * Groups `items` into components: two items of different articles join when `linked` says so.
 * Each item is compared with at most `partners` later items of other articles. Components keep the
 * items' order.
 */
export function linkedComponents<T>(items: readonly T[], articleOf: (t: T) => string, linked: (a: T, b: T) => boolean, partners: number): T[][] {
  const sets = new IndexSets(items.length);
  for (let i = 0; i < items.length; i++) {
    let compared = 0;
    for (let j = i + 1; j < items.length && compared < partners; j++) {
      const a = items[i] as T;
      const b = items[j] as T;
      if (articleOf(a) === articleOf(b)) continue;
      compared++;
      if (sets.find(i) !== sets.find(j) && linked(a, b)) sets.union(i, j);
    }
  }
  const comps = new Map<number, T[]>();
  items.forEach((t, i) => {
    const root = sets.find(i);
    pushTo(comps, root, t);
  });
  return [...comps.values()];
}
