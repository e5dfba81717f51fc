/**
 * @module Anomalies (garbled names with the likely intended name, repeated text, framing, temporal
 * and numeric inconsistencies, unattributed claims…) grouped by kind, each with its quote in
 * context when the article text is at hand; and reuse links between articles with their passages.
 */
import { anomalyAnchor, badges, clip, plural, quoteBlock, readableDates, reuseAnchor, type StoryContext } from "./html-context.ts";
import { attr, escapeHtml, link } from "./html-escape.ts";
import { highlightText } from "./html-highlight.ts";
import type { Anomaly, ReuseLink } from "./types.ts";
import { anomalyArticleIds, perPlace } from "./anomaly-places.ts";

const KIND_LABEL: Readonly<Record<string, string>> = {
  "garbled-name": "Garbled names",
  "name-variant": "Spelling variants",
  "inconsistent-number": "Inconsistent numbers",
  "temporal-inconsistency": "Temporal inconsistencies",
  "unattributed-claim": "Unattributed claims",
  framing: "Framing",
  "repeated-text": "Repeated text",
  "mostly-commentary": "Mostly commentary",
};

const KIND_ORDER = Object.keys(KIND_LABEL);

export function kindLabel(kind: string): string {
  return KIND_LABEL[kind] ?? kind.replace(/[-_]+/g, " ").replace(/^./, (c) => c.toUpperCase());
}

export function renderAnomalies(ctx: StoryContext): string {
  if (ctx.findings.length === 0) return `<p class="empty-note">No anomalies found.</p>`;
  const kinds = [...new Set(ctx.findings.map((a) => a.kind))].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
  return kinds
    .map((kind) => {
      const items = ctx.findings.filter((a) => a.kind === kind);
      return `<h3>${escapeHtml(kindLabel(kind))} <span class="muted">(${items.length})</span></h3>` + items.map((a) => anomalyItem(ctx, a)).join("");
    })
    .join("");
}

function rank(kind: string): number {
  const i = KIND_ORDER.indexOf(kind);
  return i < 0 ? KIND_ORDER.length : i;
}

function anomalyItem(ctx: StoryContext, a: Anomaly): string {
  const kindClass = a.kind.replace(/[^a-z0-9-]/gi, "");
  const suggestion = a.suggestion ? `<div class="suggest">Likely intended: <b>${escapeHtml(a.suggestion)}</b></div>` : "";
  // One item per finding: every article it occurs in, a quote from each place (the first two shown).
  const places = perPlace([a]);
  const quote = (p: Anomaly): string => {
    const text = ctx.texts.get(p.articleId);
    return text !== undefined && text.slice(p.span[0], p.span[1]).length > 0 ? contextQuote(ctx, p, text) : quoteBlock(ctx, p);
  };
  const more = places.length > 2 ? `<details class="more"><summary>${escapeHtml(plural(places.length - 2, "more place"))}</summary>${places.slice(2).map(quote).join("")}</details>` : "";
  return (
    `<div class="anomaly ${kindClass}" id="${anomalyAnchor(a)}"${attr("data-kind", a.kind)}${attr("data-article-id", a.articleId)}>` +
    `<span class="kind">${escapeHtml(kindLabel(a.kind))}</span> ${badges(ctx, anomalyArticleIds(a))}` +
    places.slice(0, 2).map(quote).join("") +
    more +
    suggestion +
    `<div class="muted">${escapeHtml(readableDates(a.explanation))}</div></div>`
  );
}

/** The anomaly's span highlighted inside about a sentence of surrounding text. */
export function contextQuote(ctx: StoryContext, a: Anomaly, text: string): string {
  const pad = 110;
  const from = Math.max(0, a.span[0] - pad);
  const to = Math.min(text.length, a.span[1] + pad);
  const start = from === 0 ? 0 : Math.max(from, text.indexOf(" ", from) + 1);
  const endSpace = text.lastIndexOf(" ", to);
  const end = to === text.length || endSpace < a.span[1] ? to : endSpace;
  const slice = text.slice(start, end);
  const body = highlightText(slice, [{ span: [a.span[0] - start, a.span[1] - start], kind: "anomaly", anomalyKind: a.kind, title: a.suggestion ? `${kindLabel(a.kind)}: likely ${a.suggestion}` : kindLabel(a.kind) }]);
  return `<blockquote class="quote"${attr("data-article-id", a.articleId)}>${start > 0 ? "…" : ""}${body}${end < text.length ? "…" : ""}<cite>${escapeHtml(ctx.label(a.articleId))}</cite></blockquote>`;
}

const REUSE_LABEL: Readonly<Record<string, string>> = {
  duplicate: "duplicate",
  "near-duplicate": "near-duplicate",
  "shared-passages": "shared passages",
  paraphrase: "paraphrase",
  rewrite: "one text rewritten",
};

export function renderReuse(ctx: StoryContext): string {
  if (ctx.reuse.length === 0) return `<p class="empty-note">No reuse found between these articles: no copied or closely paraphrased passages.</p>`;
  const rows = [...ctx.reuse].sort((x, y) => y.score - x.score).map((l) => reuseRow(ctx, l)).join("");
  return (
    `<div class="table-wrap" tabindex="0" role="region" aria-label="Reuse between articles (scrolls sideways)"><table class="reuse"><thead><tr><th scope="col">Articles</th><th scope="col">Kind</th><th scope="col">Score</th>` +
    `<th scope="col">Shared passages</th></tr></thead><tbody>${rows}</tbody></table></div>`
  );
}

function reuseRow(ctx: StoryContext, l: ReuseLink): string {
  const compare = ctx.links.compare(l.a, l.b);
  const passages = l.passages
    .slice(0, 4)
    .map((p) => `<div class="reuse-pass"><div>${quoteBlock(ctx, { articleId: l.a, quote: clip(p.a, 280) })}</div><div>${quoteBlock(ctx, { articleId: l.b, quote: clip(p.b, 280) })}</div></div>`)
    .join("");
  const more = l.passages.length > 4 ? `<p class="muted">and ${plural(l.passages.length - 4, "more passage")}</p>` : "";
  return (
    `<tr id="${reuseAnchor(l)}"${attr("data-a", l.a)}${attr("data-b", l.b)}><th scope="row">${badges(ctx, [l.a, l.b])}` +
    (compare ? `<br>${link(compare, "Compare side by side")}` : "") +
    `</th><td>${escapeHtml(REUSE_LABEL[l.kind] ?? l.kind)}${l.sharedErrors?.length ? `<br><span class="muted">both write ${l.sharedErrors.map((e) => `“${escapeHtml(e)}”`).join(", ")}: the same rare errors, one source</span>` : ""}</td><td>${escapeHtml(Number.isFinite(l.score) ? l.score.toFixed(2) : "—")}</td>` +
    `<td>${passages || `<span class="muted">no passages recorded</span>`}${more}</td></tr>`
  );
}
