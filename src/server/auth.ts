/**
 * @module Bearer-token protection for write endpoints: when a token is configured, a request
 * must carry `Authorization: Bearer <token>` (compared in constant time) or gets 401.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { jsonError } from "./http.ts";

function digest(value: string): Buffer {
  return createHash("sha256").update(value, "utf8").digest();
}

/** Whether `header` is `Bearer <token>` for this token. */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? "");
  if (match?.[1] === undefined) return false;
  return timingSafeEqual(digest(match[1]), digest(token));
}

/** Middleware: a no-op without a token, otherwise 401 unless the bearer token matches. */
export function requireToken(token: string | null | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (token === null || token === undefined || token === "") return next();
    if (!bearerMatches(c.req.header("Authorization"), token)) {
      c.header("WWW-Authenticate", 'Bearer realm="triangulate"');
      return jsonError(c, 401, "unauthorized", "this endpoint needs the header Authorization: Bearer <token> (the server's --token)");
    }
    return next();
  };
}
