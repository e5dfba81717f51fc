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

export { readableDates, valueIn };

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
  /** Story articles that the report describes, ordered by published date (unknown last), then id. */
  readonly articles: readonly ArticleSummary[];
  readonly anomalies: readonly Anomaly[];
  readonly reuse: readonly ReuseLink[];
  readonly texts: ReadonlyMap<string, string>;
  readonly links: Linker;
  /** Short column label per article id: the outlet, numbered when an outlet has several articles. */
  readonly label: (articleId: string) => string;
  readonly article: (articleId: string) => ArticleSummary | undefined;
}

export function storyContext(report: Report, story: Story, options: { texts?: ReadonlyMap<string, string>; links: Linker }): StoryContext {
  const byId = new Map(report.articles.map((a) => [a.id, a]));
  const members = new Set(story.articleIds);
  const articles = story.articleIds
    .map((id) => byId.get(id))
    .filter((a): a is ArticleSummary => a !== undefined)
    .sort((a, b) => dateKey(a.published).localeCompare(dateKey(b.published)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const perOutlet = new Map<string, number>();
  for (const a of articles) perOutlet.set(a.outlet, (perOutlet.get(a.outlet) ?? 0) + 1);
  const seen = new Map<string, number>();
  const labels = new Map<string, string>();
  for (const a of articles) {
    const n = (seen.get(a.outlet) ?? 0) + 1;
    seen.set(a.outlet, n);
    const outlet = a.outlet.trim() || "Unknown outlet";
    labels.set(a.id, (perOutlet.get(a.outlet) ?? 0) > 1 ? `${outlet} (${n})` : outlet);
  }
  return {
    report,
    story,
    facts: report.facts.filter((f) => f.storyId === story.id),
    articles,
    anomalies: report.anomalies.filter((x) => members.has(x.articleId)),
    reuse: report.reuse.filter((l) => members.has(l.a) && members.has(l.b)),
    texts: options.texts ?? new Map(),
    links: options.links,
    label: (id) => labels.get(id) ?? byId.get(id)?.outlet ?? id,
    article: (id) => byId.get(id),
  };
}

function dateKey(published: string | null): string {
  return published ?? "\uffff";
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

/** "A", "B", … for variant indexes. */
export function variantKey(i: number): string {
  return i < 26 ? String.fromCharCode(65 + i) : `V${i + 1}`;
}

/** How a variant value reads in a cell. */
export function variantText(value: string): string {
  return value === "as stated" ? "reports it" : readableDates(value);
}

export function outletBadge(ctx: StoryContext, articleId: string): string {
  const a = ctx.article(articleId);
  const title = a ? [a.title ?? "(untitled)", formatDate(a.published)].filter(Boolean).join(" — ") : articleId;
  return link(ctx.links.article(articleId), ctx.label(articleId), { className: "badge", title });
}

export function badges(ctx: StoryContext, articleIds: Iterable<string>): string {
  const ids = [...new Set(articleIds)];
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

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
