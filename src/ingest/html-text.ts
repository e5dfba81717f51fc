/**
 * @module Text with block structure out of an HTML tree: each paragraph, heading, list item,
 * blockquote and table row becomes its own line, blocks are separated by blank lines (list items
 * and table rows of one list or table by single newlines), inline whitespace collapses as a
 * browser would. Scripts, styles and other non-content elements are skipped, never executed.
 */
import { linkedom } from "./lazy.ts";
import { normalizeText } from "../text/normalize.ts";

const SKIP = new Set([
  "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
  "head", "title", "meta", "link", "button", "select", "option", "textarea", "input", "form", "dialog",
]);
const BLOCK = new Set([
  "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "address", "figure",
  "figcaption", "blockquote", "pre", "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot",
  "caption", "hr", "center", "details", "summary", "body", "html", "h1", "h2", "h3", "h4", "h5", "h6",
]);

type LineKind = "block" | "item" | "row";

interface Line {
  readonly text: string;
  readonly kind: LineKind;
}

class Collector {
  readonly lines: Line[] = [];
  private buffer = "";

  append(text: string): void {
    this.buffer += text;
  }

  flush(kind: LineKind = "block", prefix = ""): void {
    const text = this.buffer.replace(/\s+/g, " ").trim();
    this.buffer = "";
    if (text !== "") this.lines.push({ text: prefix + text, kind });
  }

  /** Flush preformatted text keeping its line breaks. */
  flushPre(): void {
    const text = this.buffer.replace(/^\n+|\s+$/g, "");
    this.buffer = "";
    if (text.trim() !== "") this.lines.push({ text, kind: "block" });
  }
}

const nameOf = (node: Node): string => (node as Element).localName?.toLowerCase() ?? "";

function cellText(cell: Node): string {
  const c = new Collector();
  walk(cell, c, false);
  c.flush();
  return c.lines.map((l) => l.text.replace(/^- /, "")).join(" ").replace(/\|/g, "/");
}

function walk(node: Node, out: Collector, pre: boolean): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      out.append(child.nodeValue ?? "");
      continue;
    }
    if (child.nodeType !== 1) continue;
    const tag = nameOf(child);
    if (SKIP.has(tag)) continue;
    if ((child as Element).hasAttribute("hidden")) continue;
    if (tag === "br") {
      if (pre) out.append("\n");
      else out.flush();
      continue;
    }
    if (tag === "li") {
      out.flush();
      const inner = new Collector();
      walk(child, inner, pre);
      inner.flush();
      inner.lines.forEach((l, i) => out.lines.push(i === 0 ? { text: `- ${l.text.replace(/^- /, "")}`, kind: "item" } : l.kind === "item" ? l : { text: `- ${l.text}`, kind: "item" }));
      continue;
    }
    if (tag === "tr") {
      out.flush();
      const cells = Array.from(child.childNodes).filter((c) => c.nodeType === 1 && ["td", "th"].includes(nameOf(c)));
      const texts = cells.map(cellText);
      if (texts.some((t) => t !== "")) out.lines.push({ text: `| ${texts.join(" | ")} |`, kind: "row" });
      continue;
    }
    if (tag === "pre") {
      out.flush();
      walk(child, out, true);
      out.flushPre();
      continue;
    }
    if (BLOCK.has(tag)) {
      out.flush();
      walk(child, out, pre);
      out.flush();
      continue;
    }
    walk(child, out, pre);
  }
}

/** Block-structured text of an element (or document body). */
export function nodeToText(root: Node): string {
  const out = new Collector();
  walk(root, out, false);
  out.flush();
  const parts: string[] = [];
  let previous: LineKind | null = null;
  for (const line of out.lines) {
    const sameList = previous !== null && previous === line.kind && line.kind !== "block";
    if (parts.length > 0) parts.push(sameList ? "\n" : "\n\n");
    parts.push(line.text);
    previous = line.kind;
  }
  return normalizeText(parts.join(""));
}

/** Whether a string contains HTML markup rather than plain text. */
export function looksLikeHtml(s: string): boolean {
  return hasTags(s) || ENTITY.test(s);
}

const ENTITY = /&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i;

function hasTags(s: string): boolean {
  return /<\/?(?:p|br|div|span|a|b|i|em|strong|ul|ol|li|h[1-6]|img|blockquote|table|tr|td|figure|section|article|html|body)\b[^>]*>/i.test(s);
}

/** Text of an HTML fragment (feed descriptions, JSON `content` fields); plain text passes through. */
export function htmlFragmentToText(fragment: string): string {
  if (!looksLikeHtml(fragment)) return normalizeText(fragment);
  // Text with entities but no tags keeps its own paragraph and line breaks.
  const markup = hasTags(fragment)
    ? fragment
    : normalizeText(fragment)
        .split(/\n{2,}/)
        .map((p) => `<p>${p.replace(/\n/g, "<br>")}</p>`)
        .join("");
  const { document } = linkedom().parseHTML(`<!DOCTYPE html><html><head></head><body>${markup}</body></html>`);
  return document.body ? nodeToText(document.body) : "";
}
