/**
 * @module The ingest stage: inputs (files, directories, globs, "-" for stdin, http(s) URLs) →
 * articles plus one InputError per input or record that could not be read. `parseContent` is the
 * pure core (bytes → articles) shared with the HTTP server; `ingest` adds the I/O.
 */
import type { Article, InputError, InputFormat, IngestResult } from "../types.ts";
import { decodeBytes, inputError } from "./detect.ts";
import { readFeed } from "./feed.ts";
import type { Fetched, FetchOptions } from "./fetch.ts";
import { extensionOf, formatFromContentType, formatFromExtension, refineXmlFormat, sniffFormat } from "./format.ts";
import { readHtml } from "./html.ts";
import { readJson, readJsonl } from "./json.ts";
import { readMarkdown } from "./markdown.ts";
import { readText } from "./text.ts";
import { withLanguages } from "./language.ts";
import { compareOrigins, readInputs } from "./sources.ts";
import { withSourceMeta } from "./sidecar.ts";

export interface IngestOptions extends FetchOptions {
  /** Per input, default 10 MiB. */
  readonly maxBytes?: number;
  /** Allow fetching private, loopback and link-local addresses. */
  readonly allowPrivate?: boolean;
  /** URL fetch timeout, default 15000 ms. */
  readonly timeoutMs?: number;
  /** Used for "-" (default process.stdin). */
  readonly stdin?: NodeJS.ReadableStream;
  /** For tests. */
  readonly fetchImpl?: typeof fetch;
}

export interface ParseOptions {
  readonly format?: InputFormat;
  readonly contentType?: string;
  readonly maxBytes?: number;
  /**
   * For files found by walking a directory or a glob rather than named: skip a JSON document that
   * is a single object without article fields (config, knowledge pack) instead of reporting it.
   */
  readonly skipNonArticles?: boolean;
}

/** Fetch one URL (see fetch.ts); the fetcher and undici load on the first call. */
export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<Fetched | InputError> {
  const { fetchUrl: fetchOne } = await import("./fetch.ts");
  return fetchOne(url, options);
}
export { identifyLanguage, withLanguages } from "./language.ts";

/** Decide the reader: explicit format, else (URLs) content type then extension, (files) extension then content type, else a sniff. */
function chooseFormat(origin: string, text: string, options: ParseOptions): InputFormat {
  const byExt = formatFromExtension(extensionOf(origin));
  const byType = options.contentType ? formatFromContentType(options.contentType) : null;
  const isUrl = /^https?:\/\//i.test(origin);
  const chosen = options.format ?? (isUrl ? byType ?? byExt : byExt ?? byType) ?? sniffFormat(text);
  return chosen === "rss" || chosen === "atom" ? refineXmlFormat(text) : chosen;
}

/**
 * Parse one input's bytes into articles. Pure (no I/O). Articles' language is "und" here;
 * `ingest` fills it in, other callers can use `withLanguages`.
 */
export function parseContent(origin: string, bytes: Uint8Array, options: ParseOptions = {}): IngestResult {
  const ext = extensionOf(origin);
  if (!options.format && !options.contentType && ext !== "" && !/^https?:\/\//i.test(origin) && formatFromExtension(ext) === null) {
    return { articles: [], errors: [inputError(origin, "unsupported", `unsupported file type ".${ext}" (expected .txt, .md, .html, .json, .jsonl, .xml, .rss or .atom)`)] };
  }
  const text = decodeBytes(origin, bytes, options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes });
  if (typeof text !== "string") return { articles: [], errors: [text] };
  const format = chooseFormat(origin, text, options);
  // A reader that fails on one input (a structure nested past what it can walk, a bug) costs that
  // input, never the batch.
  try {
    return readAs(format, origin, text, options);
  } catch (err) {
    const why = err instanceof RangeError ? "it is nested too deeply or is too large to read" : `the ${format} reader failed: ${err instanceof Error ? err.message : String(err)}`;
    return { articles: [], errors: [inputError(origin, "unreadable", `could not be read: ${why}`)] };
  }
}

function readAs(format: InputFormat, origin: string, text: string, options: ParseOptions): IngestResult {
  switch (format) {
    case "txt":
      return readText(origin, text);
    case "md":
      return readMarkdown(origin, text);
    case "html":
      return readHtml(origin, text);
    case "json":
      return readJson(origin, text, options.skipNonArticles ? { skipNonArticles: true } : {});
    case "jsonl":
      return readJsonl(origin, text);
    case "rss":
    case "atom":
      return readFeed(origin, text);
  }
}

/**
 * Read all inputs. Never throws for bad data: each failure is an InputError and the rest goes on.
 * Articles and errors are sorted by origin, so the order of inputs does not matter.
 */
export async function ingest(inputs: readonly string[], options: IngestOptions = {}): Promise<IngestResult> {
  const articles: Article[] = [];
  const errors: InputError[] = [];
  await readInputs(inputs, options, (origin, content) => {
    if ("code" in content) {
      errors.push(content);
      return;
    }
    const result = parseContent(origin, content.bytes, {
      ...(content.contentType ? { contentType: content.contentType } : {}),
      ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
      ...(content.found ? { skipNonArticles: true } : {}),
    });
    // One push per item: a feed of 100,000 items spread into push would overflow the call stack.
    for (const a of result.articles) articles.push(content.meta ? withSourceMeta(a, content.meta) : a);
    for (const e of result.errors) errors.push(e);
  });
  const withLang = await withLanguages({ articles, errors });
  return {
    articles: [...withLang.articles].sort((a, b) => compareOrigins(a.origin, b.origin) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    errors: [...errors].sort((a, b) => compareOrigins(a.origin, b.origin) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)),
  };
}
