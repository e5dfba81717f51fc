/**
 * @module Sidecars: a `sources.csv` or `sources.json` in an input folder says who published its
 * files (columns file, outlet, url, published, country, language). `file` is the path from the
 * sidecar's folder ("a.txt", "wire/b.html"); a file takes the row of the nearest sidecar above it
 * that names it, and the row's fields win over what the file itself says. Read once per folder.
 */
import { readFile, stat } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, sep } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import type { Article, InputError } from "../types.ts";
import { articleId } from "../text/normalize.ts";
import { cleanLine, cleanUrl, hostOf, languageCode, normalizeDate } from "./article.ts";
import { inputError } from "./detect.ts";

export const SIDECAR_NAMES = ["sources.csv", "sources.json"] as const;

/** Largest sources list read (about 10,000 rows). */
const MAX_SIDECAR_BYTES = 2 * 1024 * 1024;

/** What a sidecar row says of one file (null: the row leaves it to the file). */
export interface SourceMeta {
  readonly outlet: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly country: string | null;
  readonly language: string | null;
}

interface Sidecar {
  readonly path: string;
  readonly rows: ReadonlyMap<string, SourceMeta>;
  readonly used: Set<string>;
}

const FIELDS = ["outlet", "url", "published", "country", "language"] as const;

/** "./wire\\b.html" → "wire/b.html". */
function fileKey(file: string): string {
  return file.trim().replace(/\\/g, "/").replace(/^(?:\.\/)+/, "");
}

function metaOf(row: Readonly<Record<string, unknown>>): SourceMeta {
  return {
    outlet: cleanLine(row["outlet"]),
    url: cleanUrl(row["url"]),
    published: normalizeDate(row["published"] ?? null),
    country: cleanLine(row["country"]),
    language: languageCode(row["language"]),
  };
}

/** The rows of a sidecar's text, or why it cannot be read. */
export function parseSidecar(path: string, text: string): Map<string, SourceMeta> | InputError {
  let records: unknown;
  try {
    if (path.endsWith(".json")) {
      const data: unknown = JSON.parse(text);
      // An array of rows, or an object from file to its fields.
      records = Array.isArray(data) ? data : data && typeof data === "object" ? Object.entries(data).map(([file, v]) => ({ ...(v as object), file })) : null;
    } else {
      records = parseCsv(text.replace(/^\uFEFF/, ""), { columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), skip_empty_lines: true, trim: true, relax_column_count: true });
    }
  } catch (err) {
    return inputError(path, "malformed-sources", `could not be read as a sources list: ${(err as Error).message.split("\n")[0] ?? ""}`);
  }
  if (!Array.isArray(records)) return inputError(path, "malformed-sources", "is not a list of sources: expected rows with a file column and any of outlet, url, published, country, language");
  const rows = new Map<string, SourceMeta>();
  for (const [i, r] of records.entries()) {
    const row = (r && typeof r === "object" ? r : {}) as Record<string, unknown>;
    const file = typeof row["file"] === "string" ? fileKey(row["file"]) : "";
    if (file === "") return inputError(path, "malformed-sources", `row ${i + 1} names no file: every row needs a file column ("a.txt", "wire/b.html")`);
    if (!FIELDS.some((f) => row[f] !== undefined && row[f] !== "")) continue;
    rows.set(file, metaOf(row));
  }
  return rows;
}

/** Sidecars of the folders read, loaded on first use; `metaFor` finds a file's row. */
export class Sidecars {
  readonly #byDir = new Map<string, Promise<Sidecar[]>>();
  readonly #errors: InputError[] = [];

  /** The row for `file` from the nearest sidecar at or above its folder, up to `root`. */
  async metaFor(file: string, root: string): Promise<SourceMeta | null> {
    for (let dir = dirname(file); ; dir = dirname(dir)) {
      for (const car of await this.#load(dir)) {
        const key = relative(dir, file).split(sep).join("/");
        const meta = car.rows.get(key);
        if (meta) {
          car.used.add(key);
          return meta;
        }
      }
      const rel = relative(root, dir);
      if (rel === "" || rel.startsWith("..") || dirname(dir) === dir) return null;
    }
  }

  /** Sidecars that could not be read, and rows that name no file that was read. */
  errors(): InputError[] {
    return [...this.#errors];
  }

  /** Rows of the sidecars loaded in the folders `roots` (read whole) that matched no file read: likely a typo in `file`. */
  async unusedRows(roots: readonly string[]): Promise<InputError[]> {
    const out: InputError[] = [];
    const inside = (dir: string): boolean => roots.some((r) => {
      const rel = relative(r, dir);
      return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
    });
    for (const [dir, cars] of this.#byDir)
      if (inside(dir))
        for (const car of await cars)
        for (const file of car.rows.keys())
          if (!car.used.has(file)) out.push(inputError(car.path, "not-found", `names "${file}", which is not among the files read from its folder (check the file column)`));
    return out;
  }

  #load(dir: string): Promise<Sidecar[]> {
    let p = this.#byDir.get(dir);
    if (!p) {
      p = (async () => {
        const cars: Sidecar[] = [];
        for (const name of SIDECAR_NAMES) {
          const path = join(dir, name);
          // Only a regular file is read (a FIFO would block), and only a list-sized one.
          const info = await stat(path).catch(() => null);
          if (info === null) continue;
          if (!info.isFile() || info.size > MAX_SIDECAR_BYTES) {
            this.#errors.push(inputError(path, "malformed-sources", info.isFile() ? `is ${info.size} bytes; a sources list may hold at most ${MAX_SIDECAR_BYTES} bytes` : "is not a regular file"));
            continue;
          }
          const text = await readFile(path, "utf8").catch(() => null);
          if (text === null) continue;
          const rows = parseSidecar(path, text);
          if ("code" in rows) this.#errors.push(rows);
          else cars.push({ path, rows, used: new Set() });
        }
        return cars;
      })();
      this.#byDir.set(dir, p);
    }
    return p;
  }
}

/** An article with a sidecar row's fields over its own; a new outlet gives a new id. */
export function withSourceMeta(a: Article, meta: SourceMeta): Article {
  // A URL names the outlet by its host when nothing else did.
  const outlet = meta.outlet ?? (a.outletKnown === false && meta.url ? (hostOf(meta.url) ?? a.outlet) : a.outlet);
  return {
    ...a,
    id: outlet === a.outlet ? a.id : articleId({ outlet, title: a.title, text: a.text }),
    outlet,
    outletKnown: meta.outlet !== null || a.outletKnown !== false || meta.url !== null,
    url: meta.url ?? a.url,
    published: meta.published ?? a.published,
    ...(meta.country ? { country: meta.country } : {}),
    language: meta.language ?? a.language,
  };
}
