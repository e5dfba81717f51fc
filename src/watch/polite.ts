/**
 * @module Polite fetching for `watch`: every request goes through ingest/'s guarded `fetchUrl`
 * (size, time, redirects, content types, private addresses refused unless allowed) with a clear
 * User-Agent; one request at a time per host (a named store lock, so across processes too on
 * Postgres) with a pause between two requests to one host (the robots.txt Crawl-delay when longer,
 * capped); robots.txt (RFC 9309, read with robots-parser) fetched once per host and hour: a URL it
 * disallows is not fetched, a robots.txt answering 4xx allows all, one that cannot be fetched
 * (5xx, network) disallows all for now.
 */
import { createRequire } from "node:module";
import type { InputError } from "../types.ts";
import { inputError } from "../ingest/detect.ts";
import { fetchUrl, type Fetched, type FetchOptions } from "../ingest/fetch.ts";
import type { Store } from "../store/types.ts";

interface Robot {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}
// robots-parser is CommonJS (module.exports = function) with ES-style typings; require it as it is.
const robotsParser = createRequire(import.meta.url)("robots-parser") as (url: string, contents: string) => Robot;

export const USER_AGENT_TOKEN = "Triangulate";
export const DEFAULT_USER_AGENT = `${USER_AGENT_TOKEN}/0.1 (news cross-checking; watch)`;
const ROBOTS_TTL_MS = 3_600_000;
const MAX_CRAWL_DELAY_MS = 30_000;

export interface PoliteOptions extends Pick<FetchOptions, "allowPrivate" | "maxBytes" | "timeoutMs" | "fetchImpl" | "lookup"> {
  readonly userAgent?: string;
  /** Pause between two requests to one host (default 1000 ms). */
  readonly hostDelayMs?: number;
  /** Obey robots.txt (default true). */
  readonly robots?: boolean;
}

/** Validators from an earlier response, sent back for a conditional GET. */
export interface Validators {
  readonly etag?: string | null;
  readonly lastModified?: string | null;
}

type RobotsRule = { readonly allowed: (url: string) => boolean; readonly delayMs: number; readonly why: string | null; readonly until: number };

/** A robots.txt that could not be fetched blocks its host this long, then is asked for again. */
const ROBOTS_RETRY_MS = 60_000;

export class PoliteFetcher {
  readonly #store: Store;
  readonly #options: PoliteOptions;
  readonly #robots = new Map<string, RobotsRule>();
  readonly #last = new Map<string, number>();

  constructor(store: Store, options: PoliteOptions = {}) {
    this.#store = store;
    this.#options = options;
  }

  get userAgent(): string {
    return this.#options.userAgent ?? DEFAULT_USER_AGENT;
  }

  #fetchOptions(headers: Record<string, string>): FetchOptions {
    const o = this.#options;
    return {
      headers: { "user-agent": this.userAgent, ...headers },
      ...(o.allowPrivate ? { allowPrivate: true } : {}),
      ...(o.maxBytes === undefined ? {} : { maxBytes: o.maxBytes }),
      ...(o.timeoutMs === undefined ? {} : { timeoutMs: o.timeoutMs }),
      ...(o.fetchImpl === undefined ? {} : { fetchImpl: o.fetchImpl }),
      ...(o.lookup === undefined ? {} : { lookup: o.lookup }),
    };
  }

  /** Waits for the host's turn and its pause, then fetches (caller holds the host lock). */
  async #request(host: string, url: string, headers: Record<string, string>, delayMs: number): Promise<Fetched | InputError> {
    const wait = (this.#last.get(host) ?? 0) + delayMs - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    try {
      return await fetchUrl(url, this.#fetchOptions(headers));
    } finally {
      this.#last.set(host, Date.now());
    }
  }

  async #rules(origin: string, host: string, delayMs: number): Promise<RobotsRule> {
    const cached = this.#robots.get(origin);
    if (cached !== undefined && Date.now() < cached.until) return cached;
    const robotsUrl = `${origin}/robots.txt`;
    const got = await this.#request(host, robotsUrl, {}, delayMs);
    let rule: RobotsRule;
    if ("code" in got) {
      const status = /HTTP (\d{3})/.exec(got.message)?.[1];
      // RFC 9309: a robots.txt that is missing (4xx), or is no text file at all, sets no rule; one
      // that cannot be reached (5xx, network) disallows everything until it can.
      rule = (status !== undefined && status.startsWith("4")) || got.code === "unsupported"
        ? { allowed: () => true, delayMs: 0, why: null, until: Date.now() + ROBOTS_TTL_MS }
        : { allowed: () => false, delayMs: 0, why: `its robots.txt could not be read (${got.message}), so nothing on ${host} is fetched for now`, until: Date.now() + ROBOTS_RETRY_MS };
    } else {
      const robot = robotsParser(robotsUrl, new TextDecoder().decode(got.bytes));
      const ua = this.userAgent;
      const crawlDelay = robot.getCrawlDelay(USER_AGENT_TOKEN) ?? robot.getCrawlDelay(ua);
      rule = {
        allowed: (url) => robot.isAllowed(url, USER_AGENT_TOKEN) !== false && robot.isAllowed(url, ua) !== false,
        delayMs: crawlDelay === undefined ? 0 : Math.min(MAX_CRAWL_DELAY_MS, Math.max(0, crawlDelay * 1000)),
        why: null,
        until: Date.now() + ROBOTS_TTL_MS,
      };
    }
    this.#robots.set(origin, rule);
    return rule;
  }

  /** GET `url` politely, conditionally when validators are given. Failures are InputErrors, never thrown. */
  async get(url: string, validators: Validators = {}): Promise<Fetched | InputError> {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return inputError(url, "refused", "is not a valid URL");
    }
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return inputError(url, "refused", `only http and https URLs are fetched, not ${parsed.protocol}`);
    const host = parsed.host.toLowerCase();
    const baseDelay = this.#options.hostDelayMs ?? 1000;
    return this.#store.withNamedLock(`host:${host}`, async () => {
      let delay = baseDelay;
      if (this.#options.robots !== false) {
        const rule = await this.#rules(parsed.origin, host, baseDelay);
        if (rule.why !== null) return inputError(url, "refused", rule.why);
        if (!rule.allowed(parsed.href)) return inputError(url, "refused", `robots.txt of ${host} disallows it for ${USER_AGENT_TOKEN}`);
        delay = Math.max(baseDelay, rule.delayMs);
      }
      const headers: Record<string, string> = {};
      if (validators.etag) headers["if-none-match"] = validators.etag;
      if (validators.lastModified) headers["if-modified-since"] = validators.lastModified;
      return this.#request(host, parsed.href, headers, delay);
    });
  }
}
