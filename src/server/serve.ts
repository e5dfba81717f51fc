/**
 * @module Serving the app on a port (@hono/node-server): the only place that listens. Opens
 * nothing itself: the caller passes the store; `startServer` resolves once listening, and
 * `close()` stops accepting connections and waits for open ones.
 */
import { serve } from "@hono/node-server";
import type { AddressInfo } from "node:net";
import type { Store } from "../store/types.ts";
import { createApp, type AppDeps } from "./app.ts";

export interface ServeOptions extends Omit<AppDeps, "store"> {
  readonly store: Store;
  /** Default 127.0.0.1. */
  readonly host?: string;
  /** Default 8080; 0 picks a free port. */
  readonly port?: number;
}

export interface RunningServer {
  /** e.g. http://127.0.0.1:8080 */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

export const DEFAULT_HOST = "127.0.0.1";
export const DEFAULT_PORT = 8080;

export { isLoopback } from "./app.ts";

export function startServer(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  const app = createApp({ ...options, listenHost: host });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port: options.port ?? DEFAULT_PORT }, (info: AddressInfo) => {
      const shownHost = info.family === "IPv6" ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shownHost}:${info.port}`,
        port: info.port,
        close: async () => {
          await new Promise<void>((done, fail) => {
            server.close((err) => (err ? fail(err) : done()));
            if ("closeIdleConnections" in server) server.closeIdleConnections();
          });
          // The analysis and body-reading threads (if any were started) would keep the process alive.
          await (await import("./timed-worker.ts")).closeServerThreads();
        },
      });
    });
    server.once("error", reject);
  });
}
