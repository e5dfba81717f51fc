/**
 * @module Turning input strings into bytes: "-" (stdin), http(s) URLs, files, directories
 * (recursive; dot-entries, node_modules and unknown extensions skipped) and glob patterns
 * (tinyglobby). Sizes are checked with stat before a file is read.
 */
import { readFile, readdir, realpath, stat } from "node:fs/promises";
import type { Stats } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";
import type { InputError } from "../types.ts";
import { DEFAULT_MAX_BYTES, inputError, tooLarge } from "./detect.ts";
import type { FetchOptions } from "./fetch.ts";
import { extensionOf, isKnownExtension } from "./format.ts";
import { SIDECAR_NAMES, Sidecars, type SourceMeta } from "./sidecar.ts";

/** An input's bytes; `found` when it came from a directory walk or glob rather than being named. */
export type Content = { readonly bytes: Uint8Array; readonly contentType?: string; readonly found?: boolean; readonly meta?: SourceMeta } | InputError;

/** Project housekeeping files a directory walk skips (they are read when named explicitly). */
const HOUSEKEEPING = /^(?:readme|license|licence|changelog|contributing|code_of_conduct|security|authors|notice)(?:\.[^.]+)?$/i;

export interface SourceOptions extends FetchOptions {
  readonly stdin?: NodeJS.ReadableStream;
}

/** Files read in parallel at most. */
const CONCURRENCY = 8;

/** Compare origins by path, then by record number ("x.json#2" before "x.json#10"). */
export function compareOrigins(a: string, b: string): number {
  const split = (o: string): [string, number] => {
    const m = /^(.*?)(?:[#:](\d+))?$/.exec(o);
    return [m?.[1] ?? o, m?.[2] === undefined ? 0 : Number(m[2])];
  };
  const [pa, na] = split(a);
  const [pb, nb] = split(b);
  if (pa !== pb) return pa < pb ? -1 : 1;
  return na - nb || (a < b ? -1 : a > b ? 1 : 0);
}

function errnoCode(err: unknown): string | undefined {
  return (err as { code?: string } | null)?.code;
}

async function readStdin(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Content> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
      size += buf.length;
      if (size > maxBytes) return tooLarge("-", size, maxBytes);
      chunks.push(buf);
    }
  } catch (err) {
    return inputError("-", "read-failed", `could not read standard input: ${err instanceof Error ? err.message : String(err)}`);
  }
  return { bytes: new Uint8Array(Buffer.concat(chunks)) };
}

async function readOneFile(path: string, explicit: boolean, maxBytes: number): Promise<Content> {
  const ext = extensionOf(path);
  if (explicit && ext !== "" && !isKnownExtension(ext)) {
    return inputError(path, "unsupported", `unsupported file type ".${ext}" (expected .txt, .md, .html, .json, .jsonl, .xml, .rss or .atom)`);
  }
  try {
    const info = await stat(path);
    // A FIFO, socket or device would block the read or never end: only regular files are read.
    if (!info.isFile()) return inputError(path, "unsupported", `is not a regular file (a ${kindOf(info)}); give a file, a folder or - for standard input`);
    if (info.size > maxBytes) return tooLarge(path, info.size, maxBytes);
    return { bytes: new Uint8Array(await readFile(path)), found: !explicit };
  } catch (err) {
    const code = errnoCode(err);
    if (code === "ENOENT") return inputError(path, "not-found", "no such file");
    return inputError(path, "read-failed", `could not be read: ${code ?? (err instanceof Error ? err.message : String(err))}`);
  }
}

/**
 * Files under a directory with known extensions, skipping dot-entries and node_modules. A link is
 * followed only to a target inside the folder given (`root`); a link out of it, and a sub-folder
 * that cannot be read, are each one error in `errors`, and their siblings are still read.
 */
async function walkDirectory(dir: string, seen: Set<string>, root: string, errors: InputError[]): Promise<string[]> {
  const real = await realpath(dir);
  if (seen.has(real)) return [];
  seen.add(real);
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith(".") || entry.name === "node_modules" || HOUSEKEEPING.test(entry.name) || (SIDECAR_NAMES as readonly string[]).includes(entry.name.toLowerCase())) continue;
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await realpath(path).catch(() => null);
      if (target !== null && !isInside(target, root)) {
        errors.push(inputError(path, "refused", `is a link to ${target}, outside the folder ${root}: not followed (give the target itself to read it)`));
        continue;
      }
      const info = target === null ? null : await stat(target).catch(() => null);
      isDir = info?.isDirectory() ?? false;
      isFile = info?.isFile() ?? false;
    }
    if (isDir) {
      try {
        files.push(...(await walkDirectory(path, seen, root, errors)));
      } catch (err) {
        errors.push(inputError(path, "read-failed", `directory could not be read: ${errnoCode(err) ?? String(err)}`));
      }
    } else if (isFile && isKnownExtension(extensionOf(path))) files.push(path);
  }
  return files;
}

function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

interface FileJob {
  readonly path: string;
  readonly explicit: boolean;
  /** The folder given as input (sidecars are looked for up to it), else the file's own folder. */
  readonly root: string;
  /** Found by reading a whole folder (`root`). */
  readonly folder?: boolean;
}

/**
 * Whether a glob match stays clear of dot-entries and node_modules below the pattern's static
 * prefix (tinyglobby's own ignore option does not apply to absolute patterns).
 */
function isVisibleMatch(pattern: string, path: string): boolean {
  const patternParts = pattern.replace(/^(?:\.[\\/])+/, "").split(/[\\/]/);
  const firstDynamic = patternParts.findIndex((part) => isDynamicPattern(part));
  const staticDepth = firstDynamic < 0 ? patternParts.length : firstDynamic;
  const parts = path.split(/[\\/]/);
  return parts.slice(staticDepth).every((part) => part === "." || part === ".." || (!part.startsWith(".") && part !== "node_modules"));
}
function kindOf(info: Stats): string {
  if (info.isFIFO()) return "named pipe";
  if (info.isSocket()) return "socket";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "device";
  return "special file";
}

/** Expand one input into file jobs, or an error; errors of single entries of a folder go to `errors`. */
async function expand(input: string, seenDirs: Set<string>, errors: InputError[]): Promise<FileJob[] | InputError> {
  let info: Stats | null;
  try {
    info = await stat(input);
  } catch {
    info = null;
  }
  if (info?.isDirectory()) {
    try {
      return (await walkDirectory(input, seenDirs, await realpath(input), errors)).map((path) => ({ path, explicit: false, root: input, folder: true }));
    } catch (err) {
      return inputError(input, "read-failed", `directory could not be read: ${errnoCode(err) ?? String(err)}`);
    }
  }
  if (info) return [{ path: input, explicit: true, root: dirname(input) }];
  if (isDynamicPattern(input)) {
    const matches = (await glob(input, { onlyFiles: true, dot: false, expandDirectories: false, absolute: isAbsolute(input) })).filter((path) =>
      isVisibleMatch(input, path),
    );
    if (matches.length === 0) return inputError(input, "not-found", "no files match this pattern");
    const known = matches.filter((path) => isKnownExtension(extensionOf(path))).sort();
    if (known.length === 0) return inputError(input, "unsupported", `${matches.length} file(s) match but none has a supported extension`);
    return known.map((path) => ({ path, explicit: false, root: dirname(path) }));
  }
  return inputError(input, "not-found", "no such file or directory");
}

/** Run tasks with bounded parallelism. */
async function pool<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await task(item);
    }
  });
  await Promise.all(workers);
}

/** Read every input, handing each origin's bytes (or error) to `sink`. */
export async function readInputs(inputs: readonly string[], options: SourceOptions, sink: (origin: string, content: Content) => void): Promise<void> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const jobs: FileJob[] = [];
  const seenFiles = new Set<string>();
  const seenDirs = new Set<string>();
  const urls: string[] = [];
  let stdin = false;
  for (const input of inputs) {
    if (input === "-") stdin = true;
    else if (/^https?:\/\//i.test(input)) urls.push(input);
    else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) sink(input, inputError(input, "unsupported", "only http and https URLs are supported"));
    else {
      const entryErrors: InputError[] = [];
      const expanded = await expand(input, seenDirs, entryErrors);
      for (const e of entryErrors) sink(e.origin, e);
      if (!Array.isArray(expanded)) {
        sink(input, expanded);
        continue;
      }
      for (const job of expanded) {
        const key = resolve(job.path);
        if (seenFiles.has(key)) continue;
        seenFiles.add(key);
        jobs.push(job);
      }
    }
  }
  if (stdin) sink("-", await readStdin(options.stdin ?? process.stdin, maxBytes));
  // The fetcher (undici) loads only for a batch that names URLs.
  if (urls.length > 0) {
    const { fetchUrl } = await import("./fetch.ts");
    await pool([...new Set(urls)], CONCURRENCY, async (url) => {
      const fetched = await fetchUrl(url, options);
      sink(url, "code" in fetched ? fetched : { bytes: fetched.bytes, contentType: fetched.contentType });
    });
  }
  // A sources.csv or sources.json in a folder says who published its files (sidecar.ts).
  const sidecars = new Sidecars();
  await pool(jobs, CONCURRENCY, async (job) => {
    const content = await readOneFile(job.path, job.explicit, maxBytes);
    const meta = "code" in content ? null : await sidecars.metaFor(job.path, job.root);
    sink(job.path, meta && !("code" in content) ? { ...content, meta } : content);
  });
  for (const e of sidecars.errors()) sink(e.origin, e);
  // Rows naming no file read are reported for folders read whole, where every file was seen.
  const walked = [...new Set(jobs.filter((j) => j.folder).map((j) => j.root))];
  for (const e of await sidecars.unusedRows(walked)) sink(e.origin, e);
}
