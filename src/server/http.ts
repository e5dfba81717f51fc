/**
 * @module HTTP helpers shared by the API and the pages: the JSON error shape
 * `{ error: { code, message } }`, security headers, and a FIFO lock that serializes writes.
 */
import { createHash } from "node:crypto";
import type { Context, MiddlewareHandler } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

export interface ApiError {
  readonly error: { readonly code: string; readonly message: string; readonly details?: unknown };
}

export function jsonError(c: Context, status: ContentfulStatusCode, code: string, message: string, details?: unknown): Response {
  const body: ApiError = { error: details === undefined ? { code, message } : { code, message, details } };
  return c.json(body, status);
}

/** Served with every HTML page: no script, no framing, no plugins, forms post only to us. */
export const HTML_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy":
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/** Served with every JSON response. */
export const JSON_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
  "Cache-Control": "no-store",
};

export { SerialQueue } from "../store/serial-queue.ts";

/** A strong ETag derived from a version key. */
export function etagFor(key: string): string {
  return `"${createHash("sha256").update(key).digest("base64url").slice(0, 22)}"`;
}

/** Whether the request's If-None-Match already names this ETag. */
export function notModified(c: Context, etag: string): boolean {
  const header = c.req.header("If-None-Match");
  if (header === undefined) return false;
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag || tag.trim() === "*");
}

/** Why a request URL's path or query is no valid text (broken percent-encoding, a NUL), or null. */
export function textProblem(requestUrl: string): string | null {
  const url = new URL(requestUrl);
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname + url.search.replace(/\+/g, " "));
  } catch {
    return "its percent-encoding is broken or is not UTF-8";
  }
  return decoded.includes("\u0000") ? "it holds a NUL character" : null;
}

/** Middleware: 400 for a path or query that is no valid text, before any of it reaches the database. */
export function rejectInvalidText(): MiddlewareHandler {
  return async (c, next) => {
    const why = textProblem(c.req.url);
    if (why === null) return next();
    const message = `the request's path or query is not valid text: ${why}`;
    return c.req.path.startsWith("/api/") ? jsonError(c, 400, "invalid-text", message) : c.text(message, 400);
  };
}

