/**
 * @module The F-measure the vector step of term overlap (term-overlap.ts) can still reach, for a
 * caller with a floor: the step is skipped, or stopped part way, once even the best case cannot
 * reach the floor. The step matches each open term of `a` (unmatched, with a vector row), in order,
 * with at most one open term of `b`, for VECTOR_CREDIT on both. So every term still open may gain
 * VECTOR_CREDIT, but no more terms of `b` than `a` has left to try, and no more terms of `a` than
 * `b` has open: the bound counts the heaviest of them only (most pairs of a short sentence and a
 * long one end below a floor, and the long one cannot be covered by the few words of the short).
 */

/** Slack on a floor test, far above the rounding error of the bound. */
const FLOOR_MARGIN = 1e-9;

/** Weights of one side's open terms, ascending, in a reused buffer (similarity is not re-entrant). */
class OpenWeights {
  private buf = new Float64Array(64);
  private n = 0;
  private sorted = false;

  reset(): void {
    this.n = 0;
    this.sorted = false;
  }

  add(w: number): void {
    if (this.n === this.buf.length) {
      const grown = new Float64Array(2 * this.n);
      grown.set(this.buf);
      this.buf = grown;
    }
    this.buf[this.n++] = w;
  }

  get size(): number {
    return this.n;
  }

  remove(w: number): void {
    const at = this.buf.subarray(0, this.n).lastIndexOf(w);
    if (at < 0) return;
    this.buf.copyWithin(at, at + 1, this.n);
    this.n--;
  }

  /** Sum of the `k` largest weights (k <= size). */
  top(k: number): number {
    if (!this.sorted) {
      this.buf.subarray(0, this.n).sort();
      this.sorted = true;
    }
    let s = 0;
    for (let i = this.n - k; i < this.n; i++) s += this.buf[i] ?? 0;
    return s;
  }
}

const sides = { a: new OpenWeights(), b: new OpenWeights() };

/** What the bound needs of a sentence: which of its terms may match softly, and their vector rows. */
export interface Matchable {
  readonly softOk: Uint8Array;
  readonly vecRows: Int32Array;
}

/**
 * Whether the F-measure can reach `floor` once the exact matches are in (`ca`, `cb`): at best every
 * other term matches softly where it may (`soft` credit, alphabetic terms of 5+ letters) and else by
 * its vector (`vector` credit, 0 without vectors), and no more terms of `b` gain than `a` has such
 * terms (each term of `a` matches one term of `b`, softly or by vectors: soft matches mark the first
 * term of `b` they match, and the vector step only tries terms of `a` still unmatched).
 */
export function mayReach(a: Matchable, b: Matchable, c: Credits, floor: number, soft: number, vector: number): boolean {
  sideSums(a, c.wa, c.ca, soft, vector);
  const aGot = sums.got;
  const aOpen = sums.open;
  const pa = sums.total > 0 ? aGot / sums.total : 0;
  sideSums(b, c.wb, c.cb, soft, vector);
  const bTotal = sums.total;
  // Every open term of b lifted first (cheap); then, when a cannot lift them all, its heaviest only.
  if (f1(pa, bTotal > 0 ? sums.got / bTotal : 0) < floor - FLOOR_MARGIN) return false;
  if (sums.open <= aOpen) return true;
  const ws = sides.b;
  ws.reset();
  let exact = 0;
  for (let j = 0; j < c.wb.length; j++) {
    const w = c.wb[j] ?? 0;
    if (c.cb[j] === 1) exact += w;
    else {
      const cap = capOf(b, j, soft, vector);
      if (cap > 0) ws.add(w * cap);
    }
  }
  return f1(pa, bTotal > 0 ? (exact + ws.top(aOpen)) / bTotal : 0) >= floor - FLOOR_MARGIN;
}

const f1 = (x: number, y: number): number => (x + y > 0 ? (2 * x * y) / (x + y) : 0);

/** One side's sums (see sideSums): reused, not re-entrant. */
const sums = { got: 0, open: 0, total: 0 };

/** A side's total weight, its exact weight plus every open term lifted as far as it may be, and how many open terms may be. */
function sideSums(f: Matchable, w: Float64Array, x: Float64Array, soft: number, vector: number): void {
  let got = 0;
  let open = 0;
  let total = 0;
  for (let i = 0; i < w.length; i++) {
    const wi = w[i] ?? 0;
    total += wi;
    if (x[i] === 1) got += wi;
    else {
      const cap = capOf(f, i, soft, vector);
      if (cap > 0) {
        got += wi * cap;
        open++;
      }
    }
  }
  sums.got = got;
  sums.open = open;
  sums.total = total;
}

/** The most a term left open may gain: a soft match where it may match softly, else a vector match where it has a vector. */
function capOf(f: Matchable, i: number, soft: number, vector: number): number {
  const s = f.softOk[i] === 1 ? soft : 0;
  const v = (f.vecRows[i] ?? -1) >= 0 ? vector : 0;
  return s > v ? s : v;
}

/** The credits of both sides' terms and their weights. */
export interface Credits {
  readonly ca: Float64Array;
  readonly cb: Float64Array;
  readonly wa: Float64Array;
  readonly wb: Float64Array;
}

/**
 * The bound, kept as the vector step goes through `a`'s terms in order. `reaches()` says whether
 * the best case reaches the floor; `tried(i, j)` is told that a's term i was tried and matched b's
 * term j (-1: none), and says the same after it. One at a time (shared buffers).
 */
export class OpenBound {
  private aGot = 0;
  private aOpen = 0;
  private aTotal = 0;
  private bGot = 0;
  private bOpen = 0;
  private bTotal = 0;
  private readonly a = sides.a;
  private readonly b = sides.b;

  constructor(
    private readonly c: Credits,
    ra: Int32Array,
    rb: Int32Array,
    private readonly floor: number,
    private readonly credit: number,
  ) {
    this.a.reset();
    this.b.reset();
    for (let i = 0; i < ra.length; i++) {
      const w = c.wa[i] ?? 0;
      const x = c.ca[i] ?? 0;
      this.aTotal += w;
      if (x === 0 && (ra[i] ?? -1) >= 0) {
        this.aOpen += w;
        this.a.add(w);
      } else this.aGot += w * x;
    }
    for (let j = 0; j < rb.length; j++) {
      const w = c.wb[j] ?? 0;
      const x = c.cb[j] ?? 0;
      this.bTotal += w;
      if (x === 0 && (rb[j] ?? -1) >= 0) {
        this.bOpen += w;
        this.b.add(w);
      } else this.bGot += w * x;
    }
  }

  reaches(): boolean {
    const na = this.a.size;
    const nb = this.b.size;
    const aMore = na <= nb ? this.aOpen : this.a.top(nb);
    const bMore = nb <= na ? this.bOpen : this.b.top(na);
    const pa = this.aTotal > 0 ? (this.aGot + this.credit * aMore) / this.aTotal : 0;
    const pb = this.bTotal > 0 ? (this.bGot + this.credit * bMore) / this.bTotal : 0;
    return (pa + pb > 0 ? (2 * pa * pb) / (pa + pb) : 0) >= this.floor - FLOOR_MARGIN;
  }

  tried(i: number, j: number): boolean {
    const wi = this.c.wa[i] ?? 0;
    this.aOpen -= wi;
    this.a.remove(wi);
    if (j >= 0) {
      const wj = this.c.wb[j] ?? 0;
      this.aGot += this.credit * wi;
      this.bOpen -= wj;
      this.b.remove(wj);
      this.bGot += this.credit * wj;
    }
    return this.reaches();
  }
}
