/**
 * @module What `watch` follows, from its arguments: http(s) URLs (an RSS/Atom feed, a sitemap or
 * news sitemap, or a page; told apart by what comes back), local folders (their new and changed
 * files), local feed files (.xml, .rss, .atom), and list files (any other local file: one source
 * per line, `#` starts a comment). A bad argument is an InputError naming it, never a crash.
 */
import { readFile, stat } from "node:fs/promises";
import { dirname, isAbsolute, resolve } from "node:path";
import type { InputError } from "../types.ts";
import { inputError } from "../ingest/detect.ts";
import { extensionOf } from "../ingest/format.ts";

export type WatchSource =
  | { readonly kind: "url"; readonly url: string }
  | { readonly kind: "folder"; readonly path: string }
  | { readonly kind: "file"; readonly path: string };

/** The source's name as the user gave it, for messages and the watch state. */
export function sourceName(source: WatchSource): string {
  return source.kind === "url" ? source.url : source.path;
}

const FEED_EXTENSIONS = new Set(["xml", "rss", "atom"]);
/** A list file may name this many sources. */
export const MAX_LIST_SOURCES = 10_000;

function parseUrl(spec: string): WatchSource | InputError {
  let url: URL;
  try {
    url = new URL(spec);
  } catch {
    return inputError(spec, "refused", "is not a valid URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return inputError(spec, "refused", `only http and https URLs are watched, not ${url.protocol}`);
  url.hash = "";
  return { kind: "url", url: url.href };
}

async function local(spec: string, fromList: boolean): Promise<{ sources: WatchSource[]; errors: InputError[] }> {
  let info;
  try {
    info = await stat(spec);
  } catch (err) {
    const code = (err as { code?: string }).code;
    return { sources: [], errors: [inputError(spec, code === "ENOENT" ? "not-found" : "read-failed", code === "ENOENT" ? "no such file or folder" : `cannot be read: ${code ?? String(err)}`)] };
  }
  if (info.isDirectory()) return { sources: [{ kind: "folder", path: spec }], errors: [] };
  if (!info.isFile()) return { sources: [], errors: [inputError(spec, "unsupported", "is neither a file nor a folder")] };
  if (FEED_EXTENSIONS.has(extensionOf(spec))) return { sources: [{ kind: "file", path: spec }], errors: [] };
  if (fromList) return { sources: [], errors: [inputError(spec, "unsupported", "a list file may not name another list file; name feeds, URLs or folders")] };
  if (info.size > 2 * 1024 * 1024) return { sources: [], errors: [inputError(spec, "too-large", "is too large for a list of sources (at most 2 MB)")] };
  const text = await readFile(spec, "utf8").catch((err: unknown) => err);
  if (typeof text !== "string") return { sources: [], errors: [inputError(spec, "read-failed", `cannot be read: ${String(text)}`)] };
  const sources: WatchSource[] = [];
  const errors: InputError[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").replace(/#.*$/, "").trim();
    if (line === "") continue;
    if (sources.length >= MAX_LIST_SOURCES) {
      errors.push(inputError(spec, "too-large", `names more than ${MAX_LIST_SOURCES} sources; the rest are skipped`));
      break;
    }
    // Relative paths in a list file are relative to the list file's folder.
    const item = /^[a-z][a-z0-9+.-]*:\/\//i.test(line) || isAbsolute(line) ? line : resolve(dirname(spec), line);
    const found = await one(item, true);
    sources.push(...found.sources);
    errors.push(...found.errors.map((e) => ({ ...e, message: `${spec} line ${i + 1}: ${e.message}` })));
  }
  if (sources.length === 0 && errors.length === 0) errors.push(inputError(spec, "empty", "is a list file that names no source (one URL, folder or feed file per line)"));
  return { sources, errors };
}

function one(spec: string, fromList: boolean): Promise<{ sources: WatchSource[]; errors: InputError[] }> {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec)) {
    const parsed = parseUrl(spec);
    return Promise.resolve("code" in parsed ? { sources: [], errors: [parsed] } : { sources: [parsed], errors: [] });
  }
  return local(spec, fromList);
}

/** Resolves the arguments into sources (each once) and errors, one per bad argument or list line. */
export async function resolveSources(specs: readonly string[]): Promise<{ sources: WatchSource[]; errors: InputError[] }> {
  const sources: WatchSource[] = [];
  const errors: InputError[] = [];
  const seen = new Set<string>();
  for (const spec of specs) {
    const found = await one(spec, false);
    for (const s of found.sources) {
      const key = `${s.kind}:${sourceName(s)}`;
      if (!seen.has(key)) {
        seen.add(key);
        sources.push(s);
      }
    }
    errors.push(...found.errors);
  }
  return { sources, errors };
}

/** "10m", "30s", "2h", "1d" or a number of seconds → milliseconds; null when unreadable or under 1 s. */
export function parseInterval(value: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?$/i.exec(value.trim());
  if (!m) return null;
  const unit = (m[2] ?? "s").toLowerCase();
  const ms = Number(m[1]) * (({ ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as Record<string, number>)[unit] ?? 1000);
  return Number.isFinite(ms) && ms >= 1000 ? Math.round(ms) : null;
}
