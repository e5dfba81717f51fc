/**
 * @module Markdown reader: YAML front matter (title, outlet/source/site, url/link, published/date,
 * author/byline) and a body kept as text with markup reduced: emphasis markers, link and image
 * syntax, heading markers, rules and code fences removed; lists and tables kept as lines.
 */
import type { IngestResult } from "../types.ts";
import { normalizeText } from "../text/normalize.ts";
import { buildArticle, isInputError } from "./article.ts";
import { inputError } from "./detect.ts";
import { STAR, stripEmphasisForm, TILDE, UNDERSCORE } from "./markdown-emphasis.ts";
import { yaml as yamlParser } from "./lazy.ts";

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** Split YAML front matter from the body. `data` is null when there is none. */
export function splitFrontMatter(text: string): { yaml: string | null; body: string } {
  const m = FRONT_MATTER.exec(text.replace(/^\uFEFF/, ""));
  if (!m) return { yaml: null, body: text };
  return { yaml: m[1] ?? "", body: text.replace(/^\uFEFF/, "").slice(m[0].length) };
}

/**
 * Emphasis markers removed, their text kept. An emphasized span is at most 1,000 characters:
 * an unbounded lazy match made a long line of stray asterisks quadratic (150 KB took 17 s), and
 * each form is found in one linear pass (markdown-emphasis.ts), not by a regex that tried 1,000
 * lengths at every stray marker (a 1 MB line of ` *x` took seconds to minutes).
 */
function stripEmphasis(line: string): string {
  let out = line;
  for (let i = 0; i < 3; i++) {
    const next = stripEmphasisForm(stripEmphasisForm(stripEmphasisForm(out, STAR), UNDERSCORE), TILDE);
    if (next === out) break;
    out = next;
  }
  return out;
}

/**
 * Link and image syntax removed, code spans unwrapped. Each part is bounded (link text 1,000
 * characters, a URL or title 2,048): unbounded, a line of 60,000 `[a](` took 24 s, since every
 * "[" scanned to the end of the line for its ")".
 */
function stripInline(line: string): string {
  return stripEmphasis(
    line
      .replace(/!\[[^\]]{0,1000}\]\([^)]{0,2048}\)/g, "") // images
      .replace(/!\[[^\]]{0,1000}\]\[[^\]]{0,1000}\]/g, "")
      .replace(/\[([^\]]{1,1000})\]\((?:[^()\s]|\([^)]{0,2048}\)){0,2048}(?:\s+"[^"]{0,2048}")?\)/g, "$1") // [text](url "title")
      .replace(/\[([^\]]{1,1000})\]\[[^\]]{0,1000}\]/g, "$1") // [text][ref]
      .replace(/<((?:https?|mailto):[^>\s]{1,2048})>/g, "$1") // autolinks
      .replace(/`([^`]{1,2048})`/g, "$1"),
  );
}

/** Reduce markdown markup to plain text lines. */
export function markdownToText(md: string): string {
  const lines = normalizeText(md).split("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const next = lines[i + 1] ?? "";
    if (/^\s{0,3}(?:`{3,}|~{3,})/.test(line)) continue; // code fence markers
    if (/^\s{0,3}\[[^\]]+\]:\s*\S+/.test(line)) continue; // link reference definitions
    if (/^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}|=+)\s*$/.test(line)) continue; // rules, setext underlines
    const heading = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
    if (heading) {
      pushBlock(out, stripInline(heading[1] ?? ""));
      continue;
    }
    if (line.trim() !== "" && /^\s{0,3}(?:=+|-+)\s*$/.test(next) && !/^\s*[-*+]\s/.test(line)) {
      pushBlock(out, stripInline(line.trim())); // setext heading
      continue;
    }
    const unquoted = line.replace(/^\s{0,3}(?:>\s?)+/, "");
    out.push(stripInline(unquoted.replace(/^(\s*)[*+](\s+)/, "$1-$2")));
  }
  return normalizeText(out.join("\n"));
}

/** A heading becomes its own paragraph: blank lines around it. */
function pushBlock(out: string[], text: string): void {
  if (out.length > 0 && out[out.length - 1] !== "") out.push("");
  out.push(text, "");
}

export type Meta = Record<string, unknown>;

export function pick(meta: Meta, keys: readonly string[]): unknown {
  for (const k of keys) {
    const v = meta[k];
    if (v !== undefined && v !== null && v !== "") return v;
  }
  return null;
}

/** A name out of a string, an object with `name`, or a list of them. */
export function nameOf(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => n !== null && n.trim() !== "");
    return names.length > 0 ? names.join(", ") : null;
  }
  if (value && typeof value === "object" && "name" in value) return nameOf(value.name);
  return null;
}

/** The article fields front matter gives (keys as Markdown and Jekyll/Hugo users write them). */
export function metaFields(meta: Meta): { outlet: string | null; url: string | null; published: unknown; byline: string | null; country: string | null; language: string | null } {
  return {
    outlet: nameOf(pick(meta, ["outlet", "source", "site", "publisher", "site_name"])),
    url: pick(meta, ["url", "link", "canonical"]) as string | null,
    published: pick(meta, ["published", "date", "publishedAt", "published_at", "pubDate"]),
    byline: nameOf(pick(meta, ["author", "byline", "authors"])),
    country: nameOf(pick(meta, ["country"])),
    language: nameOf(pick(meta, ["language", "lang"])),
  };
}

/** Parse a front matter block's YAML into fields, or say why it is not valid YAML. */
export function parseFrontMatter(yaml: string | null): { meta: Meta } | { error: string } {
  if (yaml === null || yaml.trim() === "") return { meta: {} };
  const { parse: parseYaml, YAMLParseError } = yamlParser();
  try {
    // Unknown tags ("!!js/function") are left as plain values, silently: no warning on stderr.
    const parsed: unknown = parseYaml(yaml, { logLevel: "error" });
    return { meta: parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Meta) : {} };
  } catch (err) {
    const where = err instanceof YAMLParseError && err.linePos ? ` at line ${err.linePos[0].line + 1} column ${err.linePos[0].col}` : "";
    // The parser's first line, without its own "at line L, column C:" (given above) and excerpt.
    const reason = (err instanceof Error ? (err.message.split("\n")[0] ?? "") : String(err)).replace(/\s*at line \d+, column \d+:?\s*$/, "");
    return { error: `front matter is not valid YAML${where}: ${reason}` };
  }
}

/** Read a markdown article. A leading "# H1" is the title when the front matter gives none. */
export function readMarkdown(origin: string, raw: string): IngestResult {
  const { yaml, body } = splitFrontMatter(raw);
  const front = parseFrontMatter(yaml);
  if ("error" in front) return { articles: [], errors: [inputError(origin, "malformed-front-matter", front.error)] };
  const meta = front.meta;
  let title = nameOf(pick(meta, ["title", "headline"]));
  let text = body;
  if (title === null) {
    const h1 = /^\s*#\s+(.+?)(?:\s+#+)?\s*(?:\n|$)/.exec(normalizeText(body));
    if (h1) {
      title = stripInline(h1[1] ?? "");
      text = normalizeText(body).slice(h1[0].length);
    }
  }
  const built = buildArticle({ ...metaFields(meta), origin, format: "md", body: markdownToText(text), title });
  return isInputError(built) ? { articles: [], errors: [built] } : { articles: [built], errors: [] };
}
