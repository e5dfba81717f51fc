/**
 * @module Which reader handles an input: from the file extension, the HTTP content type, or
 * (when neither decides) a sniff of the decoded content.
 */
import type { InputFormat } from "../types.ts";

const EXTENSIONS: Readonly<Record<string, InputFormat>> = {
  txt: "txt",
  text: "txt",
  md: "md",
  markdown: "md",
  html: "html",
  htm: "html",
  xhtml: "html",
  json: "json",
  jsonl: "jsonl",
  ndjson: "jsonl",
  xml: "rss",
  rss: "rss",
  atom: "atom",
};

/** The lower-cased extension of a path or URL (query and fragment ignored), or "" when none. */
export function extensionOf(origin: string): string {
  let path = origin;
  if (/^https?:\/\//i.test(origin)) {
    try {
      path = new URL(origin).pathname;
    } catch {
      return "";
    }
  }
  const base = path.split(/[\\/]/).pop() ?? "";
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}

/** The format an extension names, or null for an unknown one. */
export function formatFromExtension(ext: string): InputFormat | null {
  return EXTENSIONS[ext] ?? null;
}

export function isKnownExtension(ext: string): boolean {
  return ext in EXTENSIONS;
}

/** The format a content type names, or null when it does not decide (e.g. generic XML). */
export function formatFromContentType(contentType: string): InputFormat | null {
  const mime = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  switch (mime) {
    case "text/html":
    case "application/xhtml+xml":
      return "html";
    case "text/plain":
      return "txt";
    case "text/markdown":
    case "text/x-markdown":
      return "md";
    case "application/json":
    case "application/ld+json":
      return "json";
    case "application/x-ndjson":
    case "application/jsonl":
    case "application/jsonlines":
    case "application/x-jsonlines":
      return "jsonl";
    case "application/rss+xml":
    case "application/rdf+xml":
      return "rss";
    case "application/atom+xml":
      return "atom";
    default:
      return null;
  }
}

/** Whether a content type is one the fetcher accepts at all. */
export function isAcceptedContentType(contentType: string): boolean {
  const mime = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  return formatFromContentType(mime) !== null || mime === "text/xml" || mime === "application/xml";
}

/** Guess the format from decoded content. */
export function sniffFormat(text: string): InputFormat {
  const head = text.replace(/^\uFEFF/, "").trimStart().slice(0, 2048);
  if (head.startsWith("<")) {
    const lower = head.toLowerCase();
    if (/<rss[\s>]|<rdf:rdf[\s>]/.test(lower)) return "rss";
    if (/<feed[\s>]/.test(lower)) return "atom";
    return "html";
  }
  if (head.startsWith("[")) return "json";
  if (head.startsWith("{")) {
    const lines = text.split("\n").filter((l) => l.trim() !== "");
    if (lines.length > 1 && lines.every((l) => l.trimStart().startsWith("{") && l.trimEnd().endsWith("}"))) return "jsonl";
    return "json";
  }
  if (/^---\r?\n/.test(head)) return "md";
  return "txt";
}

/** Refine "rss" (any XML) into "atom" when the root element is an Atom feed. */
export function refineXmlFormat(text: string): InputFormat {
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<feed[\s>]/i.test(text) ? "atom" : "rss";
}
