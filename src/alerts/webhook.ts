/**
 * @module Delivering alerts to a webhook: each alert not yet delivered to that URL (a cursor per
 * URL in the store, so a restart neither repeats nor skips one) is POSTed as JSON, in order,
 * retried with exponential backoff on network errors, 429 and 5xx, and signed with
 * `X-Triangulate-Signature: sha256=HEX` (HMAC-SHA256 of the body) when a secret is set. One
 * deliverer per URL at a time (a named lock). Failures are returned, never thrown.
 */
import { createHmac } from "node:crypto";
import type { Store } from "../store/types.ts";
import type { Alert } from "./types.ts";

export const SIGNATURE_HEADER = "X-Triangulate-Signature";
export const ALERT_SCHEMA = "triangulate.alert/v1";

export interface WebhookOptions {
  readonly url: string;
  /** HMAC-SHA256 key; unsigned when null or empty. */
  readonly secret?: string | null;
  /** Tries per alert (default 5). */
  readonly attempts?: number;
  /** First retry delay in ms, doubled each time (default 1000). */
  readonly baseDelayMs?: number;
  /** Per request (default 10 s). */
  readonly timeoutMs?: number;
  readonly fetchImpl?: typeof fetch;
  readonly userAgent?: string;
}

export interface DeliveryResult {
  readonly delivered: number;
  /** Alerts a webhook refused for good (4xx other than 408/429): skipped, each with its reason. */
  readonly rejected: readonly string[];
  /** Why delivery stopped early (the webhook kept failing): the rest waits for the next round. */
  readonly error: string | null;
}

export function signBody(body: string, secret: string): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

export function alertBody(alert: Alert): string {
  return JSON.stringify({ schema: ALERT_SCHEMA, alert });
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

type Outcome = { kind: "ok" } | { kind: "retry"; reason: string } | { kind: "reject"; reason: string };

async function postOnce(alert: Alert, options: WebhookOptions): Promise<Outcome> {
  const body = alertBody(alert);
  const headers: Record<string, string> = { "content-type": "application/json", "user-agent": options.userAgent ?? "Triangulate-Alerts" };
  if (options.secret) headers[SIGNATURE_HEADER] = signBody(body, options.secret);
  try {
    const res = await (options.fetchImpl ?? fetch)(options.url, { method: "POST", headers, body, signal: AbortSignal.timeout(options.timeoutMs ?? 10_000), redirect: "error" });
    await res.body?.cancel().catch(() => undefined);
    if (res.ok) return { kind: "ok" };
    const reason = `HTTP ${res.status}`;
    return res.status === 408 || res.status === 429 || res.status >= 500 ? { kind: "retry", reason } : { kind: "reject", reason };
  } catch (err) {
    const e = err as { name?: string; message?: string; cause?: { code?: string } };
    return { kind: "retry", reason: e.name === "TimeoutError" ? "timed out" : `${e.message ?? String(err)}${e.cause?.code ? ` (${e.cause.code})` : ""}` };
  }
}

/** Delivers every alert stored after the URL's cursor. */
export function deliverAlerts(store: Store, options: WebhookOptions): Promise<DeliveryResult> {
  return store.withNamedLock(`webhook:${options.url}`, async () => {
    const attempts = Math.max(1, options.attempts ?? 5);
    const base = options.baseDelayMs ?? 1000;
    let delivered = 0;
    const rejected: string[] = [];
    for (;;) {
      const cursor = (await store.alertCursor(options.url)) ?? 0;
      const batch = await store.listAlerts({ afterSeq: cursor, order: "asc", limit: 100 });
      if (batch.length === 0) return { delivered, rejected, error: null };
      for (const alert of batch) {
        let outcome: Outcome = { kind: "retry", reason: "not tried" };
        for (let i = 0; i < attempts; i++) {
          if (i > 0) await sleep(base * 2 ** (i - 1));
          outcome = await postOnce(alert, options);
          if (outcome.kind !== "retry") break;
        }
        if (outcome.kind === "retry") {
          return { delivered, rejected, error: `webhook ${options.url} failed ${attempts} time${attempts === 1 ? "" : "s"} (last: ${outcome.reason}); alert ${alert.seq} and later wait for the next round` };
        }
        if (outcome.kind === "reject") rejected.push(`alert ${alert.seq} refused by ${options.url}: ${outcome.reason}`);
        else delivered++;
        await store.setAlertCursor(options.url, alert.seq);
      }
    }
  });
}
