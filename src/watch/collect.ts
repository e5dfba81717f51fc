/**
 * @module One round over one source: the new articles it offers. A URL is fetched politely and
 * conditionally (its validators and error backoff kept in the store, so they survive restarts);
 * a 304 costs nothing; a feed's items become articles; a sitemap (or sitemap index, or news
 * sitemap) lists pages, of which those no stored article has are fetched and read (at most
 * `maxPages` a round, newest first); any other page is read as one article. A folder gives its
 * files that are new or changed since the last round (all of them in the first round: the store
 * skips what it holds). Failures are InputErrors, never thrown.
 */
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Article, InputError } from "../types.ts";
import { ingest, parseContent, withLanguages } from "../ingest/index.ts";
import { inputError } from "../ingest/detect.ts";
import { extensionOf, isKnownExtension } from "../ingest/format.ts";
import { SIDECAR_NAMES } from "../ingest/sidecar.ts";
import { fastXmlParser } from "../ingest/lazy.ts";
import { canonicalUrl } from "../store/identity.ts";
import type { Store } from "../store/types.ts";
import type { PoliteFetcher } from "./polite.ts";
import type { WatchSource } from "./sources.ts";

export interface CollectOptions {
  /** Pages fetched from one sitemap in one round (default 50). */
  readonly maxPages?: number;
  /** First backoff after a failure (default 60 s), doubled per failure in a row, at most 6 h. */
  readonly backoffMs?: number;
  readonly maxBytes?: number;
  /** Ignore the backoff (a `--once` run the user asked for now). */
  readonly ignoreBackoff?: boolean;
}

export interface Collected {
  readonly articles: readonly Article[];
  readonly errors: readonly InputError[];
  /** The source answered 304 Not Modified, or had no new files. */
  readonly unchanged: boolean;
  /** Skipped this round: still backing off after failures. */
  readonly backingOff?: string;
  /** URLs whose new validators wait for `commit` (once the articles are safe). */
  readonly tracked?: readonly string[];
}

const MAX_BACKOFF_MS = 6 * 3_600_000;
const MAX_CHILD_SITEMAPS = 20;

interface SitemapEntry {
  readonly loc: string;
  readonly lastmod: string | null;
}

type Node = Record<string, unknown>;
const asList = (v: unknown): Node[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]).filter((x): x is Node => typeof x === "object" && x !== null);
const text = (v: unknown): string | null => (typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : v && typeof v === "object" && typeof (v as Node)["#text"] === "string" ? ((v as Node)["#text"] as string).trim() : null);

/** A sitemap's page entries or an index's child sitemaps; null when the document is no sitemap. */
export function readSitemap(raw: string): { kind: "urlset" | "index"; entries: SitemapEntry[] } | null {
  if (!/<(?:[a-z0-9]+:)?(?:urlset|sitemapindex)[\s>]/i.test(raw.slice(0, 4096))) return null;
  const { XMLParser, XMLValidator } = fastXmlParser();
  if (XMLValidator.validate(raw) !== true) return null;
  const doc = new XMLParser({ ignoreAttributes: true, removeNSPrefix: true, processEntities: true, htmlEntities: true, parseTagValue: false }).parse(raw) as Node;
  const urlset = asList(doc["urlset"])[0];
  const index = asList(doc["sitemapindex"])[0];
  const node = urlset ?? index;
  if (node === undefined) return null;
  const items = asList(node[urlset ? "url" : "sitemap"]);
  const entries: SitemapEntry[] = [];
  for (const item of items) {
    const loc = text(item["loc"]);
    if (!loc) continue;
    const news = asList(item["news"])[0];
    const lastmod = text(item["lastmod"]) ?? (news ? text(news["publication_date"]) : null);
    entries.push({ loc, lastmod });
  }
  return { kind: urlset ? "urlset" : "index", entries };
}

function backoff(failures: number, base: number): string {
  return new Date(Date.now() + Math.min(MAX_BACKOFF_MS, base * 2 ** Math.max(0, failures - 1))).toISOString();
}

export class Collector {
  readonly #store: Store;
  readonly #fetcher: PoliteFetcher;
  readonly #options: CollectOptions;
  /** Folder files seen, with their modification times. */
  readonly #files = new Map<string, number>();

  constructor(store: Store, fetcher: PoliteFetcher, options: CollectOptions = {}) {
    this.#store = store;
    this.#fetcher = fetcher;
    this.#options = options;
  }

  async collect(source: WatchSource): Promise<Collected> {
    if (source.kind !== "url") return this.#local(source);
    const tracked: string[] = [];
    return { ...(await this.#url(source.url, tracked)), tracked };
  }

  /** A URL fetched with its stored validators; state (validators, failures, backoff) saved after. */
  async #fetchTracked(url: string, tracked: string[]): Promise<{ bytes: Uint8Array; contentType: string; finalUrl: string } | { unchanged: true } | { backingOff: string } | InputError> {
    const state = await this.#store.getWatchState(url);
    if (!this.#options.ignoreBackoff && state?.retryAt && Date.parse(state.retryAt) > Date.now()) return { backingOff: state.retryAt };
    const got = await this.#fetcher.get(url, { etag: state?.etag ?? null, lastModified: state?.lastModified ?? null });
    if ("code" in got) {
      const failures = (state?.failures ?? 0) + 1;
      await this.#store.saveWatchState({ source: url, etag: state?.etag ?? null, lastModified: state?.lastModified ?? null, failures, retryAt: backoff(failures, this.#options.backoffMs ?? 60_000) });
      return got;
    }
    const validators = { etag: got.etag ?? state?.etag ?? null, lastModified: got.lastModified ?? state?.lastModified ?? null };
    // The validators are saved only once the content was read (see `#commit`); a 304 keeps the old ones.
    this.#pending.set(url, { source: url, ...validators, failures: 0, retryAt: null });
    tracked.push(url);
    if (got.notModified) {
      await this.#commit(url);
      return { unchanged: true };
    }
    return got;
  }

  readonly #pending = new Map<string, { source: string; etag: string | null; lastModified: string | null; failures: number; retryAt: null }>();

  /** Records a URL's new validators: call once what it gave is safely stored (else the next round reads it again). */
  async #commit(url: string): Promise<void> {
    const state = this.#pending.get(url);
    this.#pending.delete(url);
    if (state !== undefined) await this.#store.saveWatchState(state);
  }

  /**
   * Saves the validators of the URLs read (`Collected.tracked`; default every URL read so far):
   * call once their articles are stored or queued, so a crash before never skips them.
   */
  async commit(urls?: readonly string[]): Promise<void> {
    for (const url of urls ?? [...this.#pending.keys()]) await this.#commit(url);
  }

  async #url(url: string, tracked: string[]): Promise<Collected> {
    const got = await this.#fetchTracked(url, tracked);
    if ("code" in got) return { articles: [], errors: [got], unchanged: false };
    if ("backingOff" in got) return { articles: [], errors: [], unchanged: true, backingOff: got.backingOff };
    if ("unchanged" in got) return { articles: [], errors: [], unchanged: true };
    const raw = new TextDecoder().decode(got.bytes.subarray(0, 4096));
    if (/<(?:[a-z0-9]+:)?(?:urlset|sitemapindex)[\s>]/i.test(raw)) return this.#sitemap(url, new TextDecoder().decode(got.bytes), 0, tracked);
    const parsed = parseContent(url, got.bytes, { contentType: got.contentType, ...(this.#options.maxBytes === undefined ? {} : { maxBytes: this.#options.maxBytes }) });
    const read = await withLanguages(parsed);
    return { articles: read.articles, errors: read.errors, unchanged: false };
  }

  async #sitemap(url: string, raw: string, depth: number, tracked: string[]): Promise<Collected> {
    const map = readSitemap(raw);
    if (map === null) return { articles: [], errors: [inputError(url, "malformed-feed", "looks like a sitemap but is not well-formed XML with <urlset> or <sitemapindex>")], unchanged: false };
    const errors: InputError[] = [];
    if (map.kind === "index") {
      if (depth > 0) return { articles: [], errors: [inputError(url, "unsupported", "a sitemap index inside a sitemap index is not followed")], unchanged: false };
      const articles: Article[] = [];
      for (const child of newestFirst(map.entries).slice(0, MAX_CHILD_SITEMAPS)) {
        const got = await this.#fetchTracked(child.loc, tracked);
        if ("code" in got) errors.push(got);
        else if ("bytes" in got) {
          const sub = await this.#sitemap(child.loc, new TextDecoder().decode(got.bytes), depth + 1, tracked);
          articles.push(...sub.articles);
          errors.push(...sub.errors);
        }
      }
      return { articles, errors, unchanged: false };
    }
    const wanted = newestFirst(map.entries).map((e) => ({ ...e, key: canonicalUrl(e.loc) })).filter((e) => e.key !== null);
    const known = await this.#store.knownUrls(wanted.map((e) => e.key ?? ""));
    const fresh = wanted.filter((e) => !known.has(e.key ?? "")).slice(0, this.#options.maxPages ?? 50);
    const articles: Article[] = [];
    for (const entry of fresh) {
      const page = await this.#fetcher.get(entry.loc);
      if ("code" in page) {
        errors.push(page);
        continue;
      }
      const parsed = parseContent(entry.loc, page.bytes, { contentType: page.contentType, ...(this.#options.maxBytes === undefined ? {} : { maxBytes: this.#options.maxBytes }) });
      // A page names itself by the URL the sitemap gave when it does not say otherwise.
      for (const a of parsed.articles) articles.push(a.url === null ? { ...a, url: entry.loc } : a);
      errors.push(...parsed.errors);
    }
    const read = await withLanguages({ articles, errors: [] });
    return { articles: read.articles, errors, unchanged: fresh.length === 0 };
  }

  async #local(source: Extract<WatchSource, { kind: "folder" | "file" }>): Promise<Collected> {
    const files = source.kind === "file" ? [source.path] : await listFiles(source.path).catch((err: unknown) => err);
    if (!Array.isArray(files)) return { articles: [], errors: [inputError(source.path, "read-failed", `folder cannot be read: ${String(files)}`)], unchanged: false };
    const changed: string[] = [];
    for (const file of files as string[]) {
      const info = await stat(file).catch(() => null);
      if (info === null) continue;
      if (this.#files.get(file) !== info.mtimeMs) {
        changed.push(file);
        this.#files.set(file, info.mtimeMs);
      }
    }
    if (changed.length === 0) return { articles: [], errors: [], unchanged: true };
    const read = await ingest(changed, this.#options.maxBytes === undefined ? {} : { maxBytes: this.#options.maxBytes });
    return { articles: read.articles, errors: read.errors.map((e) => ({ ...e, message: e.message.startsWith(e.origin) ? e.message : `${e.origin}: ${e.message}` })), unchanged: false };
  }
}

function newestFirst(entries: readonly SitemapEntry[]): SitemapEntry[] {
  return entries.map((e, i) => ({ e, i, t: e.lastmod === null ? Number.NaN : Date.parse(e.lastmod) })).sort((a, b) => {
    const ta = Number.isNaN(a.t) ? -Infinity : a.t;
    const tb = Number.isNaN(b.t) ? -Infinity : b.t;
    return tb - ta || a.i - b.i;
  }).map((x) => x.e);
}

/** Project housekeeping files (README, LICENSE…), skipped in folders as `ingest` skips them. */
const HOUSEKEEPING = /^(?:readme|license|licence|changelog|contributing|code_of_conduct|security|authors|notice)(?:\.[^.]+)?$/i;

/** Readable article files under a folder (dot-entries, node_modules and sidecars skipped), sorted. */
async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string, depth: number): Promise<void> => {
    if (depth > 32) return;
    const entries = await readdir(d, { withFileTypes: true });
    for (const e of entries) {
      if (e.name.startsWith(".") || e.name === "node_modules" || HOUSEKEEPING.test(e.name) || (SIDECAR_NAMES as readonly string[]).includes(e.name.toLowerCase())) continue;
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p, depth + 1);
      else if (e.isFile() && isKnownExtension(extensionOf(p))) out.push(p);
    }
  };
  await walk(dir, 0);
  return out.sort();
}
