/**
 * @module The server's home page: every story with its size and how much of it is contested or
 * rests on a single source, newest first as given, linking to /stories/:id.
 */
import type { StoryListItem, StoryListOptions as BaseListOptions } from "../ui-types.ts";
import { escapeHtml, link } from "../../report/html-escape.ts";
import { formatDate } from "../../report/html-context.ts";
import { plural } from "../../report/findings.ts";
import { htmlDocument } from "../../report/html-layout.ts";

export interface StoryListOptions extends BaseListOptions {
  /** Page heading (plain text); default "Stories". */
  readonly title?: string;
  /** A plain-text line shown above the list (e.g. "3 articles added"). */
  readonly notice?: string;
}

export function renderStoryList(items: readonly StoryListItem[], options: StoryListOptions = {}): string {
  const title = options.title ?? "Stories";
  const notice = options.notice ? `<p class="notice">${escapeHtml(options.notice)}</p>` : "";
  const total = items.reduce((n, s) => n + s.articles, 0);
  const body =
    items.length === 0
      ? `<p class="empty-note">No stories yet. Add articles with <code>triangulate ingest PATHS</code> or POST them to <code>/api/articles</code>.</p>`
      : `<div class="table-wrap" tabindex="0" role="region" aria-label="Stories (scrolls sideways)"><table class="stories"><caption class="sr">Stories with their article and fact counts</caption><thead><tr>` +
        `<th scope="col">Story</th><th scope="col">Articles</th><th scope="col">Facts</th><th scope="col">Contested</th>` +
        `<th scope="col">Single source</th><th scope="col">Updated</th></tr></thead><tbody>` +
        items.map(row).join("") +
        `</tbody></table></div>`;
  return htmlDocument({
    title: `${title} — Triangulate`,
    chrome: "server",
    ...(options.query !== undefined ? { query: options.query } : {}),
    body: `<h1>${escapeHtml(title)}</h1><p class="meta"><span>${plural(items.length, "story", "stories")}</span><span>${plural(total, "article")}</span></p>${notice}${body}`,
  });
}

function row(s: StoryListItem): string {
  const analyzed = s.facts > 0 ? "" : ` <span class="muted">(not analysed yet)</span>`;
  const contested = s.contested > 0 ? `<span class="verdict num contested">${s.contested}</span>` : "0";
  const single = s.singleSource > 0 ? `<span class="verdict num single-source">${s.singleSource}</span>` : "0";
  return (
    `<tr data-story-id="${escapeHtml(s.id)}"><th scope="row">${link(`/stories/${encodeURIComponent(s.id)}`, s.title || "(untitled story)")}${analyzed}</th>` +
    `<td>${s.articles}</td><td>${s.facts}</td><td>${contested}</td><td>${single}</td>` +
    `<td><time datetime="${escapeHtml(s.updatedAt)}">${escapeHtml(formatDate(s.updatedAt) || s.updatedAt)}</time></td></tr>`
  );
}
