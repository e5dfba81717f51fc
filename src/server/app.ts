/**
 * @module The Triangulate web app as a value: `createApp(deps)` returns a Hono app serving
 * the JSON API (/api), the OpenAPI document (/openapi.json) and the HTML pages. Tests call
 * `app.request(...)`; only serve.ts listens on a port.
 */
import { Hono } from "hono";
import { TriangulateError } from "../errors.ts";
import type { Store } from "../store/types.ts";
import { createApi, DEFAULT_MAX_BODY_BYTES } from "./api.ts";
import { jsonError, rejectInvalidText } from "./http.ts";
import { checkHost } from "./auth.ts";
import { openApiDocument } from "./openapi.ts";
import { createPages, messagePage } from "./pages.ts";
import { resolvePorts, type ServerPorts } from "./ports.ts";
import { StoryCache } from "./story-cache.ts";
import { alertsApi, alertsPages } from "./alerts.ts";

export interface AppDeps extends ServerPorts {
  readonly store: Store;
  /** Bearer token required by write endpoints; none when null/undefined/empty. */
  readonly token?: string | null;
  /** Extra knowledge packs (paths) used when posted articles are analyzed. */
  readonly extraPacks?: readonly string[];
  /** Request-size limit of POST bodies in bytes (default 5 MB). */
  readonly maxBodyBytes?: number;
  /** Writes that may wait for analysis at once (default 8); more get 429. */
  readonly maxQueuedWrites?: number;
  /** The address the server listens on (for the Host check and the write policy); default loopback. */
  readonly listenHost?: string;
  /** Host names the server answers to besides its loopback names (--allow-host). */
  readonly allowedHosts?: readonly string[];
}

export function createApp(deps: AppDeps): Hono {
  const ports = resolvePorts(deps);
  const cache = new StoryCache(deps.store);
  const app = new Hono();
  const listen = deps.listenHost ?? "127.0.0.1";
  const loopback = isLoopback(listen);
  app.use("*", checkHost({ listen, allowed: deps.allowedHosts ?? [], loopback }));
  // A NUL or broken percent-encoding in the path or query is no id and no search: 400, before any
  // of it reaches the database (Postgres rejects NUL in text with an error, which was a 500).
  app.use("*", rejectInvalidText());
  app.route("/api", alertsApi(deps.store));
  app.route(
    "/api",
    createApi({
      store: deps.store,
      cache,
      ports,
      token: deps.token ?? null,
      beyondLoopback: !loopback,
      ...(deps.maxQueuedWrites === undefined ? {} : { maxQueuedWrites: deps.maxQueuedWrites }),
      extraPacks: deps.extraPacks ?? [],
      maxBodyBytes: deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    }),
  );
  app.get("/openapi.json", (c) => {
    c.header("X-Content-Type-Options", "nosniff");
    return c.json(openApiDocument({ serverUrl: new URL(c.req.url).origin }));
  });
  app.route("/", alertsPages(deps.store));
  app.route("/", createPages({ store: deps.store, ports, cache }));

  app.notFound((c) =>
    c.req.path.startsWith("/api/")
      ? jsonError(c, 404, "not-found", `no route ${c.req.method} ${c.req.path}; see /openapi.json`)
      : c.html(messagePage("Not found", `Nothing at ${c.req.path}.`), 404),
  );
  app.onError((err, c) => {
    const status = err instanceof TriangulateError && err.code === "NOT_FOUND" ? 404 : 500;
    const code = err instanceof TriangulateError ? err.code.toLowerCase() : "internal";
    const message = status === 404 ? err.message : "internal error; the server log has the details";
    if (status === 500) console.error(err);
    return c.req.path.startsWith("/api/") || c.req.path === "/openapi.json"
      ? jsonError(c, status, code, message)
      : c.html(messagePage(status === 404 ? "Not found" : "Server error", message), status);
  });
  return app;
}

export function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || /^127\./.test(host);
}
