/**
 * @module Bearer-token protection for write endpoints: when a token is configured, a request
 * must carry `Authorization: Bearer <token>` (compared in constant time) or gets 401; a server
 * reachable beyond loopback takes no writes without a token. And a Host check: a page on another
 * site that rebinds its name to this server's address (DNS rebinding) is refused, since its
 * requests carry its own name as Host.
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

/**
 * Middleware: without a token, a no-op on a loopback server and 403 on one reachable beyond
 * loopback (anyone on the network could write); with a token, 401 unless the bearer token matches.
 */
export function requireToken(token: string | null | undefined, options: { readonly beyondLoopback?: boolean } = {}): MiddlewareHandler {
  return async (c, next) => {
    if (token === null || token === undefined || token === "") {
      if (options.beyondLoopback) return jsonError(c, 403, "token-required", "this server listens beyond loopback and has no token, so it takes no writes: restart it with --token (or TRIANGULATE_TOKEN)");
      return next();
    }
    if (!bearerMatches(c.req.header("Authorization"), token)) {
      c.header("WWW-Authenticate", 'Bearer realm="triangulate"');
      return jsonError(c, 401, "unauthorized", "this endpoint needs the header Authorization: Bearer <token> (the server's --token)");
    }
    return next();
  };
}

/** Host names a loopback server answers to, besides names configured with --allow-host. */
const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "::1", "[::1]"];

/** The host name of a Host header, without its port, lower-cased ("[::1]:8080" → "[::1]"). */
export function hostName(header: string): string {
  const h = header.trim().toLowerCase();
  if (h.startsWith("[")) return h.slice(0, h.indexOf("]") + 1);
  const colon = h.lastIndexOf(":");
  return colon >= 0 && h.indexOf(":") === colon ? h.slice(0, colon) : h;
}

/**
 * Middleware: requests whose Host is not one this server answers to get 421. A loopback server
 * answers to its loopback names and the configured ones; a server on a named or all-interfaces
 * address checks only when names are configured (it cannot know its own names otherwise).
 */
export function checkHost(options: { readonly listen: string; readonly allowed: readonly string[]; readonly loopback: boolean }): MiddlewareHandler {
  const wildcard = options.listen === "0.0.0.0" || options.listen === "::" || options.listen === "";
  const names = new Set([...options.allowed, ...(options.loopback ? LOOPBACK_NAMES : []), ...(wildcard ? [] : [options.listen])].map((n) => hostName(n)));
  const enforce = options.loopback || options.allowed.length > 0;
  return async (c, next) => {
    if (!enforce) return next();
    const host = c.req.header("Host");
    // A request without a Host (HTTP/1.0, in-process calls) names no other site; a rebinding page's requests always do.
    if (host === undefined || names.has(hostName(host)) || /^127\./.test(hostName(host))) return next();
    const message = `this server does not answer to the host name ${JSON.stringify(host ?? "")}; add it with --allow-host NAME`;
    return c.req.path.startsWith("/api/") ? jsonError(c, 421, "wrong-host", message) : c.text(message, 421);
  };
}

