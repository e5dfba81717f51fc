/**
 * @module One card per article (outlet, title, date, language, size, commentary and exclusive
 * shares, notes, anomalies), optionally with its text and every claim and anomaly highlighted;
 * the highlights themselves (used by the article page too); and the table of inputs that failed.
 */
import { VERDICT_LABEL, carriers, formatDate, readableDates, pct, plural, variantKey, variantText, verdictChip, type StoryContext } from "./html-context.ts";
import { attr, domId, escapeHtml, link } from "./html-escape.ts";
import { highlightText, type Highlight } from "./html-highlight.ts";
import { kindLabel } from "./html-anomalies.ts";
import { perPlace } from "./anomaly-places.ts";
import type { ArticleSummary, Fact, Report } from "./types.ts";
import type { InputError } from "../types.ts";

/** Fact evidence and anomaly spans of one article, as highlights. */
export function articleHighlights(report: Report, articleId: string): Highlight[] {
  const out: Highlight[] = [];
  for (const f of report.facts) {
    for (const v of f.variants) {
      for (const e of v.evidence) {
        if (e.articleId !== articleId) continue;
        const value = f.verdict === "contested" ? ` — this article: ${variantText(v.value)}` : "";
        out.push({ span: e.span, kind: "fact", factId: f.id, tone: f.verdict, title: `${VERDICT_LABEL[f.verdict] ?? f.verdict}: ${readableDates(f.statement)}${value}` });
      }
    }
  }
  for (const a of perPlace(report.anomalies)) {
    if (a.articleId !== articleId) continue;
    const title = `${kindLabel(a.kind)}${a.suggestion ? ` (likely ${a.suggestion})` : ""}: ${a.explanation}`;
    out.push({ span: a.span, kind: "anomaly", anomalyKind: a.kind, title });
  }
  return out;
}

/**
 * An article's text with its highlights, each fact's highlight numbered as in `facts`, and that
 * numbered list of facts (statement linked by `href`, verdict, this article's value) to put beside
 * it: what a hover would say, readable by touch and keyboard too.
 */
export function numberedText(report: Report, articleId: string, text: string, facts: readonly Fact[], href: (f: Fact) => string | null): { text: string; list: string } {
  const number = new Map(facts.map((f, i) => [f.id, i + 1]));
  const highlights = articleHighlights(report, articleId).map((h) => {
    const n = h.factId === undefined ? undefined : number.get(h.factId);
    return n === undefined ? h : { ...h, number: n };
  });
  const items = facts
    .map((f) => {
      const mine = carriers(f).get(articleId)?.variants ?? [];
      const value = mine.map((i) => `${f.verdict === "contested" ? `<span class="vkey">${variantKey(i)}</span>` : ""}${escapeHtml(variantText(f.variants[i]?.value ?? ""))}`).join("; ");
      return `<li${attr("data-fact-id", f.id)}>${link(href(f), readableDates(f.statement))} ${verdictChip(f.verdict)}<br><span class="muted">here: </span>${value}</li>`;
    })
    .join("");
  return { text: highlightText(text, highlights), list: facts.length === 0 ? "" : `<ol class="results">${items}</ol>` };
}

export interface CardOptions {
  /** Embed the article text with highlights in a closed <details> (the mailed file). */
  readonly embedText: boolean;
}

export function renderArticleCards(ctx: StoryContext, options: CardOptions): string {
  if (ctx.articles.length === 0) return `<p class="empty-note">No articles.</p>`;
  return `<div class="cards">${ctx.articles.map((a) => card(ctx, a, options)).join("")}</div>`;
}

function card(ctx: StoryContext, a: ArticleSummary, options: CardOptions): string {
  const anomalies = ctx.anomalies.filter((x) => x.articleId === a.id);
  const facts = ctx.facts.filter((f) => f.variants.some((v) => v.evidence.some((e) => e.articleId === a.id)));
  const title = a.title?.trim() || "(untitled)";
  const titleHtml = options.embedText ? escapeHtml(title) : link(ctx.links.article(a.id), title);
  const source = a.url ? link(a.url, "original", { external: true }) : escapeHtml(a.origin);
  const rows: [string, string][] = [
    ["Published", escapeHtml(formatDate(a.published) || "unknown")],
    ["Language", escapeHtml(a.language)],
    ["Size", `${escapeHtml(plural(a.words, "word"))} · ${escapeHtml(plural(a.sentences, "sentence"))}`],
    ["Facts", `${facts.length} (${facts.filter((f) => f.articles === 1).length} only here)`],
    ["Commentary", share(a.commentaryShare)],
    ["Exclusive", share(a.exclusiveShare)],
    ["Source", source],
  ];
  if (anomalies.length > 0) rows.push(["Anomalies", escapeHtml([...new Set(anomalies.map((x) => kindLabel(x.kind)))].join(", ")) + ` (${anomalies.length})`]);
  const notes = a.notes && a.notes.length > 0 ? `<ul class="notes">${a.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join("")}</ul>` : "";
  const text = ctx.texts.get(a.id);
  const shown = options.embedText && text !== undefined ? numberedText(ctx.report, a.id, text, facts, (f) => ctx.links.fact(f.id)) : null;
  const body = shown
    ? `<details class="text"><summary>Text with claims and anomalies highlighted</summary><div class="article-text" tabindex="0" role="region"${attr("aria-label", `Text of ${ctx.label(a.id)} (scrolls)`)}${attr("data-article-id", a.id)}>${shown.text}</div>` +
      (shown.list ? `<p class="muted">The numbered highlights:</p>${shown.list}` : "") +
      `</details>`
    : "";
  return (
    `<article class="card" id="${domId("article", a.id)}"${attr("data-article-id", a.id)}>` +
    `<div class="meta"><span><b>${escapeHtml(ctx.label(a.id))}</b></span><span>${escapeHtml(formatDate(a.published) || "undated")}</span></div>` +
    `<h3>${titleHtml}</h3><dl>${rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${v}</dd>`).join("")}</dl>${notes}${body}</article>`
  );
}

function share(x: number | undefined): string {
  if (x === undefined || !Number.isFinite(x)) return "—";
  const w = Math.max(0, Math.min(100, Math.round(x * 100)));
  return `<span class="bar" aria-hidden="true"><i style="width:${w}%"></i></span>${pct(x)}`;
}

export function renderErrors(errors: readonly InputError[]): string {
  if (errors.length === 0) return "";
  const rows = errors
    .map((e) => `<tr><td>${escapeHtml(e.origin)}</td><td><code>${escapeHtml(e.code)}</code></td><td>${escapeHtml(e.message)}</td></tr>`)
    .join("");
  return (
    `<section class="errors" aria-labelledby="errors-h"><h2 id="errors-h">Inputs that could not be read <span class="muted">(${plural(errors.length, "input")})</span></h2>` +
    `<div class="table-wrap" tabindex="0" role="region" aria-label="Inputs that could not be read (scrolls sideways)"><table><thead><tr><th scope="col">Input</th><th scope="col">Code</th><th scope="col">Why</th></tr></thead><tbody>${rows}</tbody></table></div></section>`
  );
}
