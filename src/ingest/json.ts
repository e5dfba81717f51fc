/**
 * @module JSON and JSON Lines readers. JSON: an array of records, an object holding one under
 * articles|items|data|results, or a single record. JSONL: one record per line; a malformed line
 * is one error ("file.jsonl:LINE") and the other lines are still read. Record fields: title,
 * text|body|content (HTML converted to text), url|link, outlet|source|site, published|date|
 * publishedAt|pubDate, author|byline.
 */
import type { Article, InputError, IngestResult } from "../types.ts";
import { buildArticle, isInputError } from "./article.ts";
import { inputError, lineColumn } from "./detect.ts";
import { htmlFragmentToText } from "./html-text.ts";
import { locateJsonError } from "./json-position.ts";
import { nameOf } from "./markdown.ts";

type Json = Record<string, unknown>;

const TEXT_KEYS = ["text", "body", "content", "article", "fullText"];

const COLLECTION_KEYS = ["articles", "items", "data", "results", "entries", "documents", "docs"] as const;

function first(record: Json, keys: readonly string[]): unknown {
  for (const k of keys) {
    const v = record[k];
    if (v !== undefined && v !== null && v !== "") return v;
  }
  return null;
}

/** Parse JSON, or describe where and why it is malformed ("at line 3 column 5: Unexpected token ..."). */
export function parseJson(text: string): { value: unknown } | { reason: string } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    // V8 appends a quoted excerpt or a position; keep the first clause only.
    const short = message.replace(/, (?:\.\.\.)?"[\s\S]*$/, "").replace(/\s*(?:in JSON )?at position \d+[\s\S]*$/, "").replace(/\s*\(line \d+ column \d+\)$/, "").trim();
    const fault = locateJsonError(text);
    const position = /position (\d+)/.exec(message);
    const offset = fault?.offset ?? (position ? Number(position[1]) : null);
    if (offset === null) return { reason: `malformed JSON: ${short}` };
    const { line, column } = lineColumn(text, offset);
    return { reason: `malformed JSON at line ${line} column ${column}: ${short}${fault && !/^expected/i.test(short) ? ` (expected ${fault.expected})` : ""}` };
  }
}

/** Read one record into an article (or a "no-text" error). */
export function recordToArticle(record: unknown, origin: string, source: string, format: "json" | "jsonl"): Article | InputError {
  if (!record || typeof record !== "object" || Array.isArray(record)) {
    return inputError(origin, "no-text", `record is ${Array.isArray(record) ? "an array" : record === null ? "null" : `a ${typeof record}`}, not an object with article fields`);
  }
  const r = record as Json;
  const title = first(r, ["title", "headline"]);
  // A description is a summary; it stands in for the body only in a record that has a title.
  const rawBody = first(r, title === null ? TEXT_KEYS : [...TEXT_KEYS, "description", "summary"]);
  const body = typeof rawBody === "string" ? htmlFragmentToText(rawBody) : "";
  if (body === "") return inputError(origin, "no-text", "record has no text (expected a text, body or content field)");
  const outlet = first(r, ["outlet", "source", "site", "publisher", "siteName", "site_name"]);
  return buildArticle({
    origin,
    source,
    format,
    body,
    title: nameOf(title),
    outlet: nameOf(outlet),
    url: nameOf(first(r, ["url", "link", "href", "canonical"])),
    published: first(r, ["published", "date", "publishedAt", "published_at", "pubDate", "datePublished"]),
    byline: nameOf(first(r, ["author", "byline", "authors", "creator"])),
  });
}

function collect(results: readonly (Article | InputError)[]): IngestResult {
  const articles: Article[] = [];
  const errors: InputError[] = [];
  for (const r of results) {
    if (isInputError(r)) errors.push(r);
    else articles.push(r);
  }
  return { articles, errors };
}

/** The records of a parsed JSON document, or null when it holds a single record. */
function recordsOf(value: unknown): readonly unknown[] | null {
  if (Array.isArray(value)) return value as unknown[];
  if (value && typeof value === "object") {
    for (const k of COLLECTION_KEYS) {
      const v = (value as Json)[k];
      if (Array.isArray(v)) return v as unknown[];
    }
  }
  return null;
}

/** Whether a record has any field an article could be read from. */
function isArticleLike(value: unknown): boolean {
  return value !== null && typeof value === "object" && !Array.isArray(value) && [...TEXT_KEYS, "title", "headline"].some((k) => k in value);
}

/**
 * Read a JSON document. With `skipNonArticles` (used for files found by walking a directory), a
 * single object with no article fields at all (a config file, a knowledge pack) yields nothing
 * instead of a "no-text" error.
 */
export function readJson(origin: string, raw: string, options: { skipNonArticles?: boolean } = {}): IngestResult {
  const parsed = parseJson(raw);
  if ("reason" in parsed) return { articles: [], errors: [inputError(origin, "malformed-json", parsed.reason)] };
  const records = recordsOf(parsed.value);
  if (records === null && options.skipNonArticles && !isArticleLike(parsed.value)) return { articles: [], errors: [] };
  if (records === null) return collect([recordToArticle(parsed.value, origin, origin, "json")]);
  if (records.length === 0) return { articles: [], errors: [inputError(origin, "empty", "contains no records")] };
  return collect(records.map((rec, i) => recordToArticle(rec, `${origin}#${i + 1}`, origin, "json")));
}

/** Read a JSON Lines document; records are numbered by line ("file.jsonl#LINE"). */
export function readJsonl(origin: string, raw: string): IngestResult {
  const results: (Article | InputError)[] = [];
  const lines = raw.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === "") return;
    const parsed = parseJson(line);
    if ("reason" in parsed) {
      results.push({ origin: `${origin}:${i + 1}`, code: "malformed-json", message: `${origin}:${i + 1}: ${parsed.reason.replace(/at line 1 column/, "at column")}` });
      return;
    }
    results.push(recordToArticle(parsed.value, `${origin}#${i + 1}`, origin, "jsonl"));
  });
  if (results.length === 0) return { articles: [], errors: [inputError(origin, "empty", "contains no records")] };
  return collect(results);
}
