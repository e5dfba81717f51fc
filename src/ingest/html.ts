/**
 * @module HTML reader: metadata from meta tags, JSON-LD and <time>, main text by
 * @mozilla/readability over a linkedom document (scripts are parsed, never run), falling back to
 * the whole body's text when readability finds nothing.
 */
import type { Readability } from "@mozilla/readability";
import type { IngestResult } from "../types.ts";
import { buildArticle, cleanLine, isInputError } from "./article.ts";
import { inputError } from "./detect.ts";
import { linkedom, readability } from "./lazy.ts";
import { nodeToText } from "./html-text.ts";
import { nameOf } from "./markdown.ts";
import { readText } from "./text.ts";

export interface HtmlMeta {
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly byline: string | null;
  readonly url: string | null;
}

function metaContent(doc: Document, keys: readonly string[]): string | null {
  for (const key of keys) {
    for (const attr of ["property", "name", "itemprop"]) {
      const el = doc.querySelector(`meta[${attr}="${key}"]`);
      const v = cleanLine(el?.getAttribute("content"));
      if (v) return v;
    }
  }
  return null;
}

type Json = Record<string, unknown>;

/** JSON-LD objects of article-like types (NewsArticle, Article, ReportageNewsArticle, ...). */
function jsonLdArticles(doc: Document): Json[] {
  const found: Json[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === "object") {
      const o = v as Json;
      const type = o["@type"];
      const types = Array.isArray(type) ? type : [type];
      if (types.some((t) => typeof t === "string" && /Article|BlogPosting|Report/i.test(t))) found.push(o);
      if (o["@graph"]) visit(o["@graph"]);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ""));
    } catch {
      // Broken JSON-LD is common and only costs us metadata.
    }
  }
  return found;
}

/** Metadata of an HTML document (read before readability rewrites the tree). */
export function htmlMetadata(doc: Document): HtmlMeta {
  const ld = jsonLdArticles(doc)[0] ?? {};
  const ldPublisher = ld["publisher"] && typeof ld["publisher"] === "object" ? nameOf(ld["publisher"]) : null;
  const time = doc.querySelector("time[datetime]")?.getAttribute("datetime") ?? null;
  return {
    title: metaContent(doc, ["og:title", "twitter:title"]) ?? cleanLine(ld["headline"]) ?? cleanLine(doc.querySelector("title")?.textContent),
    outlet: metaContent(doc, ["og:site_name", "application-name"]) ?? cleanLine(ldPublisher),
    published:
      metaContent(doc, ["article:published_time", "datePublished"]) ??
      cleanLine(ld["datePublished"]) ??
      cleanLine(time) ??
      metaContent(doc, ["date", "pubdate", "publish-date", "dc.date", "DC.date.issued"]),
    byline: metaContent(doc, ["author", "article:author"]) ?? cleanLine(nameOf(ld["author"])),
    url: cleanLine(doc.querySelector('link[rel="canonical"]')?.getAttribute("href")) ?? metaContent(doc, ["og:url"]),
  };
}

/** Remove a leading line that repeats the title. */
function dropTitleLine(text: string, title: string | null): string {
  if (!title) return text;
  const nl = text.indexOf("\n");
  const first = (nl < 0 ? text : text.slice(0, nl)).trim();
  const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, " ").trim();
  return norm(first) === norm(title) ? text.slice(first.length).trimStart() : text;
}

/** The main text of a parsed document: readability's article, else the body's text. */
function mainText(raw: string, doc: Document): { text: string; byline: string | null; siteName: string | null } {
  let parsed: ReturnType<Readability<Node>["parse"]>;
  try {
    // Readability rewrites the tree it reads, so it gets its own copy of the page.
    parsed = new (readability().Readability)<Node>(linkedom().parseHTML(raw).document, { serializer: (node) => node }).parse();
  } catch {
    parsed = null;
  }
  const readable = parsed?.content ? nodeToText(parsed.content) : "";
  if (readable !== "") return { text: readable, byline: cleanLine(parsed?.byline), siteName: cleanLine(parsed?.siteName) };
  return { text: doc.body ? nodeToText(doc.body) : "", byline: null, siteName: null };
}

/** A possibly relative URL resolved against an http(s) origin. */
function resolveUrl(href: string | null, origin: string): string | null {
  if (!href) return null;
  try {
    return new URL(href, /^https?:\/\//i.test(origin) ? origin : undefined).href;
  } catch {
    return null;
  }
}

/** Read an HTML page into one article. */
/** Elements nested deeper than this make a page no article (readers and walks would overflow the stack). */
export const MAX_HTML_DEPTH = 512;

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);

/** How deep elements nest, from the tags alone (one linear scan; unclosed tags count as open). */
export function nestingDepth(raw: string): number {
  let depth = 0;
  let max = 0;
  for (const m of raw.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g)) {
    const name = (m[2] ?? "").toLowerCase();
    if (VOID.has(name) || m[3] === "/") continue;
    if (m[1] === "/") depth = Math.max(0, depth - 1);
    else if (++depth > max) max = depth;
  }
  return max;
}

/**
 * Markup pieces (tags, character references, stray "<" and "&") beyond which a page is no article:
 * the DOM gets one node per piece, so 1,000,000 `&amp;` (5 MB) took 24 s and 1.2 GB to parse.
 * A 10 MB news page has a few tens of thousands.
 */
export const MAX_HTML_PIECES = 250_000;

/** How many places the HTML tokenizer splits text at: every "<" and "&" (one linear scan). */
export function markupPieces(raw: string): number {
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x3c || c === 0x26) n++;
  }
  return n;
}

export function readHtml(origin: string, raw: string): IngestResult {
  // A file named .html that holds no markup at all is read as the plain text it is.
  if (!/<[a-zA-Z!/?]/.test(raw)) return readText(origin, raw);
  const pieces = markupPieces(raw);
  if (pieces > MAX_HTML_PIECES) return { articles: [], errors: [inputError(origin, "malformed-html", `has ${pieces} tags and character references (more than ${MAX_HTML_PIECES}): not an article page`)] };
  const depth = nestingDepth(raw);
  if (depth > MAX_HTML_DEPTH) return { articles: [], errors: [inputError(origin, "malformed-html", `nests elements ${depth} deep (more than ${MAX_HTML_DEPTH}): not an article page`)] };
  let doc: Document;
  try {
    doc = linkedom().parseHTML(raw).document;
  } catch (err) {
    return { articles: [], errors: [inputError(origin, "malformed-html", `could not be parsed as HTML: ${err instanceof Error ? err.message : String(err)}`)] };
  }
  if (!doc.documentElement) return readText(origin, raw);
  const meta = htmlMetadata(doc);
  const main = mainText(raw, doc);
  if (main.text === "") return { articles: [], errors: [inputError(origin, "no-text", "has no readable text")] };
  const built = buildArticle({
    origin,
    format: "html",
    body: dropTitleLine(main.text, meta.title),
    title: meta.title,
    outlet: meta.outlet ?? main.siteName,
    url: resolveUrl(meta.url, origin),
    published: meta.published,
    byline: meta.byline ?? main.byline,
  });
  return isInputError(built) ? { articles: [], errors: [built] } : { articles: [built], errors: [] };
}
