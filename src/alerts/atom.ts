/**
 * @module Alerts as an Atom 1.0 feed (RFC 4287): one entry per alert, newest first, its id derived
 * from the alert's stable key (a reader never sees one alert twice), linking to the story page.
 */
import { createHash } from "node:crypto";
import type { Alert } from "./types.ts";

const xml = (s: string): string =>
  // Characters XML 1.0 cannot hold at all are dropped; the five specials escaped.
  // eslint-disable-next-line no-control-regex
  s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "").replace(/[&<>"']/g, (c) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "apos" }[c]};`);

/** A stable URN for an alert key. */
export function alertUrn(key: string): string {
  return `urn:triangulate:alert:${createHash("sha256").update(key).digest("hex").slice(0, 32)}`;
}

/** The alert as plain text: summary, then one line per quote. */
export function alertText(alert: Alert): string {
  const lines = [alert.summary];
  for (const e of alert.evidence) lines.push(`${e.source}${e.value ? ` (${e.value})` : ""}: “${e.quote}”`);
  return lines.join("\n");
}

export interface AtomOptions {
  /** The server's origin (http://host:port), for links and the feed's self link. */
  readonly baseUrl: string;
  /** Set for a one-story feed. */
  readonly storyId?: string;
  /** When no alert exists yet: the feed's updated time (default now). */
  readonly now?: string;
}

export function renderAlertsAtom(alerts: readonly Alert[], options: AtomOptions): string {
  const base = options.baseUrl.replace(/\/+$/, "");
  const self = `${base}/alerts.atom${options.storyId === undefined ? "" : `?story=${encodeURIComponent(options.storyId)}`}`;
  const updated = alerts.reduce((max, a) => (a.createdAt > max ? a.createdAt : max), alerts.length === 0 ? (options.now ?? new Date().toISOString()) : "");
  const title = options.storyId === undefined ? "Triangulate alerts" : `Triangulate alerts: ${alerts[0]?.storyTitle ?? options.storyId}`;
  const entries = alerts.map((a) => {
    const link = `${base}/stories/${encodeURIComponent(a.storyId)}`;
    return [
      "  <entry>",
      `    <id>${alertUrn(a.key)}</id>`,
      `    <title>${xml(a.title)}</title>`,
      `    <updated>${xml(a.createdAt)}</updated>`,
      `    <published>${xml(a.createdAt)}</published>`,
      `    <link rel="alternate" type="text/html" href="${xml(link)}"/>`,
      `    <category term="${xml(a.kind)}"/>`,
      `    <summary type="text">${xml(alertText(a))}</summary>`,
      "  </entry>",
    ].join("\n");
  });
  return [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom">`,
    `  <id>urn:triangulate:alerts${options.storyId === undefined ? "" : `:${xml(encodeURIComponent(options.storyId))}`}</id>`,
    `  <title>${xml(title)}</title>`,
    `  <updated>${xml(updated)}</updated>`,
    `  <author><name>Triangulate</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(`${base}/alerts`)}"/>`,
    ...entries,
    `</feed>`,
    "",
  ].join("\n");
}
