/**
 * @module Alerts over HTTP: `/alerts.atom` (Atom 1.0, every story, or one with `?story=ID`), the
 * `/alerts` page (newest first, each with its story, what changed and the quotes behind it), and
 * `GET /api/alerts?since=ISO&after=SEQ&story=ID&limit=N` (oldest first when `since` or `after` is
 * given, so a reader catches up in order; else newest first).
 */
import { Hono, type Context } from "hono";
import { z } from "zod";
import type { Store } from "../store/types.ts";
import type { Alert, AlertQuery } from "../alerts/types.ts";
import { renderAlertsAtom } from "../alerts/atom.ts";
import { escapeHtml, link } from "../report/html-escape.ts";
import { htmlDocument } from "../report/html-layout.ts";
import { HTML_SECURITY_HEADERS, JSON_SECURITY_HEADERS, jsonError } from "./http.ts";

const AlertsQuery = z.object({
  since: z.string().max(64).refine((s) => !Number.isNaN(Date.parse(s)), "since must be an ISO 8601 time such as 2026-01-31T12:00:00Z").optional(),
  after: z.coerce.number().int().min(0).optional(),
  story: z.string().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});

type Parsed = { ok: true; query: AlertQuery } | { ok: false; message: string };

function parseQuery(c: Context): Parsed {
  const parsed = AlertsQuery.safeParse(c.req.query());
  if (!parsed.success) return { ok: false, message: parsed.error.issues.map((i) => `${i.path.join(".") || "query"}: ${i.message}`).join("; ") };
  const q = parsed.data;
  const catchingUp = q.since !== undefined || q.after !== undefined;
  return {
    ok: true,
    query: {
      ...(q.since === undefined ? {} : { since: new Date(q.since).toISOString() }),
      ...(q.after === undefined ? {} : { afterSeq: q.after }),
      ...(q.story === undefined ? {} : { storyId: q.story }),
      ...(q.limit === undefined ? {} : { limit: q.limit }),
      order: catchingUp ? "asc" : "desc",
    },
  };
}

/** GET /api/alerts, mounted under /api. */
export function alertsApi(store: Store): Hono {
  const api = new Hono();
  api.use("/alerts", async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(JSON_SECURITY_HEADERS)) c.res.headers.set(name, value);
  });
  api.get("/alerts", async (c) => {
    const parsed = parseQuery(c);
    if (!parsed.ok) return jsonError(c, 400, "invalid-query", parsed.message);
    const alerts = await store.listAlerts(parsed.query);
    const last = alerts.reduce((max, a) => Math.max(max, a.seq), parsed.query.afterSeq ?? 0);
    return c.json({ alerts, next: { after: last } });
  });
  return api;
}

const KIND_LABEL: Readonly<Record<string, string>> = {
  contested: "Contested",
  "verdict-changed": "Verdict changed",
  "garbled-name": "Garbled name",
  "name-variant": "Name variant",
  "new-story": "New story",
};

function alertItem(a: Alert): string {
  const quotes = a.evidence.length === 0 ? "" : `<ul>${a.evidence.map((e) =>
    `<li><strong>${escapeHtml(e.source)}</strong>${e.value ? ` (${escapeHtml(e.value)})` : ""}: <q>${escapeHtml(e.quote)}</q> ${link(`/articles/${encodeURIComponent(e.articleId)}`, "article")}</li>`).join("")}</ul>`;
  return `<li><article aria-labelledby="alert-${a.seq}"><h2 id="alert-${a.seq}"><span class="tag">${escapeHtml(KIND_LABEL[a.kind] ?? a.kind)}</span> ${escapeHtml(a.title)}</h2>` +
    `<p>Story: ${link(`/stories/${encodeURIComponent(a.storyId)}`, a.storyTitle || a.storyId)} · <time datetime="${escapeHtml(a.createdAt)}">${escapeHtml(a.createdAt.replace("T", " ").slice(0, 16))} UTC</time></p>` +
    `<p>${escapeHtml(a.summary)}</p>${quotes}</article></li>`;
}

/** The alerts page (HTML) and the Atom feed. */
export function alertsPages(store: Store): Hono {
  const pages = new Hono();
  for (const path of ["/alerts", "/alerts.atom"]) {
    pages.use(path, async (c, next) => {
      await next();
      for (const [name, value] of Object.entries(HTML_SECURITY_HEADERS)) c.res.headers.set(name, value);
    });
  }
  pages.get("/alerts.atom", async (c) => {
    const parsed = parseQuery(c);
    if (!parsed.ok) return c.text(`bad query: ${parsed.message}`, 400);
    const alerts = await store.listAlerts({ ...parsed.query, order: "desc", limit: parsed.query.limit ?? 100 });
    const base = new URL(c.req.url).origin;
    c.header("Content-Type", "application/atom+xml; charset=utf-8");
    c.header("Cache-Control", "no-cache");
    return c.body(renderAlertsAtom(alerts, { baseUrl: base, ...(parsed.query.storyId === undefined ? {} : { storyId: parsed.query.storyId }) }));
  });
  pages.get("/alerts", async (c) => {
    const parsed = parseQuery(c);
    if (!parsed.ok) return c.html(htmlDocument({ title: "Alerts — Triangulate", chrome: "server", body: `<h1>Alerts</h1><p>${escapeHtml(parsed.message)}</p>` }), 400);
    const storyId = parsed.query.storyId;
    const alerts = await store.listAlerts({ ...(storyId === undefined ? {} : { storyId }), order: "desc", limit: parsed.query.limit ?? 200 });
    const feed = `/alerts.atom${storyId === undefined ? "" : `?story=${encodeURIComponent(storyId)}`}`;
    const body = `<h1>Alerts${storyId === undefined ? "" : ` for story ${escapeHtml(storyId)}`}</h1>` +
      `<p>Changes worth telling: facts newly contested, verdicts that changed, garbled names and name variants, stories that grew. Subscribe: ${link(feed, "Atom feed")}; JSON: ${link("/api/alerts", "/api/alerts")}.</p>` +
      (alerts.length === 0 ? `<p>No alerts yet.</p>` : `<ol class="alerts" reversed>${alerts.map(alertItem).join("")}</ol>`);
    return c.html(htmlDocument({ title: `Alerts — Triangulate`, chrome: "server", body }));
  });
  return pages;
}
