/**
 * @module A local HTTP server for the watch tests: an RSS feed whose items the test sets between
 * rounds (served with an ETag, answering 304 to a matching If-None-Match), a robots.txt that
 * disallows /private/, a webhook endpoint that records what it receives, and any other page the
 * test sets (sitemaps, articles).
 */
import { createHash } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { readFileSync } from "node:fs";

export interface FeedItem {
  readonly title: string;
  readonly link: string;
  readonly published: string;
  /** Paragraphs of the article. */
  readonly paragraphs: readonly string[];
}

export interface Received {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

const xml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function rss(title: string, items: readonly FeedItem[]): string {
  const entries = items.map((i) => `<item><title>${xml(i.title)}</title><link>${xml(i.link)}</link><pubDate>${new Date(i.published).toUTCString()}</pubDate>` +
    `<content:encoded>${xml(i.paragraphs.map((p) => `<p>${xml(p)}</p>`).join(""))}</content:encoded></item>`).join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${xml(title)}</title><link>http://example.invalid/</link><description>test feed</description>\n${entries}\n</channel></rss>\n`;
}

/** A Markdown fixture (front matter: title, published) as a feed item linked at `link`. */
export function itemFromMarkdown(path: string, link: string): FeedItem {
  const raw = readFileSync(path, "utf8");
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw);
  const meta = new Map((m?.[1] ?? "").split("\n").map((l) => [l.slice(0, l.indexOf(":")).trim(), l.slice(l.indexOf(":") + 1).trim()] as const));
  return {
    title: meta.get("title") ?? "untitled",
    link,
    published: meta.get("published") ?? "2025-01-01",
    paragraphs: (m?.[2] ?? raw).split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean),
  };
}

export class FeedServer {
  readonly #server: Server;
  url = "";
  /** The feed served at /feed.xml. */
  feed = rss("Empty", []);
  /** Responses the webhook gives before it accepts (e.g. [500] to test retries). */
  webhookFailures: number[] = [];
  readonly received: Received[] = [];
  readonly hits = new Map<string, number>();
  notModified = 0;
  /** Other paths served as given (sitemaps, pages). */
  readonly pages = new Map<string, { type: string; body: string }>();

  constructor() {
    this.#server = createServer((req, res) => {
      const path = (req.url ?? "/").split("?")[0] ?? "/";
      this.hits.set(path, (this.hits.get(path) ?? 0) + 1);
      if (path === "/robots.txt") {
        res.writeHead(200, { "content-type": "text/plain" }).end("User-agent: *\nDisallow: /private/\n");
        return;
      }
      if (path === "/feed.xml" || path === "/private/feed.xml") {
        const etag = `"${createHash("sha256").update(this.feed).digest("hex").slice(0, 16)}"`;
        if (req.headers["if-none-match"] === etag) {
          this.notModified++;
          res.writeHead(304, { etag }).end();
          return;
        }
        res.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8", etag }).end(this.feed);
        return;
      }
      if (path === "/hook" && req.method === "POST") {
        const chunks: Buffer[] = [];
        req.on("data", (c: Buffer) => chunks.push(c));
        req.on("end", () => {
          const failure = this.webhookFailures.shift();
          if (failure !== undefined) {
            res.writeHead(failure).end();
            return;
          }
          this.received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
          res.writeHead(204).end();
        });
        return;
      }
      const page = this.pages.get(path);
      if (page !== undefined) {
        res.writeHead(200, { "content-type": page.type }).end(page.body);
        return;
      }
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.#server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}
