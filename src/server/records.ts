/**
 * @module Validating POST /api/articles bodies (zod) and turning them into articles through
 * ingest's own readers, so posted and ingested articles are normalized and identified alike.
 */
import { z } from "zod";
import type { Article, InputError } from "../types.ts";
import type { ParseContent } from "./ports.ts";

const text = z.string().max(2_000_000);
const optionalText = (max: number) => z.string().max(max).nullish();

export const ArticleRecordSchema = z
  .object({
    title: optionalText(1000),
    text: text.optional(),
    body: text.optional(),
    content: text.optional(),
    url: z.url({ protocol: /^https?$/, message: "url must be an http(s) URL" }).max(4000).nullish(),
    outlet: optionalText(300),
    published: optionalText(100),
    byline: optionalText(500),
  })
  .refine((r) => (r.text ?? r.body ?? r.content ?? "").trim() !== "", {
    message: "each article needs a non-empty text (or body, or content)",
    path: ["text"],
  });

export const ArticleArraySchema = z
  .array(ArticleRecordSchema)
  .min(1, "expected at least one article record")
  .max(1000, "at most 1000 articles per request");

/** One record or an array of them (dispatched on shape, so errors name the failing field). */
export function validateArticlesBody(
  body: unknown,
): { success: true; data: readonly ArticleRecord[] } | { success: false; error: z.ZodError } {
  const result = Array.isArray(body) ? ArticleArraySchema.safeParse(body) : ArticleRecordSchema.safeParse(body);
  if (!result.success) return { success: false, error: result.error };
  return { success: true, data: Array.isArray(result.data) ? result.data : [result.data] };
}

export type ArticleRecord = z.infer<typeof ArticleRecordSchema>;

/** Query of a single-page POST (HTML, Markdown or plain text): what the page may not say itself. */
export const PageQuerySchema = z.object({
  url: z.url({ protocol: /^https?$/, message: "url must be an http(s) URL" }).max(4000).optional(),
  outlet: z.string().min(1).max(300).optional(),
  title: z.string().min(1).max(1000).optional(),
});

/** "records[2].url: url must be an http(s) URL; …" */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => {
      const where = issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("").replace(/^\./, "");
      return `${where === "" ? "body" : where}: ${issue.message}`;
    })
    .join("; ");
}

export interface Parsed {
  readonly articles: readonly Article[];
  readonly errors: readonly InputError[];
}

/** Validated JSON records → articles, through ingest's JSON reader. */
export async function recordsToArticles(records: readonly ArticleRecord[], parse: ParseContent, origin: string): Promise<Parsed> {
  const plain = records.map((r) => ({
    title: r.title ?? null,
    text: r.text ?? r.body ?? r.content ?? "",
    url: r.url ?? null,
    outlet: r.outlet ?? null,
    published: r.published ?? null,
    byline: r.byline ?? null,
  }));
  const bytes = new TextEncoder().encode(JSON.stringify(plain));
  const result = await parse(origin, bytes, { format: "json", contentType: "application/json", maxBytes: bytes.length + 1 });
  return { articles: result.articles, errors: result.errors };
}

/** The formats one posted page may have, by Content-Type. */
export type PageFormat = "html" | "md" | "txt";

/** The format of a single-page POST by its Content-Type, or null when it is no page type. */
export function pageFormat(contentType: string): PageFormat | null {
  if (contentType.startsWith("text/html") || contentType.startsWith("application/xhtml+xml")) return "html";
  if (contentType.startsWith("text/markdown")) return "md";
  if (contentType.startsWith("text/plain")) return "txt";
  return null;
}

/** A posted page (HTML, Markdown or text) → articles, through ingest's reader of its format; query values fill what the page lacks. */
export async function pageToArticles(
  page: Uint8Array,
  query: z.infer<typeof PageQuerySchema>,
  parse: ParseContent,
  format: PageFormat,
  contentType: string,
): Promise<Parsed> {
  const origin = query.url ?? "POST /api/articles";
  const result = await parse(origin, page, { format, contentType, maxBytes: page.length + 1 });
  const articles = result.articles.map((a) => ({
    ...a,
    url: a.url ?? query.url ?? null,
    outlet: query.outlet ?? a.outlet,
    title: a.title ?? query.title ?? null,
  }));
  return { articles, errors: result.errors };
}

/** A POST body to read into articles: its kind (from the Content-Type), bytes and, for a page, the query. */
export interface PostedBody {
  readonly kind: "json" | PageFormat;
  readonly bytes: Uint8Array;
  readonly contentType: string;
  readonly query: z.infer<typeof PageQuerySchema>;
}

/** The articles read from a body, or why the request is refused (an HTTP status and error code). */
export type BodyOutcome =
  | { readonly ok: true; readonly parsed: Parsed }
  | { readonly ok: false; readonly status: 400 | 422; readonly code: string; readonly message: string; readonly details?: readonly InputError[] };

/**
 * Reads a POST body into articles: JSON records (decoded, validated, read by ingest's JSON reader)
 * or one page (HTML, Markdown or plain text). Pure work on the bytes, so the server runs it off its request thread
 * (body-worker.ts); tests run it in process with a small `parse`.
 */
export async function readPostedBody(body: PostedBody, parse: ParseContent): Promise<BodyOutcome> {
  let parsed: Parsed;
  if (body.kind === "json") {
    let value: unknown;
    try {
      value = JSON.parse(new TextDecoder().decode(body.bytes));
    } catch {
      return { ok: false, status: 400, code: "malformed-json", message: "the body is not valid JSON" };
    }
    const valid = validateArticlesBody(value);
    if (!valid.success) return { ok: false, status: 400, code: "invalid-body", message: describeIssues(valid.error) };
    parsed = await recordsToArticles(valid.data, parse, "POST /api/articles");
  } else {
    parsed = await pageToArticles(body.bytes, body.query, parse, body.kind, body.contentType);
  }
  if (parsed.articles.length === 0) {
    const message = parsed.errors.map((e) => e.message).join("; ") || "no article could be read from the body";
    return { ok: false, status: 422, code: "no-articles", message, details: parsed.errors };
  }
  return { ok: true, parsed };
}
