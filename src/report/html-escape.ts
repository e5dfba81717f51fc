/**
 * @module HTML escaping for every renderer: one `escapeHtml` for text and attribute values
 * (quotes included, so the same function is safe in both places), and `safeHref` for links
 * built from data (only http(s) and site-relative URLs survive).
 */

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "`": "&#96;",
};

/** Escapes text for use in HTML content and in quoted attribute values. */
export function escapeHtml(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  return String(value).replace(/[&<>"'`]/g, (c) => ENTITIES[c] ?? c);
}

/** `name="value"` with the value escaped; an empty string when the value is null/undefined. */
export function attr(name: string, value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  return ` ${name}="${escapeHtml(value)}"`;
}

/**
 * A link target safe to put in href: absolute http(s) URLs, site-relative paths ("/x") and
 * in-page anchors ("#x"); anything else (javascript:, data:, protocol-relative) gives null.
 */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  const u = url.trim();
  if (u.startsWith("#")) return u;
  if (u.startsWith("/") && !u.startsWith("//") && !u.startsWith("/\\")) return u;
  try {
    const parsed = new URL(u);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Escaped `<a>` when the target is safe, otherwise just the escaped label. */
export function link(href: string | null | undefined, label: string, options: { className?: string; title?: string; external?: boolean } = {}): string {
  const target = safeHref(href);
  if (target === null) return escapeHtml(label);
  const rel = options.external ? ' rel="noopener noreferrer nofollow"' : "";
  return `<a href="${escapeHtml(target)}"${attr("class", options.className)}${attr("title", options.title)}${rel}>${escapeHtml(label)}</a>`;
}

/** A DOM-id-safe token derived from any id (letters, digits, - and _ only). */
export function domId(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.codePointAt(0)?.toString(16) ?? ""}`)}`;
}
