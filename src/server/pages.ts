/**
 * @module The server-rendered pages: story list, story, article, side-by-side comparison and
 * search. Data comes from the store; HTML from the UI renderers (server/ui/), which escape
 * all article text. Every page is served with a strict Content-Security-Policy.
 */
import { Hono, type Context } from "hono";
import type { Report } from "../report/types.ts";
import { REPORT_SCHEMA } from "../report/types.ts";
import type { Store, StoredArticle } from "../store/types.ts";
import { HTML_SECURITY_HEADERS } from "./http.ts";
import { escapeHtml, link } from "../report/html-escape.ts";
import { htmlDocument } from "../report/html-layout.ts";
import type { ResolvedPorts } from "./ports.ts";
import { etagFor, notModified } from "./http.ts";
import type { StoryCache } from "./story-cache.ts";
import type { ArticleHit } from "./ui-types.ts";
import { labelLookup } from "../report/source-label.ts";

export interface PagesDeps {
  readonly store: Store;
  readonly ports: ResolvedPorts;
  readonly cache: StoryCache;
}

/** A page that says one thing (not found, not analysed yet, an error), in the same layout as the others. */
export function messagePage(title: string, message: string): string {
  return htmlDocument({ title: `${title} — Triangulate`, chrome: "server", body: `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p><p>${link("/", "All stories")}</p>` });
}

function notFound(c: Context, message: string): Response {
  return c.html(messagePage("Not found", message), 404);
}

/** A report holding just one article, for an article no analysis covers yet. */
function soloReport(article: StoredArticle): Report {
  return {
    schema: REPORT_SCHEMA,
    generatedAt: article.ingestedAt,
    articles: [{
      id: article.id, origin: article.origin, outlet: article.outlet, title: article.title, published: article.published,
      language: article.language, sentences: 0, words: article.text.split(/\s+/).filter(Boolean).length, url: article.url,
    }],
    stories: [],
    facts: [],
    anomalies: [],
    reuse: [],
    errors: [],
  };
}

/** Article hits named as their story's report names them (a letter for an outlet no input named, as on the story page). */
async function labelledHits(cache: StoryCache, hits: readonly ArticleHit[]): Promise<ArticleHit[]> {
  const labels = new Map<string, ((id: string) => string) | null>();
  for (const h of hits) {
    if (h.storyId === null || labels.has(h.storyId)) continue;
    const report = (await cache.get(h.storyId))?.report;
    labels.set(h.storyId, report ? labelLookup(report) : null);
  }
  return hits.map((h) => {
    const label = h.storyId === null ? null : labels.get(h.storyId);
    return label ? { ...h, label: label(h.id) } : h;
  });
}

async function reportFor(cache: StoryCache, article: StoredArticle): Promise<Report> {
  const report = article.storyId === null ? null : (await cache.get(article.storyId))?.report ?? null;
  return report !== null && report.articles.some((a) => a.id === article.id) ? report : soloReport(article);
}

export function createPages(deps: PagesDeps): Hono {
  const { store, ports, cache } = deps;
  const pages = new Hono();

  pages.use("*", async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(HTML_SECURITY_HEADERS)) c.res.headers.set(name, value);
  });

  pages.get("/", async (c) => {
    const ui = await ports.ui();
    return c.html(ui.renderStoryList(await store.listStories(), {}));
  });

  pages.get("/stories/:id", async (c) => {
    const id = c.req.param("id");
    const cached = await cache.get(id);
    if (cached === null) {
      const story = await store.getStory(id);
      return story === null
        ? notFound(c, `There is no story with id ${id}.`)
        : c.html(messagePage(story.title, "This story has not been analyzed yet."), 200);
    }
    const etag = etagFor(`story-page:${id}:${cached.version}`);
    if (notModified(c, etag)) return c.body(null, 304);
    const html = await cached.page("story", async () => {
      const { report } = cached;
      const texts = await store.articleTexts(report.articles.map((a) => a.id));
      const ui = await ports.ui();
      return ui.renderStoryPage({ report, storyId: id, texts });
    });
    c.header("ETag", etag);
    c.header("Cache-Control", "no-cache");
    return c.html(html);
  });

  pages.get("/articles/:id", async (c) => {
    const article = await store.getArticle(c.req.param("id"));
    if (article === null) return notFound(c, `There is no article with id ${c.req.param("id")}.`);
    const ui = await ports.ui();
    return c.html(ui.renderArticlePage({ report: await reportFor(cache, article), articleId: article.id, text: article.text }));
  });

  pages.get("/compare", async (c) => {
    const a = c.req.query("a") ?? "";
    const b = c.req.query("b") ?? "";
    if (a === "" || b === "") return c.html(messagePage("Compare", "Give two article ids: /compare?a=ID&b=ID."), 400);
    const [left, right] = await Promise.all([store.getArticle(a), store.getArticle(b)]);
    if (left === null || right === null) return notFound(c, `There is no article with id ${left === null ? a : b}.`);
    const report = await reportFor(cache, left);
    if (!report.articles.some((x) => x.id === right.id)) {
      return c.html(messagePage("Compare", "These two articles belong to different stories; compare articles of one story."), 400);
    }
    const ui = await ports.ui();
    const texts = new Map([[left.id, left.text], [right.id, right.text]]);
    return c.html(ui.renderComparePage({ report, a: left.id, b: right.id, texts }));
  });

  pages.get("/search", async (c) => {
    const query = (c.req.query("q") ?? "").trim().slice(0, 500);
    const found = query === "" ? { articles: [], facts: [] } : await store.search(query);
    const results = { ...found, articles: await labelledHits(cache, found.articles) };
    const ui = await ports.ui();
    return c.html(ui.renderSearchPage({ query, results }));
  });

  return pages;
}
