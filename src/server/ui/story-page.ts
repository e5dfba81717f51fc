/**
 * @module The server's story page: the same story section as the mailed report (summary first,
 * matrix, contested facts, origins, anomalies, reuse, timeline, article cards) with links to the
 * article and compare views, plus a JS-free form to put any two of its articles side by side.
 */
import type { StoryPageInput as BaseInput } from "../ui-types.ts";
import { escapeHtml, link } from "../../report/html-escape.ts";
import { serverLinker } from "../../report/html-context.ts";
import { htmlDocument } from "../../report/html-layout.ts";
import { renderStorySection } from "../../report/html-story.ts";
import { labelLookup } from "../../report/source-label.ts";
import { TriangulateError } from "../../errors.ts";

/** As the server passes it; `texts` may be left out (quotes are then shown without context). */
export type StoryPageInput = Omit<BaseInput, "texts"> & { readonly texts?: BaseInput["texts"] };

export function renderStoryPage(input: StoryPageInput): string {
  const story = input.report.stories.find((s) => s.id === input.storyId);
  if (!story) throw new TriangulateError("NOT_FOUND", `renderStoryPage: the report has no story "${input.storyId}"; check the id against the report's stories before rendering.`);
  const base = { links: serverLinker, embedTexts: false, level: 1 as const };
  const section = renderStorySection(input.report, story, input.texts ? { ...base, texts: input.texts } : base);
  const articles = input.report.articles.filter((a) => story.articleIds.includes(a.id));
  const label = labelLookup(input.report);
  const options = articles.map((a) => `<option value="${escapeHtml(a.id)}">${escapeHtml(`${label(a.id)} — ${a.title ?? "(untitled)"}`)}</option>`).join("");
  const compare =
    articles.length >= 2
      ? `<section class="part noprint" aria-labelledby="cmp-h"><h2 id="cmp-h">Compare two articles</h2>` +
        `<form action="/compare" method="get" class="compare-form"><label>Left <select name="a">${options}</select></label> ` +
        `<label>Right <select name="b">${selectSecond(options)}</select></label> <button class="btn" type="submit">Compare side by side</button></form></section>`
      : "";
  const json = link(`/api/stories/${encodeURIComponent(story.id)}/report`, "JSON report");
  return htmlDocument({
    title: `${story.title} — Triangulate`,
    chrome: "server",
    body: `<p class="meta noprint"><span>${link("/", "All stories")}</span><span>${json}</span></p>${section}${compare}`,
    footer: `Analysis generated at ${input.report.generatedAt} (${input.report.schema}). Verdicts are automatic and need an editor's judgement.`,
  });
}

/** The second select starts on the second article. */
function selectSecond(options: string): string {
  let n = 0;
  return options.replace(/<option /g, (m) => (++n === 2 ? `${m}selected ` : m));
}
