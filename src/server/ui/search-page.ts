/**
 * @module Search results: matching facts (statement, verdict, link to the story's matrix row) and
 * articles (outlet, title, snippet). Snippets are escaped, then the store's match markers become
 * <mark>; unbalanced markers are closed so the markup stays well-formed.
 */
import type { SearchPageInput } from "../ui-types.ts";
import { SNIPPET_START, SNIPPET_STOP } from "../ui-types.ts";
import { articleLabel } from "../../report/source-label.ts";
import { plural, readableDates, VERDICT_LABEL } from "../../report/html-context.ts";
import { domId, escapeHtml, link } from "../../report/html-escape.ts";
import { htmlDocument } from "../../report/html-layout.ts";
import type { Verdict } from "../../report/types.ts";

/** Escapes a snippet and turns its match markers into <mark> elements. */
export function snippetHtml(snippet: string): string {
  let out = "";
  let open = false;
  for (const part of snippet.split(new RegExp(`(${SNIPPET_START}|${SNIPPET_STOP})`, "u"))) {
    if (part === SNIPPET_START) {
      if (!open) out += `<mark class="hl">`;
      open = true;
    } else if (part === SNIPPET_STOP) {
      if (open) out += `</mark>`;
      open = false;
    } else out += escapeHtml(part);
  }
  return open ? out + `</mark>` : out;
}

export function renderSearchPage(input: SearchPageInput): string {
  const { query, results } = input;
  const q = query.trim();
  const facts = results.facts
    .map((f) => {
      const label = VERDICT_LABEL[f.verdict as Verdict];
      const chip = label ? `<span class="verdict ${f.verdict}">${escapeHtml(label)}</span>` : `<span class="badge">${escapeHtml(f.verdict)}</span>`;
      return `<li>${link(`/stories/${encodeURIComponent(f.storyId)}#${domId("fact", f.id)}`, readableDates(f.statement))} ${chip}</li>`;
    })
    .join("");
  const articles = results.articles
    .map(
      (a) =>
        `<li><span class="badge">${escapeHtml(articleLabel(a))}</span> ${link(`/articles/${encodeURIComponent(a.id)}`, a.title?.trim() || "(untitled)")}` +
        (a.storyId ? ` <span class="muted">· ${link(`/stories/${encodeURIComponent(a.storyId)}`, "story")}</span>` : "") +
        `<div class="quote">${snippetHtml(a.snippet)}</div></li>`,
    )
    .join("");
  const body =
    q === ""
      ? `<h1>Search</h1><p class="empty-note">Type words to find in articles and facts (for example a name, a weapon system or a place).</p>`
      : `<h1>Results for “${escapeHtml(q)}”</h1>` +
        `<p class="meta"><span>${plural(results.facts.length, "fact")}</span><span>${plural(results.articles.length, "article")}</span></p>` +
        (results.facts.length + results.articles.length === 0 ? `<p class="empty-note">Nothing matches. Try fewer or different words.</p>` : "") +
        (facts ? `<h2>Facts</h2><ol class="results">${facts}</ol>` : "") +
        (articles ? `<h2>Articles</h2><ol class="results">${articles}</ol>` : "");
  return htmlDocument({ title: q ? `${q} — search — Triangulate` : "Search — Triangulate", chrome: "server", query: q, body });
}
