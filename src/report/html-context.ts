/**
 * @module What every story section needs, gathered once: the story's facts, articles (by date),
 * anomalies and reuse links, column labels for the outlets, the fact ↔ article index, how to link
 * to an article (in-page anchor in a mailed file, /articles/:id on the server), and the small
 * shared pieces (verdict chips, outlet badges, quotes, dates, percentages).
 */
import type { Anomaly, ArticleSummary, Evidence, Fact, Report, ReuseLink, Story, Verdict } from "./types.ts";
import { attr, domId, escapeHtml, link } from "./html-escape.ts";
import { readableDates } from "./readable-dates.ts";
import { valueIn } from "./readings.ts";
import { articleLabel } from "./source-label.ts";
import { plural } from "./findings.ts";
import { perPlace, placesOf } from "./anomaly-places.ts";
import { compareDates } from "../date-order.ts";

export { plural, readableDates, valueIn };

/** How renderers link to things; null means "no link". */
export interface Linker {
  article(id: string): string | null;
  compare(a: string, b: string): string | null;
  fact(id: string): string | null;
}

/** In-page anchors: for the self-contained file. */
export const anchorLinker: Linker = {
  article: (id) => `#${domId("article", id)}`,
  compare: () => null,
  fact: (id) => `#${domId("fact", id)}`,
};

/** Server routes: /articles/:id, /compare?a=&b=. */
export const serverLinker: Linker = {
  article: (id) => `/articles/${encodeURIComponent(id)}`,
  compare: (a, b) => `/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`,
  fact: (id) => `#${domId("fact", id)}`,
};

export interface StoryContext {
  readonly report: Report;
  readonly story: Story;
  readonly facts: readonly Fact[];
  /** Story articles that the report describes, ordered by published date (unknown last), then as the report lists them. */
  readonly articles: readonly ArticleSummary[];
  /** The story's anomalies one per place (an anomaly found in three articles is three records here). */
  readonly anomalies: readonly Anomaly[];
  /** The story's anomalies one per finding, each with every place it occurs (report/anomaly-places.ts). */
  readonly findings: readonly Anomaly[];
  readonly reuse: readonly ReuseLink[];
  readonly texts: ReadonlyMap<string, string>;
  readonly links: Linker;
  /** What readers see per article id: its label (report/source-label.ts), numbered when several articles share one. */
  readonly label: (articleId: string) => string;
  readonly article: (articleId: string) => ArticleSummary | undefined;
}

export function storyContext(report: Report, story: Story, options: { texts?: ReadonlyMap<string, string>; links: Linker }): StoryContext {
  const byId = new Map(report.articles.map((a) => [a.id, a]));
  // Same-day (or undated) articles keep the report's order, so lettered sources read A, B, C.
  const order = new Map(report.articles.map((a, i) => [a.id, i]));
  const members = new Set(story.articleIds);
  const placed = report.anomalies.filter((x) => placesOf(x).some((p) => members.has(p.articleId)));
  const articles = story.articleIds
    .map((id) => byId.get(id))
    .filter((a): a is ArticleSummary => a !== undefined)
    .sort((a, b) => byDate(a.published, b.published) || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const name = (a: ArticleSummary): string => articleLabel(a).trim() || "Unknown outlet";
  const perLabel = new Map<string, number>();
  for (const a of articles) perLabel.set(name(a), (perLabel.get(name(a)) ?? 0) + 1);
  const seen = new Map<string, number>();
  const labels = new Map<string, string>();
  for (const a of articles) {
    const label = name(a);
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    labels.set(a.id, (perLabel.get(label) ?? 0) > 1 ? `${label} (${n})` : label);
  }
  return {
    report,
    story,
    facts: report.facts.filter((f) => f.storyId === story.id),
    articles,
    anomalies: perPlace(placed).filter((x) => members.has(x.articleId)),
    findings: placed,
    reuse: report.reuse.filter((l) => members.has(l.a) && members.has(l.b)),
    texts: options.texts ?? new Map(),
    links: options.links,
    label: (id) => labels.get(id) ?? (byId.has(id) ? articleLabel(byId.get(id) as ArticleSummary) : id),
    article: (id) => byId.get(id),
  };
}

/** Dated articles first, in date order; undated ones last (as "\uffff", after every date, sorted them). */
function byDate(a: string | null, b: string | null): number {
  return a === null ? (b === null ? 0 : 1) : b === null ? -1 : compareDates(a, b);
}

/** Per fact: article id → the indexes of the variants its evidence falls in, and that evidence. */
export function carriers(fact: Fact): Map<string, { variants: number[]; evidence: Evidence[] }> {
  const out = new Map<string, { variants: number[]; evidence: Evidence[] }>();
  fact.variants.forEach((v, i) => {
    for (const e of v.evidence) {
      const entry = out.get(e.articleId) ?? { variants: [], evidence: [] };
      if (!entry.variants.includes(i)) entry.variants.push(i);
      entry.evidence.push(e);
      out.set(e.articleId, entry);
    }
  });
  return out;
}

export const VERDICT_LABEL: Readonly<Record<Verdict, string>> = {
  corroborated: "Corroborated",
  contested: "Contested",
  "single-source": "Single source",
};

export function verdictChip(verdict: Verdict): string {
  return `<span class="verdict ${verdict}">${escapeHtml(VERDICT_LABEL[verdict] ?? verdict)}</span>`;
}

/** "①", "②", … for variant indexes: not letters, which name sources when their outlets are unknown. */
export function variantKey(i: number): string {
  return i < 20 ? String.fromCodePoint(0x2460 + i) : `(${i + 1})`;
}

/** How a variant value reads in a cell. */
export function variantText(value: string): string {
  return value === "as stated" ? "reports it" : readableDates(value);
}

/** An article's label as a chip linking to it; the file it came from on hover when no input named its outlet (the sources legend says it too). */
export function outletBadge(ctx: StoryContext, articleId: string): string {
  const a = ctx.article(articleId);
  return link(ctx.links.article(articleId), ctx.label(articleId), a?.outletKnown === false ? { className: "badge", title: originName(a.origin) } : { className: "badge" });
}

/** The file name of a path origin ("seeds/000_76ba.txt" → "000_76ba.txt"); a URL as given. */
export function originName(origin: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(origin)) return origin;
  return origin.split(/[\\/]/).filter(Boolean).pop() ?? origin;
}

/** In-page anchor of an anomaly in the Anomalies section. */
export function anomalyAnchor(a: Pick<Anomaly, "kind" | "articleId" | "span">): string {
  return domId("anomaly", `${a.articleId}-${a.span[0]}-${a.span[1]}-${a.kind}`);
}

/** In-page anchor of a reuse link's row in the Reuse section. */
export function reuseAnchor(l: Pick<ReuseLink, "a" | "b">): string {
  return domId("reuse", `${l.a}-${l.b}`);
}

/** Badges for these articles, once each, in the story's article order (A, B, C …). */
export function badges(ctx: StoryContext, articleIds: Iterable<string>): string {
  const rank = new Map(ctx.articles.map((a, i) => [a.id, i]));
  const ids = [...new Set(articleIds)].sort((a, b) => (rank.get(a) ?? rank.size) - (rank.get(b) ?? rank.size));
  return `<span class="badges">${ids.map((id) => outletBadge(ctx, id)).join("")}</span>`;
}

/** A quote with its outlet (and attribution when present). */
export function quoteBlock(ctx: StoryContext, e: { articleId: string; quote: string; attribution?: string | null }): string {
  const via = e.attribution ? ` · attributed to ${escapeHtml(readableDates(e.attribution))}` : "";
  return `<blockquote class="quote"${attr("data-article-id", e.articleId)}>“${escapeHtml(clip(e.quote, 320))}”<cite>${escapeHtml(ctx.label(e.articleId))}${via}</cite></blockquote>`;
}

export function clip(s: string, n: number): string {
  if (s.length <= n) return s;
  const cut = s.lastIndexOf(" ", n - 1);
  return s.slice(0, cut > n / 2 ? cut : n - 1) + "…";
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "4 Dec 2025" (or "Dec 2025", "2025"); the raw string when it is not ISO-like; "" for null. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "";
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const month = mo ? MONTHS[Number(mo) - 1] : undefined;
  if (!month) return y ?? iso;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

export function pct(x: number | undefined): string {
  return x === undefined || !Number.isFinite(x) ? "—" : `${Math.round(x * 100)}%`;
}

/** Whether a quote says no more than the statement (generic facts state their first quote). */
export function similarText(quote: string, statement: string): boolean {
  const norm = (s: string): string => s.replace(/[…"“”]/g, "").replace(/\s+/g, " ").trim().toLowerCase();
  const q = norm(quote);
  const st = norm(statement);
  return st.length > 0 && (q.startsWith(st) || st.includes(q));
}
