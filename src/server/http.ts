/**
 * @module HTTP helpers shared by the API and the pages: the JSON error shape
 * `{ error: { code, message } }`, security headers, and a FIFO lock that serializes writes.
 */
import { createHash } from "node:crypto";
import type { Context } from "hono";
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
