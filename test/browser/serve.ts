/**
 * @module A fresh PGlite store (in a temporary folder, or in memory: faster, same engine) served
 * by the real app on 127.0.0.1 at a random port, for the browser tests; `closeServed` stops every
 * one still open.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { createApp } from "../../src/server/app.ts";
import { openStore } from "../../src/store/index.ts";
import type { Store } from "../../src/store/types.ts";

export interface Served {
  readonly store: Store;
  readonly url: string;
  close(): Promise<void>;
}

const cleanups: (() => Promise<void>)[] = [];

export async function serveStore(options: { memory: boolean }): Promise<Served> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "triangulate-ui-"));
  const store = await openStore(options.memory ? { memory: true, databaseUrl: null } : { dataDir, databaseUrl: null });
  const app = createApp({ store });
  const url = await new Promise<{ url: string; server: ReturnType<typeof serve> }>((resolve) => {
    const server = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, (info: AddressInfo) => resolve({ url: `http://127.0.0.1:${info.port}`, server }));
  });
  const close = async (): Promise<void> => {
    await new Promise<void>((resolve) => url.server.close(() => resolve()));
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  cleanups.push(close);
  return { store, url: url.url, close };
}

export async function closeServed(): Promise<void> {
  for (const c of cleanups.splice(0).reverse()) await c();
}
