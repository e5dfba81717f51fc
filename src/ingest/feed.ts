/**
 * @module RSS 2.0, RSS 1.0 (RDF) and Atom reader (fast-xml-parser): each item or entry becomes an
 * article ("feed.xml#N"), its outlet the channel or feed title (else the host of its link), its
 * text the richest of content:encoded / content / description / summary, HTML converted to text.
 */
import type { XMLParser } from "fast-xml-parser";
import type { Article, InputError, IngestResult } from "../types.ts";
import { buildArticle, isInputError } from "./article.ts";
import { inputError } from "./detect.ts";
import { htmlFragmentToText } from "./html-text.ts";
import { fastXmlParser } from "./lazy.ts";

type Node = Record<string, unknown>;

let xmlParser: XMLParser | undefined;
const parser = (): XMLParser => (xmlParser ??= new (fastXmlParser().XMLParser)({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  textNodeName: "#text",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => name === "item" || name === "entry" || name === "link",
}));

/** The text of an element that may carry attributes, repeat, or hold nothing. */
function textOf(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) {
    for (const v of value) {
      const t = textOf(v);
      if (t) return t;
    }
    return null;
  }
  if (typeof value === "object") {
    const o = value as Node;
    return textOf(o["#text"] ?? o["name"] ?? o["@_href"] ?? null);
  }
  return null;
}

function firstText(node: Node, keys: readonly string[]): string | null {
  for (const k of keys) {
    const t = textOf(node[k]);
    if (t && t.trim() !== "") return t;
  }
  return null;
}

/** The article link of an RSS item (text) or Atom entry (rel="alternate" or no rel). */
function linkOf(node: Node): string | null {
  const links = Array.isArray(node["link"]) ? (node["link"] as unknown[]) : [];
  for (const l of links) {
    if (typeof l === "string" && l.trim() !== "") return l.trim();
    if (l && typeof l === "object") {
      const o = l as Node;
      const rel = typeof o["@_rel"] === "string" ? o["@_rel"] : "alternate";
      if (rel === "alternate" && typeof o["@_href"] === "string") return o["@_href"];
      if (typeof o["#text"] === "string" && o["#text"].trim() !== "") return o["#text"].trim();
    }
  }
  const guid = node["guid"];
  const permalink = guid && typeof guid === "object" ? (guid as Node)["@_isPermaLink"] !== "false" : typeof guid === "string";
  return permalink ? textOf(guid) : null;
}

function asNodes(value: unknown): Node[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.filter((v): v is Node => v !== null && typeof v === "object");
}

function itemToArticle(item: Node, origin: string, source: string, outlet: string | null, format: "rss" | "atom"): Article | InputError {
  const body = firstText(item, ["content:encoded", "content", "description", "summary", "media:description"]);
  const text = body ? htmlFragmentToText(body) : "";
  if (text === "") return inputError(origin, "no-text", "feed item has no content, description or summary");
  const title = firstText(item, ["title"]);
  return buildArticle({
    origin,
    source,
    format,
    body: text,
    title: title ? htmlFragmentToText(title) : null,
    outlet,
    url: linkOf(item),
    published: firstText(item, ["pubDate", "published", "dc:date", "updated", "date"]),
    byline: firstText(item, ["dc:creator", "author", "creator"]),
  });
}

/** The validator's message, with its list of unclosed tags ("Invalid '[ "rss", "item" ]' found.") made readable. */
function xmlMessage(msg: string): string {
  const unclosed = /^Invalid '\[([^\]]*)\]' found\.?$/s.exec(msg.trim());
  if (!unclosed) return msg;
  const tags = [...(unclosed[1] ?? "").matchAll(/"([^"]+)"/g)].map((m) => `<${m[1]}>`);
  return tags.length > 0 ? `unclosed ${tags.length === 1 ? "tag" : "tags"} ${tags.join(", ")} (the document ends early)` : msg;
}

/** Read an RSS or Atom document. */
/** Items read from one feed; the rest are reported as skipped (a feed is a window on recent news, not an archive). */
export const MAX_FEED_ITEMS = 10_000;

export function readFeed(origin: string, raw: string): IngestResult {
  const valid = fastXmlParser().XMLValidator.validate(raw);
  if (valid !== true) {
    return { articles: [], errors: [inputError(origin, "malformed-feed", `malformed XML at line ${valid.err.line} column ${valid.err.col}: ${xmlMessage(valid.err.msg)}`)] };
  }
  let doc: Node;
  try {
    doc = parser().parse(raw) as Node;
  } catch (err) {
    return { articles: [], errors: [inputError(origin, "malformed-feed", `malformed XML: ${err instanceof Error ? err.message : String(err)}`)] };
  }
  let items: Node[];
  let outlet: string | null;
  let format: "rss" | "atom";
  const rss = asNodes(doc["rss"])[0];
  const rdf = asNodes(doc["rdf:RDF"])[0];
  const atom = asNodes(doc["feed"])[0];
  if (rss) {
    const channel = asNodes(rss["channel"])[0] ?? {};
    [items, outlet, format] = [asNodes(channel["item"]), firstText(channel, ["title"]), "rss"];
  } else if (rdf) {
    const channel = asNodes(rdf["channel"])[0] ?? {};
    [items, outlet, format] = [asNodes(rdf["item"]), firstText(channel, ["title"]), "rss"];
  } else if (atom) {
    [items, outlet, format] = [asNodes(atom["entry"]), firstText(atom, ["title"]), "atom"];
  } else {
    return { articles: [], errors: [inputError(origin, "malformed-feed", "is XML but neither an RSS <rss>/<rdf:RDF> nor an Atom <feed> document")] };
  }
  if (items.length === 0) return { articles: [], errors: [inputError(origin, "empty", "feed has no items")] };
  const articles: Article[] = [];
  const errors: InputError[] = [];
  if (items.length > MAX_FEED_ITEMS) {
    errors.push(inputError(origin, "too-large", `feed has ${items.length} items; read the first ${MAX_FEED_ITEMS}, skipped ${items.length - MAX_FEED_ITEMS}`));
    items = items.slice(0, MAX_FEED_ITEMS);
  }
  items.forEach((item, i) => {
    const built = itemToArticle(item, `${origin}#${i + 1}`, origin, outlet ? htmlFragmentToText(outlet) : null, format);
    if (isInputError(built)) errors.push(built);
    else articles.push(built);
  });
  return { articles, errors };
}
