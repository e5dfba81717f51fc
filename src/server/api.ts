/**
 * @module The JSON API under /api: stories, a story's report (v1), articles, search, and
 * POST /api/articles (JSON records, or one HTML, Markdown or text page) which ingests into the store. Writes need
 * the bearer token when one is configured, are size-limited, bounded in number (429) and
 * serialized; their bodies are read and analyzed off the request thread, each within a budget.
 */
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { z } from "zod";
import { ingestIntoStore } from "../store/library.ts";
import { recordAlerts } from "../alerts/record.ts";
import type { Store } from "../store/types.ts";
import { requireToken } from "./auth.ts";
import { etagFor, jsonError, JSON_SECURITY_HEADERS, notModified, SerialQueue } from "./http.ts";
import type { StoryCache } from "./story-cache.ts";
import type { ResolvedPorts } from "./ports.ts";
import { describeIssues, pageFormat, PageQuerySchema, type PostedBody } from "./records.ts";
import { SNIPPET_START, SNIPPET_STOP } from "./ui-types.ts";

/** Writes that may wait for analysis at once before the API answers 429. */
export const DEFAULT_MAX_QUEUED_WRITES = 8;

export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;

export interface ApiDeps {
  readonly store: Store;
  readonly cache: StoryCache;
  readonly ports: ResolvedPorts;
  readonly token: string | null;
  /** Writes that may wait for analysis at once (default 8); more get 429. */
  readonly maxQueuedWrites?: number;
  /** The server listens beyond loopback: writes need a token. */
  readonly beyondLoopback?: boolean;
  readonly extraPacks: readonly string[];
  readonly maxBodyBytes: number;
}

const ListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(1000).optional(),
  offset: z.coerce.number().int().min(0).optional(),
  story: z.string().min(1).max(200).optional(),
});
const SearchQuery = z.object({
  q: z.string().trim().min(1, "q (the search query) is required").max(500),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});

/** Splits a marked snippet into plain text plus the matched words. */
function plainSnippet(snippet: string): { snippet: string; matches: string[] } {
  const matches = [...snippet.matchAll(new RegExp(`${SNIPPET_START}([^${SNIPPET_STOP}]*)${SNIPPET_STOP}`, "gu"))].map((m) => m[1] ?? "");
  return { snippet: snippet.replaceAll(SNIPPET_START, "").replaceAll(SNIPPET_STOP, ""), matches: [...new Set(matches)] };
}

export function createApi(deps: ApiDeps): Hono {
  const { store } = deps;
  const api = new Hono();
  const writes = new SerialQueue();
  let queued = 0;

  api.use("*", async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(JSON_SECURITY_HEADERS)) c.res.headers.set(name, value);
  });

  api.get("/stories", async (c) => c.json({ stories: await store.listStories() }));

  api.get("/stories/:id", async (c) => {
    const id = c.req.param("id");
    const story = await store.getStory(id);
    if (story === null) return jsonError(c, 404, "not-found", `no story with id ${JSON.stringify(id)}; GET /api/stories lists them`);
    return c.json({ story });
  });

  api.get("/stories/:id/report", async (c) => {
    const id = c.req.param("id");
    const cached = await deps.cache.get(id);
    if (cached === null) {
      const exists = (await store.getStory(id)) !== null;
      return jsonError(c, 404, "not-found", exists ? `story ${id} has not been analyzed yet` : `no story with id ${JSON.stringify(id)}`);
    }
    const etag = etagFor(`report:${id}:${cached.version}`);
    if (notModified(c, etag)) return c.body(null, 304);
    const body = await cached.page("report.json", () => Promise.resolve(JSON.stringify(cached.report)));
    c.header("ETag", etag);
    return c.body(body, 200, { "Content-Type": "application/json; charset=UTF-8" });
  });

  api.get("/articles", async (c) => {
    const parsed = ListQuery.safeParse(c.req.query());
    if (!parsed.success) return jsonError(c, 400, "invalid-query", describeIssues(parsed.error));
    const { limit, offset, story } = parsed.data;
    const articles = await store.listArticles({
      ...(limit === undefined ? {} : { limit }),
      ...(offset === undefined ? {} : { offset }),
      ...(story === undefined ? {} : { storyId: story }),
    });
    return c.json({ articles });
  });

  api.get("/articles/:id", async (c) => {
    const id = c.req.param("id");
    const article = await store.getArticle(id);
    if (article === null) return jsonError(c, 404, "not-found", `no article with id ${JSON.stringify(id)}`);
    return c.json({ article });
  });

  api.get("/search", async (c) => {
    const parsed = SearchQuery.safeParse(c.req.query());
    if (!parsed.success) return jsonError(c, 400, "invalid-query", describeIssues(parsed.error));
    const results = await store.search(parsed.data.q, parsed.data.limit === undefined ? {} : { limit: parsed.data.limit });
    return c.json({
      query: parsed.data.q,
      articles: results.articles.map((a) => ({ ...a, ...plainSnippet(a.snippet) })),
      facts: results.facts,
    });
  });

  api.post(
    "/articles",
    requireToken(deps.token, { beyondLoopback: deps.beyondLoopback ?? false }),
    bodyLimit({
      maxSize: deps.maxBodyBytes,
      onError: (c) => jsonError(c, 413, "too-large", `the request body is larger than the limit of ${deps.maxBodyBytes} bytes`),
    }),
    async (c) => {
      const contentType = (c.req.header("Content-Type") ?? "").toLowerCase();
      let kind: PostedBody["kind"];
      let query: PostedBody["query"] = {};
      const page = pageFormat(contentType);
      if (contentType.startsWith("application/json")) kind = "json";
      else if (page !== null) {
        const valid = PageQuerySchema.safeParse(c.req.query());
        if (!valid.success) return jsonError(c, 400, "invalid-query", describeIssues(valid.error));
        kind = page;
        query = valid.data;
      } else {
        return jsonError(c, 415, "unsupported-media-type", "send application/json (article records), or one page as text/html, text/markdown or text/plain (with ?url=&outlet=)");
      }
      // A bounded number of writes may wait (being read, or for their analysis), the rest are told
      // to come back; reading the body and analyzing it both run off this thread, each within a budget.
      if (queued >= (deps.maxQueuedWrites ?? DEFAULT_MAX_QUEUED_WRITES)) {
        c.header("Retry-After", "10");
        return jsonError(c, 429, "busy", `${queued} writes are already waiting to be read or analyzed; retry in a few seconds`);
      }
      queued++;
      try {
        const bytes = new Uint8Array(await c.req.arrayBuffer());
        if (kind !== "json" && bytes.length === 0) return jsonError(c, 400, "empty", "the page is empty");
        const read = await deps.ports.readBody()({ kind, bytes, contentType, query });
        if (!read.ok) return jsonError(c, read.status, read.code, read.message, read.details);
        const parsed = read.parsed;
        const pipeline = await deps.ports.pipeline();
        const result = await writes.run(() => ingestIntoStore(store, parsed.articles, { pipeline, extraPacks: deps.extraPacks, onAnalysis: recordAlerts() }));
        return c.json({ ...result, errors: parsed.errors }, result.added.length > 0 ? 201 : 200);
      } catch (err) {
        if (err instanceof Error && err.name === "AnalysisTimeout") return jsonError(c, 503, "analysis-timeout", `${err.message}; nothing from this request was stored. Send fewer or shorter articles`);
        if (err instanceof Error && err.name === "BodyTimeout") return jsonError(c, 503, "body-timeout", `${err.message}; nothing from this request was stored. Send fewer or shorter articles`);
        throw err;
      } finally {
        queued--;
      }
    },
  );

  api.all("*", (c) => jsonError(c, 404, "not-found", `no API route ${c.req.method} ${c.req.path}; see /openapi.json`));
  return api;
}
