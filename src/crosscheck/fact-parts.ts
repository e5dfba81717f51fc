/**
 * @module The parts of a fact built from its variants: a variant's value with every reading it
 * joins, a toll that rises in later reports, the most conservative account, the date most of a
 * variant's claims give. See facts.ts.
 */
import type { Claim, Quantity } from "../types.ts";
import type { ClaimGroup } from "./group.ts";
import { describeQuantity, describeValue, type ClaimValue } from "./values.ts";
import type { FactContext } from "./facts.ts";

/** A variant being built: its merged value and the claims that give it. */
export interface Bucket {
  value: ClaimValue;
  claims: Claim[];
}

/**
 * A variant's value: each figure it gives, with every compatible reading its claims give
 * ("41 killed / at least 30 killed"), so no account is shown as saying more than it does.
 */
export function describeBucket(b: Bucket, valueOf: (c: Claim) => ClaimValue, withDate: boolean): string {
  const base = describeValue(b.value, { withDate });
  const readings = new Map<string, Quantity[]>();
  const reading = (q: Quantity): string => `${q.approx}:${q.value}:${q.upper}`;
  for (const c of b.claims) {
    for (const [cls, q] of valueOf(c).counts) {
      const list = readings.get(cls) ?? [];
      // The same figure in other words ("140 jets" beside "140 fighters") is one reading.
      if (!list.some((x) => reading(x) === reading(q))) list.push(q);
      readings.set(cls, list);
    }
  }
  let out = base;
  for (const [cls, q] of b.value.counts) {
    const others = (readings.get(cls) ?? []).filter((x) => reading(x) !== reading(q));
    if (others.length > 0) out = out.replace(describeQuantity(q), [q, ...others].map(describeQuantity).join(" / "));
  }
  return out;
}

/**
 * A toll of the dead or injured that only grows as reports come in: each figure first given on a
 * later publication day than the one before it, and higher. Counts like these are updated, not
 * disputed, so `differs` says so first ("rises in later reports: at least 12 (17 Oct) → 19 (18 Oct)
 * → 23 (19 Oct), likely updates"); the verdict stays contested, since the figures do differ.
 */
export function risingToll(buckets: readonly Bucket[], ctx: FactContext, valueOf: (c: Claim) => ClaimValue, kind: ClaimGroup["kind"]): string | null {
  const dim = ctx.dimension ?? "";
  // Tolls, and running counts of other claims (arrests, evacuees, cases); a deal's size is no running count.
  const running = dim.startsWith("deaths") || dim.startsWith("injuries") || (kind !== "procurement" && kind !== "delivery" && (dim === "" || dim === "count"));
  if (!ctx.published || !running || buckets.length < 2) return null;
  // The figure the accounts differ on: the one class every variant gives, and the only one on
  // which they differ (two differences at once are no simple update).
  const shared = [...(buckets[0]?.value.counts.keys() ?? [])].filter((cls) => buckets.every((b) => b.value.counts.has(cls)));
  const differing = shared.filter((cls) => {
    const q0 = buckets[0]?.value.counts.get(cls);
    return buckets.some((b) => { const q = b.value.counts.get(cls); return q !== undefined && q0 !== undefined && (q.value !== q0.value || q.upper !== q0.upper); });
  });
  const cls = differing.length === 1 ? differing[0] : undefined;
  if (cls === undefined) return null;
  // Each quote's own figure of that class, by the day its article came out.
  const byDay = new Map<string, Quantity[]>();
  for (const c of buckets.flatMap((b) => b.claims)) {
    const day = ctx.published(c.articleId)?.slice(0, 10);
    const q = valueOf(c).counts.get(cls);
    if (!day) return null;
    const list = byDay.get(day);
    if (q && list) list.push(q);
    else if (q) byDay.set(day, [q]);
  }
  const days = [...byDay.keys()].sort();
  if (days.length < 2) return null;
  const shown: { day: string; q: Quantity }[] = [];
  for (const day of days) {
    const qs = byDay.get(day) ?? [];
    const lo = Math.min(...qs.map((q) => q.value));
    const hi = Math.max(...qs.map((q) => q.upper));
    const prev = shown[shown.length - 1];
    // Figures of one day that conflict, or a later day's figure below an earlier one: a real dispute.
    if (qs.some((q) => q.approx === "exact" && qs.some((r) => r.approx === "exact" && r.value !== q.value))) return null;
    if (prev && lo < prev.q.upper) return null;
    const top = qs.find((q) => q.upper === hi) ?? qs[0];
    if (top && (!prev || top.upper > prev.q.upper)) shown.push({ day, q: top });
  }
  if (shown.length < 2) return null;
  const short = (day: string): string => new Date(`${day}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
  return `rises in later reports: ${shown.map((x) => `${describeQuantity(x.q)} (${short(x.day)})`).join(" → ")}, likely updates`;
}

/** A value's identity for comparison: its figures, date, status, denial and acts. */
export function readingKey(v: ClaimValue): string {
  const counts = [...v.counts].map(([k, q]) => `${k}:${q.approx}:${q.value}:${q.upper}`).join("|");
  return `${counts}#${v.date ?? ""}#${v.status ?? ""}#${v.denied ? 1 : 0}#${[...(v.acts ?? [])].sort().join(",")}`;
}

/** The date most of a variant's claims give (the earliest such claim's on a tie). */
export function commonestDate(values: readonly ClaimValue[]): string | null {
  const freq = new Map<string, number>();
  for (const v of values) if (v.date) freq.set(v.date, (freq.get(v.date) ?? 0) + 1);
  let best: string | null = null;
  for (const [d, n] of freq) if (best === null || n > (freq.get(best) ?? 0)) best = d;
  return best;
}

/**
 * The most conservative account (ACLED's convention): for the first kind of figure that two
 * accounts both give (a count of tanks, a deal's value), the account with the smallest one; else,
 * when the accounts count in different units, the one with the smallest count.
 */
export function conservative(buckets: readonly Bucket[]): string | null {
  const smallest = (pick: (b: Bucket) => number | undefined): string | null => {
    let best: { n: number; text: string } | null = null;
    for (const b of buckets) {
      const n = pick(b);
      if (n !== undefined && (!best || n < best.n)) best = { n, text: describeValue(b.value, { withDate: false }) };
    }
    return best?.text ?? null;
  };
  // A magnitude is a measurement, not a count: no reading of it is the "conservative" one.
  const classes = buckets.flatMap((b) => [...b.value.counts.keys()]).filter((cls) => cls !== "magnitude");
  const shared = classes.find((cls, i) => classes.indexOf(cls) !== i);
  if (shared) return smallest((b) => b.value.counts.get(shared)?.value);
  return smallest((b) => {
    const counts = [...b.value.counts.entries()].filter(([cls]) => !cls.startsWith("value:") && cls !== "magnitude").map(([, q]) => q.value);
    return counts.length > 0 ? Math.min(...counts) : undefined;
  });
}

export function majority(xs: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? "";
}
