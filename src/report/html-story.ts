/**
 * @module One story as an HTML section, shared by the mailed report and the server's story page:
 * heading and meta (with a legend of the sources when their outlets are unknown), the key findings
 * first, then the summary, the matrix, contested facts, independent origins, anomalies, reuse,
 * timeline and article cards, each under its own heading with an in-page index.
 */
import { renderAnomalies, renderReuse } from "./html-anomalies.ts";
import { renderArticleCards } from "./html-articles.ts";
import { formatDate, originName, plural, storyContext, type Linker, type StoryContext } from "./html-context.ts";
import { renderKeyFindings } from "./html-findings.ts";
import { articlesLine } from "./findings.ts";
import { domId, escapeHtml } from "./html-escape.ts";
import { renderContested, renderOrigins } from "./html-facts.ts";
import { renderMatrix } from "./html-matrix.ts";
import { renderCounts, renderSummary } from "./html-summary.ts";
import type { Report, Story } from "./types.ts";
import { storyTimeline } from "./svg.ts";

export interface StorySectionOptions {
  readonly texts?: ReadonlyMap<string, string>;
  readonly links: Linker;
  /** Embed each article's highlighted text in its card (the self-contained file). */
  readonly embedTexts: boolean;
  /** Heading level of the story title: 1 on a story page, 2 when several stories share a file. */
  readonly level: 1 | 2;
}

export function renderStorySection(report: Report, story: Story, options: StorySectionOptions): string {
  const ctx = storyContext(report, story, options.texts ? { texts: options.texts, links: options.links } : { links: options.links });
  const sid = (part: string): string => domId(part, story.id);
  const h = options.level === 1 ? "h2" : "h3";
  const parts: [string, string, string][] = [
    ["findings", "Key findings", renderKeyFindings(ctx)],
    ["summary", "Summary", renderCounts(ctx) + renderSummary(ctx)],
    ["matrix", "Facts by outlet", renderMatrix(ctx)],
    ["contested", "Contested facts", renderContested(ctx)],
    ["origins", "Independent origins", renderOrigins(ctx)],
    ["anomalies", "Anomalies", renderAnomalies(ctx)],
    ["reuse", "Reuse between articles", renderReuse(ctx)],
    ["timeline", "Timeline", storyTimeline(ctx) || `<p class="empty-note">No article, claim or check in this story carries a usable date.</p>`],
    ["articles", "Articles", renderArticleCards(ctx, { embedText: options.embedTexts })],
  ];
  const toc = `<ul class="toc noprint" aria-label="Sections">${parts.map(([id, title]) => `<li><a href="#${sid(id)}">${escapeHtml(title)}</a></li>`).join("")}</ul>`;
  const title = options.level === 1 ? `<h1>${escapeHtml(story.title)}</h1>` : `<h2>${escapeHtml(story.title)}</h2>`;
  const sections = parts
    .map(([id, name, html]) => `<section class="part part-${id}" aria-labelledby="${sid(id)}"><${h} id="${sid(id)}">${escapeHtml(name)}</${h}>${html}</section>`)
    .join("\n");
  return `<section class="story" id="${sid("story")}" data-story-id="${escapeHtml(story.id)}">${title}${storyMeta(ctx)}${sourcesLegend(ctx)}${toc}\n${sections}</section>`;
}

function storyMeta(ctx: StoryContext): string {
  const dates = ctx.articles.map((a) => a.published).filter((d): d is string => !!d).sort();
  const range = dates.length === 0 ? "undated" : dates[0] === dates[dates.length - 1] ? formatDate(dates[0]) : `${formatDate(dates[0])} – ${formatDate(dates[dates.length - 1])}`;
  return (
    `<p class="meta"><span>${escapeHtml(articlesLine(ctx.articles))}</span>` +
    `<span>${escapeHtml(range)}</span><span>${escapeHtml(plural(ctx.facts.length, "fact"))}</span></p>`
  );
}

/** Which label is which article, when a label does not say the outlet: the file it came from, its title and date. */
function sourcesLegend(ctx: StoryContext): string {
  const unknown = ctx.articles.filter((a) => a.outletKnown === false);
  if (unknown.length === 0) return "";
  const rows = unknown
    .map((a) => {
      const what = [originName(a.origin), a.title?.trim() || "(untitled)", formatDate(a.published)].filter(Boolean).join(" · ");
      return `<li><b>${escapeHtml(ctx.label(a.id))}</b> ${escapeHtml(what)}</li>`;
    })
    .join("");
  const why = unknown.length === 1 ? "No input names this article's outlet; it is shown as" : "No input names these articles' outlets; they are shown as";
  return `<div class="sources"><span class="muted">${why}:</span><ul>${rows}</ul></div>`;
}
