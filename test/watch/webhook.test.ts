/**
 * @module Webhook delivery: each stored alert POSTed once per URL, in order, signed; retried with
 * backoff on 5xx; stopped (and resumed next time from where it stopped) when the webhook keeps
 * failing; an alert refused with a 4xx skipped and named.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { openStore } from "../../src/store/open.ts";
import type { Store } from "../../src/store/types.ts";
import type { NewAlert } from "../../src/alerts/types.ts";
import { deliverAlerts, SIGNATURE_HEADER } from "../../src/alerts/webhook.ts";
import { FeedServer } from "./feed-server.ts";

const alert = (n: number): NewAlert => ({
  key: `test|s1|${n}`, kind: "contested", storyId: "s1", storyTitle: "Bridge", factId: `f${n}`, title: `Alert ${n}`, summary: "Sources disagree.", evidence: [],
});

describe("webhook delivery", () => {
  let store: Store;
  const server = new FeedServer();
  const hook = () => `${server.url}/hook`;
  before(async () => {
    store = await openStore({ memory: true, databaseUrl: null });
    await server.start();
  });
  after(async () => {
    await server.close();
    await store.close();
  });

  it("stores each alert key once", async () => {
    assert.equal((await store.addAlerts([alert(1), alert(2), alert(1)])).length, 2);
    assert.deepEqual(await store.addAlerts([alert(2)]), []);
    assert.deepEqual((await store.listAlerts({ order: "asc" })).map((a) => a.title), ["Alert 1", "Alert 2"]);
  });

  it("posts each alert once, in order, signed, retrying a 5xx with backoff", async () => {
    server.webhookFailures = [503, 500];
    const result = await deliverAlerts(store, { url: hook(), secret: "s3cret", baseDelayMs: 5 });
    assert.deepEqual(result, { delivered: 2, rejected: [], error: null });
    assert.deepEqual(server.received.map((r) => (JSON.parse(r.body) as { alert: { title: string } }).alert.title), ["Alert 1", "Alert 2"]);
    for (const r of server.received) {
      assert.equal(r.headers[SIGNATURE_HEADER.toLowerCase()], `sha256=${createHmac("sha256", "s3cret").update(r.body).digest("hex")}`);
    }
    assert.deepEqual(await deliverAlerts(store, { url: hook(), baseDelayMs: 5 }), { delivered: 0, rejected: [], error: null });
    assert.equal(server.received.length, 2);
  });

  it("stops when the webhook keeps failing and resumes there next time; skips an alert refused with a 4xx", async () => {
    await store.addAlerts([alert(3), alert(4)]);
    server.webhookFailures = [500, 500];
    const failed = await deliverAlerts(store, { url: hook(), attempts: 2, baseDelayMs: 5 });
    assert.equal(failed.delivered, 0);
    assert.match(failed.error ?? "", /failed 2 times \(last: HTTP 500\)/);
    server.webhookFailures = [410];
    const resumed = await deliverAlerts(store, { url: hook(), attempts: 2, baseDelayMs: 5 });
    assert.equal(resumed.delivered, 1);
    assert.match(resumed.rejected[0] ?? "", /refused by .*HTTP 410/);
    assert.deepEqual(server.received.slice(2).map((r) => (JSON.parse(r.body) as { alert: { title: string } }).alert.title), ["Alert 4"]);
  });

  it("names an unreachable webhook instead of throwing", async () => {
    const result = await deliverAlerts(store, { url: "http://127.0.0.1:9/hook", attempts: 1, baseDelayMs: 1 });
    assert.match(result.error ?? "", /webhook http:\/\/127\.0\.0\.1:9\/hook failed 1 time/);
  });
});
