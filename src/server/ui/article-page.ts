/**
 * @module The article view: the article's text with every claim (fact evidence span, coloured by
 * the fact's verdict) and anomaly highlighted, next to the list of its facts and anomalies, with
 * links back to its story and to side-by-side comparisons with the story's other articles.
 */
import type { ArticlePageInput } from "../ui-types.ts";
import { numberedText } from "../../report/html-articles.ts";
import { kindLabel } from "../../report/html-anomalies.ts";
import { perPlace } from "../../report/anomaly-places.ts";
import { carriers, formatDate, pct, plural, readableDates } from "../../report/html-context.ts";
import { attr, domId, escapeHtml, link } from "../../report/html-escape.ts";
import { htmlDocument } from "../../report/html-layout.ts";
import { articleLabel, labelLookup } from "../../report/source-label.ts";
import { TriangulateError } from "../../errors.ts";

export function renderArticlePage(input: ArticlePageInput): string {
  const { report, articleId, text } = input;
  const a = report.articles.find((x) => x.id === articleId);
  if (!a) throw new TriangulateError("NOT_FOUND", `renderArticlePage: the report does not describe article "${articleId}"; pass the report of the article's story.`);
  const story = report.stories.find((s) => s.articleIds.includes(articleId));
  const facts = report.facts.filter((f) => carriers(f).has(articleId));
  const anomalies = perPlace(report.anomalies).filter((x) => x.articleId === articleId);
  const title = a.title?.trim() || "(untitled)";
  const label = labelLookup(report);
  const meta = [
    `<span><b>${escapeHtml(articleLabel(a))}</b>${a.outletKnown === false ? " (outlet unknown)" : ""}</span>`,
    `<span>${escapeHtml(formatDate(a.published) || "undated")}</span>`,
    `<span>${escapeHtml(a.language)}</span>`,
    `<span>${escapeHtml(plural(a.words, "word"))}</span>`,
    a.commentaryShare !== undefined ? `<span>commentary ${escapeHtml(pct(a.commentaryShare))}</span>` : "",
    a.url ? `<span>${link(a.url, "original", { external: true })}</span>` : `<span>${escapeHtml(a.origin)}</span>`,
  ].join("");
  const back = story ? `<p class="meta noprint"><span>${link(`/stories/${encodeURIComponent(story.id)}`, `Story: ${story.title}`)}</span></p>` : "";
  const others = story ? story.articleIds.filter((id) => id !== articleId) : [];
  const compare =
    others.length > 0
      ? `<h2>Compare with</h2><ul class="links">${others
          .map((id) => {
            const o = report.articles.find((x) => x.id === id);
            return `<li>${link(`/compare?a=${encodeURIComponent(articleId)}&b=${encodeURIComponent(id)}`, `${label(id)} — ${o?.title ?? "(untitled)"}`)}</li>`;
          })
          .join("")}</ul>`
      : "";
  const notes = a.notes && a.notes.length > 0 ? `<ul class="notes">${a.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join("")}</ul>` : "";
  const legend =
    `<div class="legend"><span><mark class="hl hl-fact tone-corroborated">corroborated</mark></span><span><mark class="hl hl-fact tone-contested">contested</mark></span>` +
    `<span><mark class="hl hl-fact tone-single-source">single source</mark></span><span><mark class="hl hl-anomaly">anomaly</mark></span><span><sup class="hl-n">n</sup> before a highlight: fact n under “Facts in this article”; anomalies are listed below the facts</span></div>`;
  // Each highlighted fact carries its number in the list beside the text.
  const shown = numberedText(report, articleId, text, facts, (f) => (story ? `/stories/${encodeURIComponent(story.id)}#${domId("fact", f.id)}` : null));
  const factList = facts.length === 0 ? `<p class="empty-note">No facts from this article were aligned.</p>` : shown.list;
  const anomalyList =
    anomalies.length === 0
      ? ""
      : `<h2>Anomalies</h2><ul>${anomalies
          .map((x) => `<li><b>${escapeHtml(kindLabel(x.kind))}</b>: “${escapeHtml(x.quote)}”${x.suggestion ? ` — likely <b>${escapeHtml(x.suggestion)}</b>` : ""}<br><span class="muted">${escapeHtml(readableDates(x.explanation))}</span></li>`)
          .join("")}</ul>`;
  const body =
    `${back}<h1>${escapeHtml(title)}</h1><p class="meta">${meta}</p>${notes}${legend}` +
    `<div class="article-layout"><div class="article-text"${attr("data-article-id", articleId)}>${shown.text}</div>` +
    `<aside><h2>Facts in this article</h2>${factList}${anomalyList}${compare}</aside></div>`;
  return htmlDocument({ title: `${title} — ${articleLabel(a)} — Triangulate`, chrome: "server", body });
}
