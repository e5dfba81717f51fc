/**
 * @module Facts from claim groups: variants (one per distinct, mutually incompatible value, plus the
 * evidence that gives no figure), the verdict, what exactly differs, the most conservative figure
 * (ACLED's convention) and a human-readable statement.
 */
import type { Evidence, Fact, Variant, Verdict } from "../report/types.ts";
import { stableId } from "../ids.ts";
import type { Claim } from "../types.ts";
import type { ClaimGroup } from "./group.ts";
import { canonicalOrder } from "./group.ts";
import type { Origins } from "./origins.ts";
import { claimValue, conflict, describeValue, isEmptyValue, type ClaimValue } from "./values.ts";

export interface FactContext {
  readonly storyId: string;
  readonly origins: (claims: readonly Claim[]) => Origins;
}

interface Bucket {
  value: ClaimValue;
  claims: Claim[];
}

export function buildFact(group: ClaimGroup, ctx: FactContext): Fact {
  const claims = [...group.claims].sort(canonicalOrder);
  const withDate = group.kind === "visit" || group.kind === "generic" || group.kind === "statement";
  const buckets: Bucket[] = [];
  const unspecified: Claim[] = [];
  let differs: string | null = null;
  for (const c of claims) {
    const v = claimValue(c);
    if (isEmptyValue(v, { withDate })) {
      unspecified.push(c);
      continue;
    }
    const home = buckets.find((b) => conflict(b.value, v, { compareDates: withDate }) === null);
    if (home) {
      home.claims.push(c);
      if (v.counts.size > home.value.counts.size) home.value = v;
    } else {
      const first = buckets[0];
      if (first && differs === null) differs = conflict(first.value, v, { compareDates: withDate });
      buckets.push({ value: v, claims: [c] });
    }
  }
  const variants: Variant[] = buckets.map((b) => ({ value: describeValue(b.value, { withDate }), evidence: b.claims.map(evidence) }));
  if (unspecified.length > 0) variants.push({ value: buckets.length > 0 ? "mentioned without that figure" : "as stated", evidence: unspecified.map(evidence) });
  const origins = ctx.origins(claims);
  const articles = new Set(claims.map((c) => c.articleId)).size;
  const verdict: Verdict = buckets.length >= 2 ? "contested" : origins.count >= 2 ? "corroborated" : "single-source";
  return {
    id: stableId("f", ctx.storyId, group.key),
    storyId: ctx.storyId,
    statement: statementOf(group, claims, buckets),
    subject: subjectsOf(claims),
    verdict,
    articles,
    independentOrigins: origins.count,
    variants,
    differs: verdict === "contested" ? differs : null,
    conservative: verdict === "contested" ? conservative(buckets) : null,
    origins: origins.chains,
    modality: majority(claims.map((c) => c.modality)),
    frame: claims.find((c) => c.frame)?.frame ?? null,
  };
}

function evidence(c: Claim): Evidence {
  const a = c.attribution;
  const attribution = a ? [a.via ? `${a.source} (told ${a.via})` : a.source, ...a.upstream].join(" ← ") + (a.date ? ` (${a.date})` : "") : null;
  return { articleId: c.articleId, quote: c.text, span: [c.span[0], c.span[1]], attribution };
}

function subjectsOf(claims: readonly Claim[]): string[] {
  const counts = new Map<string, number>();
  for (const c of claims) for (const s of c.subjects) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 6)
    .map(([s]) => s);
}

const STATUS_WORDS: Readonly<Record<string, string>> = {
  considering: "is considering buying",
  negotiating: "is negotiating to buy",
  approved: "approved buying",
  ordered: "ordered",
  delivering: "is receiving",
  delivered: "has received",
  cancelled: "cancelled its order of",
};

function statementOf(group: ClaimGroup, claims: readonly Claim[], buckets: readonly Bucket[]): string {
  const frame = claims.find((c) => c.frame)?.frame;
  const r = frame?.roles ?? {};
  const status = majority(claims.map((c) => c.frame?.status ?? "").filter(Boolean));
  const figure = buckets.length === 1 && buckets[0] ? ` (${describeValue(buckets[0].value, { withDate: false })})` : buckets.length > 1 ? " (figures differ)" : "";
  switch (group.kind) {
    case "procurement":
      return `${r["buyer"] ?? "A buyer"} ${STATUS_WORDS[status] ?? "may buy"} ${r["item"] ?? "weapons"}${r["seller"] ? ` from ${r["seller"]}` : ""}${figure}`;
    case "delivery":
      return `Deliveries of ${r["item"] ?? "weapons"}${r["buyer"] ? ` to ${r["buyer"]}` : ""}${status ? ` (${status})` : ""}`;
    case "visit": {
      const dated = buckets.length === 1 && buckets[0]?.value.date ? ` on ${buckets[0].value.date}` : buckets.length > 1 ? " (dates differ)" : "";
      const dest = majority(claims.map((c) => c.frame?.roles["destination"] ?? "").filter(Boolean));
      return `${r["visitor"] ?? "A leader"} visits ${dest || "the host country"}${dated}`;
    }
    case "sanction":
      return `${r["by"] ?? "Sanctions"}${r["by"] ? " sanctions" : ""} ${r["on"] ?? ""}${r["law"] ? ` under ${r["law"]}` : ""}${status === "ordered" ? " (imposed)" : " (threatened or possible)"}`.replace(/\s+/g, " ").trim();
    case "statement": {
      const who = group.key.slice("statement|".length);
      return `${who}: “${trim(claims[0]?.text ?? "", 160)}”`;
    }
    case "generic":
      return trim(claims[0]?.text ?? "", 200);
  }
}

function trim(s: string, n: number): string {
  return s.length <= n ? s : s.slice(0, s.lastIndexOf(" ", n - 1)) + "…";
}

function conservative(buckets: readonly Bucket[]): string | null {
  let best: { n: number; text: string } | null = null;
  for (const b of buckets) {
    for (const q of b.value.counts.values()) {
      if (!best || q.value < best.n) best = { n: q.value, text: describeValue(b.value, { withDate: false }) };
    }
  }
  return best?.text ?? null;
}

function majority(xs: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? "";
}
