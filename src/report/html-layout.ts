/**
 * @module The HTML document shell shared by the self-contained report and the server pages: doctype,
 * language, viewport, the inline stylesheet, a skip link to the content, and (for server pages) a
 * top bar with navigation and search. No external assets, no scripts.
 */
import { escapeHtml } from "./html-escape.ts";
import { CSS } from "./html-style.ts";

export interface DocumentOptions {
  /** Plain text; escaped here. */
  readonly title: string;
  /** Already-rendered, already-escaped HTML for <main>. */
  readonly body: string;
  /** "server": top bar with links and a search box; "standalone": none (a mailed file). */
  readonly chrome: "server" | "standalone";
  /** Prefilled search box value (server chrome). */
  readonly query?: string;
  /** Plain text footer line. */
  readonly footer?: string;
}

export function htmlDocument(options: DocumentOptions): string {
  const bar =
    options.chrome === "server"
      ? `<header class="topbar" role="banner"><a class="brand" href="/">Triangulate</a><nav aria-label="Main"><a href="/">Stories</a> <a href="/alerts">Alerts</a></nav>` +
        `<form action="/search" method="get" role="search"><label class="sr" for="q">Search articles and facts</label>` +
        `<input id="q" name="q" type="search" placeholder="Search articles and facts" value="${escapeHtml(options.query ?? "")}">` +
        `<button type="submit">Search</button></form></header>`
      : "";
  const footer = options.footer ? `<footer>${escapeHtml(options.footer)}</footer>` : "";
  return (
    `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<meta name="referrer" content="no-referrer">\n` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'">\n` +
    `<title>${escapeHtml(options.title)}</title>\n<style>${CSS}</style>\n</head>\n<body>\n<a class="skip" href="#main">Skip to content</a>\n${bar}\n` +
    `<main id="main">\n${options.body}\n${footer}\n</main>\n</body>\n</html>\n`
  );
}
