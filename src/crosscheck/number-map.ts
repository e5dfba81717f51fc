/**
 * @module A map from non-negative integer keys (below 2^53) to numbers in two typed arrays (open
 * addressing, linear probing, tombstones for deletes): the pair caches of a large story hold
 * millions of entries, which a `Map` keeps at several times the memory. Same `get` / `set` /
 * `delete` / `size` / `clear` behaviour as a `Map<number, number>`.
 */

const EMPTY = -1;
const DELETED = -2;
const MIN_SLOTS = 1024;
/** Slots taken (entries and tombstones) beyond which the table grows or is rebuilt. */
const MAX_LOAD = 0.5;

export class NumberMap {
  private keys = new Float64Array(MIN_SLOTS).fill(EMPTY);
  private values = new Float64Array(MIN_SLOTS);
  private used = 0;
  private count = 0;

  get size(): number {
    return this.count;
  }

  get(key: number): number | undefined {
    const slot = this.find(key);
    return slot >= 0 ? this.values[slot] : undefined;
  }

  set(key: number, value: number): void {
    const slot = this.find(key);
    if (slot >= 0) {
      this.values[slot] = value;
      return;
    }
    if ((this.used + 1) / this.keys.length > MAX_LOAD) this.rehash(this.count + 1 > this.keys.length * MAX_LOAD * 0.5 ? this.keys.length * 2 : this.keys.length);
    const mask = this.keys.length - 1;
    let tomb = -1;
    for (let i = hashOf(key) & mask; ; i = (i + 1) & mask) {
      const k = this.keys[i] ?? EMPTY;
      if (k === DELETED && tomb < 0) tomb = i;
      if (k === EMPTY) {
        const at = tomb >= 0 ? tomb : i;
        if (tomb < 0) this.used++;
        this.keys[at] = key;
        this.values[at] = value;
        this.count++;
        return;
      }
    }
  }

  delete(key: number): boolean {
    const slot = this.find(key);
    if (slot < 0) return false;
    this.keys[slot] = DELETED;
    this.count--;
    return true;
  }

  clear(): void {
    this.keys = new Float64Array(MIN_SLOTS).fill(EMPTY);
    this.values = new Float64Array(MIN_SLOTS);
    this.used = 0;
    this.count = 0;
  }

  private find(key: number): number {
    const mask = this.keys.length - 1;
    for (let i = hashOf(key) & mask; ; i = (i + 1) & mask) {
      const k = this.keys[i] ?? EMPTY;
      if (k === key) return i;
      if (k === EMPTY) return -1;
    }
  }

  private rehash(slots: number): void {
    const { keys, values } = this;
    this.keys = new Float64Array(slots).fill(EMPTY);
    this.values = new Float64Array(slots);
    this.used = 0;
    this.count = 0;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i] ?? EMPTY;
      if (k >= 0) this.set(k, values[i] ?? 0);
    }
  }
}

/** A 32-bit mix of an integer key below 2^53 (its high and low halves). */
function hashOf(key: number): number {
  const lo = key >>> 0;
  const hi = Math.floor(key / 4294967296) >>> 0;
  let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
