/**
 * @module The one place that says how an article is named to readers. Every renderer (Markdown,
 * HTML report, web UI, CSV) calls `articleLabel` instead of printing `outlet` (which, when no
 * input named the outlet, is only a file name such as `report-07.txt`).
 */
import type { ArticleSummary, Report } from "./types.ts";

/** What readers see for an article: its label when the report has one, else its outlet. */
export function articleLabel(a: Pick<ArticleSummary, "outlet" | "label">): string {
  return a.label ?? a.outlet;
}

/** Labels by article id, for renderers that hold only ids (`id` itself for an id the report does not list). */
export function labelLookup(report: Pick<Report, "articles">): (articleId: string) => string {
  const byId = new Map(report.articles.map((a) => [a.id, articleLabel(a)]));
  return (id) => byId.get(id) ?? id;
}
