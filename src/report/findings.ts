/**
 * @module What a story's "Key findings" are, format-neutral: disputed figures (what differs, who
 * says which), likely garbled names and spelling variants (once per spelling, with every article
 * that writes it), copies and rewrites (with the rare errors they share), dates that do not add up
 * and unattributed single-origin claims — each once, merged across articles, with what its evidence
 * is (a fact, anomalies, a reuse link). The Markdown (markdown-findings.ts), the HTML report and the
 * web UI (html-findings.ts) all render this one list. Also the counts and wording every renderer
 * shares, so the same number reads the same everywhere.
 */
import type { Anomaly, ArticleSummary, Fact, ReuseLink, Verdict } from "./types.ts";

/** The crosscheck stage's value for evidence that carries a fact without its figure: no side of a dispute. */
export const NO_FIGURE = "mentioned without that figure";

/** At most this many findings of one kind (unattributed claims: UNATTRIBUTED). */
export const MAX_PER_KIND = 6;
const UNATTRIBUTED = 3;

export interface FindingSide {
  readonly value: string;
  readonly articleIds: readonly string[];
}

export type Finding =
  | { readonly kind: "disputed"; readonly fact: Fact; readonly sides: readonly FindingSide[] }
  | {
      readonly kind: "garbled-name" | "name-variant";
      readonly form: string;
      readonly suggestion: string | null;
      readonly articleIds: readonly string[];
      readonly anomalies: readonly Anomaly[];
    }
  | { readonly kind: "copy"; readonly how: "rewrite" | "duplicate" | "near-duplicate"; readonly link: ReuseLink }
  | { readonly kind: "temporal" | "unattributed"; readonly articleIds: readonly string[]; readonly anomalies: readonly Anomaly[] };

export interface FindingsSource {
  readonly facts: readonly Fact[];
  readonly anomalies: readonly Anomaly[];
  readonly reuse: readonly ReuseLink[];
}

/** The label a finding line starts with ("Disputed", "Likely garbled name", "One text rewritten", …). */
export function findingLabel(f: Finding): string {
  switch (f.kind) {
    case "disputed":
      return "Disputed";
    case "garbled-name":
      return "Likely garbled name";
    case "name-variant":
      return "Spelling differs";
    case "copy":
      return f.how === "rewrite" ? "One text rewritten" : f.how === "duplicate" ? "One text copied" : "One text, nearly copied";
    case "temporal":
      return "Dates do not add up";
    case "unattributed":
      return "Unattributed, one origin";
  }
}

/** The key findings of one story's facts, anomalies and reuse links, in reading order. */
export function keyFindingsOf(input: FindingsSource): Finding[] {
  const out: Finding[] = [];
  for (const fact of input.facts.filter((x) => x.verdict === "contested").slice(0, MAX_PER_KIND)) {
    const sides = fact.variants.filter((v) => v.value !== NO_FIGURE).slice(0, 3).map((v) => ({ value: v.value, articleIds: unique(v.evidence.map((e) => e.articleId)) }));
    out.push({ kind: "disputed", fact, sides });
  }
  // One line per spelling, with every article that writes it.
  const spellings = group(
    input.anomalies.filter((a) => a.kind === "garbled-name" || a.kind === "name-variant"),
    (a) => `${a.kind}|${a.quote}|${a.suggestion ?? ""}`,
  );
  for (const items of spellings.slice(0, MAX_PER_KIND)) {
    const first = items[0];
    if (!first) continue;
    out.push({
      kind: first.kind === "garbled-name" ? "garbled-name" : "name-variant",
      form: first.quote,
      suggestion: first.suggestion,
      articleIds: unique(items.map((a) => a.articleId)),
      anomalies: items,
    });
  }
  const oneText = input.reuse.filter((l): l is ReuseLink & { kind: "rewrite" | "duplicate" | "near-duplicate" } => l.kind === "rewrite" || l.kind === "duplicate" || l.kind === "near-duplicate");
  for (const link of oneText.slice(0, MAX_PER_KIND)) out.push({ kind: "copy", how: link.kind, link });
  // The same explanation from several articles (a copied sentence) is one finding.
  const temporal = group(
    input.anomalies.filter((a) => a.kind === "temporal-inconsistency"),
    (a) => normal(a.explanation),
  );
  for (const items of temporal.slice(0, MAX_PER_KIND)) out.push({ kind: "temporal", articleIds: unique(items.map((a) => a.articleId)), anomalies: items });
  const unattributed = group(
    input.anomalies.filter((a) => a.kind === "unattributed-claim"),
    (a) => normal(a.quote),
  );
  for (const items of unattributed.slice(0, UNATTRIBUTED)) out.push({ kind: "unattributed", articleIds: unique(items.map((a) => a.articleId)), anomalies: items });
  return out;
}

/** The articles a finding names, in order, once each. */
export function findingArticles(f: Finding): readonly string[] {
  switch (f.kind) {
    case "disputed":
      return unique(f.sides.flatMap((s) => s.articleIds));
    case "copy":
      return [f.link.a, f.link.b];
    case "garbled-name":
    case "name-variant":
    case "temporal":
    case "unattributed":
      return f.articleIds;
  }
}

/** Facts by verdict: the one count of corroborated, contested and single-source facts every place shows. */
export function verdictCounts(facts: readonly Pick<Fact, "verdict">[]): Readonly<Record<Verdict, number>> {
  const out: Record<Verdict, number> = { corroborated: 0, contested: 0, "single-source": 0 };
  for (const f of facts) out[f.verdict] = (out[f.verdict] ?? 0) + 1;
  return out;
}

/** "1 article", "3 facts"; `many` for irregular plurals ("stories"). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Outlets the articles name (those whose outlet is unknown left out), and how many articles have none. */
export function outletTally(articles: readonly Pick<ArticleSummary, "outlet" | "outletKnown">[]): { readonly outlets: number; readonly unknown: number } {
  const known = articles.filter((a) => a.outletKnown !== false);
  return { outlets: new Set(known.map((a) => a.outlet)).size, unknown: articles.length - known.length };
}

/** "5 articles from 3 outlets", "5 articles, outlets unknown", "5 articles from 2 outlets, 3 of unknown outlet". */
export function articlesLine(articles: readonly Pick<ArticleSummary, "outlet" | "outletKnown">[]): string {
  const { outlets, unknown } = outletTally(articles);
  const head = plural(articles.length, "article");
  if (articles.length === 0) return head;
  if (outlets === 0) return `${head}, ${articles.length === 1 ? "outlet" : "outlets"} unknown`;
  return `${head} from ${plural(outlets, "outlet")}${unknown > 0 ? `, ${unknown} of unknown outlet` : ""}`;
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

function normal(s: string): string {
  return s.replace(/\s+/g, " ").trim().toLowerCase();
}

/** Items grouped by key, groups in order of first appearance. */
function group<T>(items: readonly T[], key: (x: T) => string): T[][] {
  const out = new Map<string, T[]>();
  for (const x of items) {
    const k = key(x);
    const g = out.get(k);
    if (g) g.push(x);
    else out.set(k, [x]);
  }
  return [...out.values()];
}
