/**
 * @module Plain-text reader. Metadata may open the file: YAML front matter between `---` lines, or
 * `Key: value` header lines (Outlet, URL, Published, Author, Title, Country, Language) ended by a
 * blank line. Then a first line that looks like a headline becomes the title and is removed from
 * the body; a first line that is a sentence stays in the body.
 */
import type { IngestResult } from "../types.ts";
import { normalizeText } from "../text/normalize.ts";
import { buildArticle, isInputError } from "./article.ts";
import { inputError } from "./detect.ts";
import { metaFields, nameOf, parseFrontMatter, pick, splitFrontMatter, type Meta } from "./markdown.ts";

const MAX_TITLE_CHARS = 160;
const MAX_TITLE_WORDS = 20;
const TERMINAL = /[.!?:;,…]["')\]]?$/u;
/** Words headline case leaves in lower case. */
const MINOR = new Set(
  "a an the and or but nor for so yet as at by in of off on onto out per to up via with from into over than upon amid vs v after before about like near".split(" "),
);

/** Share of a line's significant words (minor words aside) that start with a capital or digit. */
function capitalizedShare(words: readonly string[]): number {
  const significant = words.filter((w) => /\p{L}/u.test(w) && !MINOR.has(w.toLowerCase()));
  if (significant.length === 0) return 0;
  const caps = significant.filter((w) => /^["'([]?[\p{Lu}\p{N}]/u.test(w)).length;
  return caps / significant.length;
}

/**
 * Whether a line reads like a headline: at most ~20 words and 160 characters, no terminal
 * punctuation, starting with a capital, and either mostly capitalized words (headline case) or,
 * when `standalone` (followed by a blank line), at least three words of sentence case.
 */
export function looksLikeHeadline(line: string, options: { standalone?: boolean } = {}): boolean {
  const t = line.trim();
  if (t === "" || t.length > MAX_TITLE_CHARS || TERMINAL.test(t)) return false;
  if (/^(?:[-*•#>|]|\d+[.)]\s)/u.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > MAX_TITLE_WORDS) return false;
  if (!/^["'([]?[\p{Lu}\p{N}]/u.test(t)) return false;
  if (capitalizedShare(words) >= 0.7) return true;
  return options.standalone === true && words.length >= 3;
}

/** Split a normalized text into a headline title and the rest, when its first line is a headline. */
export function splitTitle(text: string): { title: string | null; body: string } {
  const nl = text.indexOf("\n");
  if (nl < 0) return { title: null, body: text };
  const first = text.slice(0, nl);
  const rest = text.slice(nl + 1);
  if (rest.trim() === "") return { title: null, body: text };
  const standalone = rest.startsWith("\n");
  return looksLikeHeadline(first, { standalone }) ? { title: first.trim(), body: rest } : { title: null, body: text };
}

/** Header keys a plain-text article may open with ("Outlet: The Daily Planet"), lower-cased, and the front matter key each stands for. */
const HEADER_KEYS: Readonly<Record<string, string>> = {
  outlet: "outlet", source: "outlet", publisher: "outlet", site: "outlet", publication: "outlet",
  url: "url", link: "url",
  published: "published", date: "published",
  author: "author", byline: "author", by: "author",
  title: "title", headline: "title",
  country: "country",
  language: "language", lang: "language",
};
const HEADER_LINE = /^([A-Za-z]+)[ \t]*:[ \t]*(\S.*)$/;

/**
 * A plain-text article's metadata: YAML front matter between `---` lines (as in Markdown), or a
 * header block: leading `Key: value` lines (Outlet, Source, URL, Published, Date, Author, Title,
 * Country, Language) ended by a blank line. A first paragraph with any other line is text.
 */
export function splitHeader(text: string): { meta: Meta; body: string } | { error: string } {
  const { yaml, body } = splitFrontMatter(text);
  if (yaml !== null) {
    const front = parseFrontMatter(yaml);
    return "error" in front ? front : { meta: front.meta, body };
  }
  const end = text.search(/\n[ \t]*\n/);
  const block = end < 0 ? null : text.slice(0, end);
  const lines = block?.split("\n") ?? [];
  const meta: Meta = {};
  for (const line of lines) {
    const m = HEADER_LINE.exec(line.trim());
    const key = m ? HEADER_KEYS[(m[1] ?? "").toLowerCase()] : undefined;
    if (!m || !key || key in meta) return { meta: {}, body: text };
    meta[key] = (m[2] ?? "").trim();
  }
  return lines.length > 0 && end >= 0 ? { meta, body: text.slice(end).replace(/^\s+/, "") } : { meta: {}, body: text };
}

/** Read a plain-text article. */
export function readText(origin: string, raw: string): IngestResult {
  const header = splitHeader(normalizeText(raw));
  if ("error" in header) return { articles: [], errors: [inputError(origin, "malformed-front-matter", header.error)] };
  const given = nameOf(pick(header.meta, ["title", "headline"]));
  const { title, body } = given === null ? splitTitle(header.body) : { title: given, body: header.body };
  const built = buildArticle({ ...metaFields(header.meta), origin, format: "txt", body, title });
  return isInputError(built) ? { articles: [], errors: [built] } : { articles: [built], errors: [] };
}
