/**
 * @module Two articles side by side: the facts they share are numbered, listed with the value
 * each article gives (agreeing or differing), and highlighted in both texts with the same number
 * and colour; facts only one of them carries and anomalies are highlighted without a number.
 */
import type { ComparePageInput } from "../ui-types.ts";
import type { Fact, Report } from "../../report/types.ts";
import { articleHighlights } from "../../report/html-articles.ts";
import { carriers, formatDate, readableDates, variantKey, variantText, verdictChip } from "../../report/html-context.ts";
import { attr, escapeHtml, link } from "../../report/html-escape.ts";
import { highlightText, type Highlight } from "../../report/html-highlight.ts";
import { htmlDocument } from "../../report/html-layout.ts";
import { labelLookup } from "../../report/source-label.ts";
import { plural } from "../../report/findings.ts";
import { TriangulateError } from "../../errors.ts";

export function renderComparePage(input: ComparePageInput): string {
  const { report, a, b, texts } = input;
  const left = report.articles.find((x) => x.id === a);
  const right = report.articles.find((x) => x.id === b);
  if (!left || !right) throw new TriangulateError("NOT_FOUND", `renderComparePage: the report does not describe article "${left ? b : a}"; pass the report of the articles' story.`);
  const shared = report.facts.filter((f) => {
    const c = carriers(f);
    return c.has(a) && c.has(b);
  });
  const number = new Map(shared.map((f, i) => [f.id, i + 1]));
  const label = labelLookup(report);
  const story = report.stories.find((s) => s.articleIds.includes(a) && s.articleIds.includes(b));
  const link2 = report.reuse.find((l) => (l.a === a && l.b === b) || (l.a === b && l.b === a));
  const head =
    (story ? `<p class="meta noprint"><span>${link(`/stories/${encodeURIComponent(story.id)}`, `Story: ${story.title}`)}</span><span>${link(`/compare?a=${encodeURIComponent(b)}&b=${encodeURIComponent(a)}`, "swap sides")}</span></p>` : "") +
    `<h1>${escapeHtml(label(a))} vs ${escapeHtml(label(b))}</h1>` +
    `<p class="meta"><span>${escapeHtml(plural(shared.length, "shared fact"))}</span>` +
    `<span>${escapeHtml(`${shared.filter((f) => disagree(f, a, b)).length} with different values`)}</span>` +
    (link2 ? `<span>${escapeHtml(`reuse: ${link2.kind}, score ${link2.score.toFixed(2)}`)}</span>` : `<span>no text reuse detected</span>`) +
    `</p>`;
  const table =
    shared.length === 0
      ? `<p class="empty-note">These two articles share no aligned fact.</p>`
      : `<div class="table-wrap" tabindex="0" role="region" aria-label="Shared facts (scrolls sideways)"><table class="shared"><caption class="sr">Facts both articles carry, with each article's value</caption><thead><tr><th scope="col">#</th><th scope="col">Fact</th>` +
        `<th scope="col">${escapeHtml(label(a))}</th><th scope="col">${escapeHtml(label(b))}</th><th scope="col">Values</th></tr></thead><tbody>` +
        shared
          .map((f) => {
            const n = number.get(f.id) ?? 0;
            const cmp = comparison(f, a, b);
            return (
              `<tr${attr("data-fact-id", f.id)}><td><sup class="hl-n">${n}</sup></td><th scope="row">${escapeHtml(readableDates(f.statement))}<br>${verdictChip(f.verdict)}</th>` +
              `<td>${valueOf(f, a)}</td><td>${valueOf(f, b)}</td><td>${cmp === "differ" ? `<span class="verdict contested">differ</span>` : cmp === "agree" ? `<span class="verdict corroborated">agree</span>` : `<span class="muted">no figure to compare (at least one gives none)</span>`}</td></tr>`
            );
          })
          .join("") +
        `</tbody></table></div>`;
  const column = (id: string): string => {
    const art = id === a ? left : right;
    const text = texts.get(id);
    const body =
      text === undefined
        ? `<p class="empty-note">The text of this article is not available.</p>`
        : `<div class="article-text"${attr("data-article-id", id)}>${highlightText(text, numbered(report, id, number))}</div>`;
    return (
      `<section aria-label="${escapeHtml(label(id))}"><div class="meta"><span><b>${escapeHtml(label(id))}</b></span><span>${escapeHtml(formatDate(art.published) || "undated")}</span></div>` +
      `<h2>${link(`/articles/${encodeURIComponent(id)}`, art.title?.trim() || "(untitled)")}</h2>${body}</section>`
    );
  };
  const legend = `<div class="legend"><span><sup class="hl-n">n</sup> the same number marks the same fact in both texts</span><span><mark class="hl hl-fact">fact only in one article</mark></span><span><mark class="hl hl-anomaly">anomaly</mark></span></div>`;
  return htmlDocument({
    title: `${label(a)} vs ${label(b)} — Triangulate`,
    chrome: "server",
    body: `${head}<h2>Shared facts</h2>${table}${legend}<div class="two">${column(a)}${column(b)}</div>`,
  });
}

function valueOf(f: Fact, articleId: string): string {
  const c = carriers(f).get(articleId);
  if (!c) return "—";
  return c.variants.map((i) => `${f.verdict === "contested" ? `<span class="vkey">${variantKey(i)}</span>` : ""}${escapeHtml(variantText(f.variants[i]?.value ?? ""))}`).join("; ");
}

/** The crosscheck stage's label for evidence that carries a fact without its figure. */
const NO_FIGURE = "mentioned without that figure";

/** The values an article gives for a fact (figure-less evidence gives none). */
function values(f: Fact, articleId: string): Set<string> {
  const idx = carriers(f).get(articleId)?.variants ?? [];
  return new Set(idx.map((i) => f.variants[i]?.value ?? "").filter((v) => v !== "" && v !== NO_FIGURE));
}

/** "agree" when they share a value, "differ" when both give values and none is shared, else "open". */
function comparison(f: Fact, a: string, b: string): "agree" | "differ" | "open" {
  const va = values(f, a);
  const vb = values(f, b);
  if ([...va].some((v) => vb.has(v))) return "agree";
  return va.size > 0 && vb.size > 0 ? "differ" : "open";
}

function disagree(f: Fact, a: string, b: string): boolean {
  return comparison(f, a, b) === "differ";
}

/** The article's highlights, with shared facts numbered (the same number in both columns). */
function numbered(report: Report, articleId: string, number: ReadonlyMap<string, number>): Highlight[] {
  return articleHighlights(report, articleId).map((h) => {
    const n = h.factId !== undefined ? number.get(h.factId) : undefined;
    if (n !== undefined) return { ...h, number: n, title: `#${n} ${h.title}` };
    if (h.kind !== "fact") return h;
    const { tone: _tone, ...rest } = h;
    return rest;
  });
}
