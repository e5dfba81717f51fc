/**
 * @module Reading and validating pack files: top-level packs/*.json next to the code plus any
 * extra pack files the user names. Invalid data throws a PackError naming the file, the JSON
 * path and what was expected; cross-pack checks catch duplicate ids and dangling references.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { z } from "zod";
import { PackError, TriangulateError } from "../errors.ts";
import { PackFileSchema, type PackFile } from "./schema.ts";
import { cachedPack, keepPack, packCacheDir, packCacheFile } from "./pack-cache.ts";

export interface LoadedPack {
  readonly file: string;
  readonly pack: PackFile;
  /** SHA-256 (hex) of the file's bytes, which keys the alias-index cache (alias-index-cache.ts). */
  readonly digest?: string;
}

/** The packs/ folder of this installation (works from src/ and from dist/src/). */
export function defaultPacksDir(): string {
  for (const rel of ["../../packs/", "../../../packs/"]) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(join(dir, "general.json"))) return dir;
  }
  throw new TriangulateError(
    "PACK_NOT_FOUND",
    `Knowledge packs not found: expected packs/general.json two or three folders above ${fileURLToPath(import.meta.url)}. Reinstall the package or pass packsDir.`,
  );
}

/** The *.json files directly inside `dir` (sub-folders are ignored), sorted by name. */
export function packFilesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith(".json"))
    .map((d) => join(dir, d.name))
    .sort();
}

/** Format a zod path as a JSON path: ["entities", 3, "type"] → "$.entities[3].type". */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = "$";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : `.${String(p)}`;
  return out;
}

function describeFound(input: unknown): string {
  if (input === undefined) return "nothing";
  const s = JSON.stringify(input) as string | undefined;
  if (s === undefined) return typeof input;
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

function entityLabel(data: unknown, path: readonly PropertyKey[]): string {
  if (path[0] !== "entities" || typeof path[1] !== "number" || typeof data !== "object" || data === null) return "";
  const list = (data as { entities?: unknown }).entities;
  const item = Array.isArray(list) ? (list[path[1]] as { id?: unknown } | undefined) : undefined;
  return typeof item?.id === "string" ? ` (entity "${item.id}")` : "";
}

function formatIssues(file: string, data: unknown, issues: readonly z.core.$ZodIssue[]): string {
  const lines = issues.slice(0, 10).map((iss) => {
    const found = "input" in iss ? `; found ${describeFound(iss.input)}` : "";
    return `  at ${jsonPath(iss.path)}${entityLabel(data, iss.path)}: ${iss.message}${found}`;
  });
  const more = issues.length > 10 ? `\n  ... and ${issues.length - 10} more problem(s)` : "";
  return `Invalid knowledge pack ${file}:\n${lines.join("\n")}${more}\nFix these entries (see src/knowledge/schema.ts for the expected shape).`;
}

/**
 * Read and validate one pack file. A bundled pack (in packs/) validated before with the same code
 * is read from the pack cache instead (pack-cache.ts): the same pack, without validating it again.
 */
export function readPack(file: string): LoadedPack {
  const path = resolve(file);
  return readPackWith(path, dirname(path) === resolve(defaultPacksDir()) ? packCacheDir() : null);
}

/** Read and validate one pack file, through the pack cache in `cacheDir` (null: none). */
export function readPackWith(file: string, cacheDir: string | null): LoadedPack {
  const path = resolve(file);
  if (!existsSync(path)) {
    throw new TriangulateError("PACK_NOT_FOUND", `Knowledge pack ${path} does not exist: expected a JSON pack file. Check the path.`);
  }
  const bytes = readFileSync(path);
  const digest = createHash("sha256").update(bytes).digest("hex");
  const cacheFile = packCacheFile(cacheDir, bytes);
  const cached = cachedPack(cacheFile);
  if (cached) return { file: path, pack: cached, digest };
  let data: unknown;
  try {
    data = JSON.parse(bytes.toString("utf8"));
  } catch (cause) {
    throw new PackError(`Invalid knowledge pack ${path}: expected JSON, found a syntax error (${(cause as Error).message}).`, { cause });
  }
  const parsed = PackFileSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) throw new PackError(formatIssues(path, data, parsed.error.issues), { cause: parsed.error });
  keepPack(cacheFile, parsed.data);
  return { file: path, pack: parsed.data, digest };
}

/** Expand extra pack paths: files as given, directories to their top-level *.json files. */
export function expandPackPaths(paths: readonly string[]): string[] {
  return paths.flatMap((p) => (existsSync(p) && statSync(p).isDirectory() ? packFilesIn(p) : [resolve(p)]));
}

/** Check ids are unique across packs and every reference names a known entity. */
export function checkPackSet(packs: readonly LoadedPack[]): void {
  const owner = new Map<string, string>();
  for (const { file, pack } of packs) {
    pack.entities.forEach((e, i) => {
      const prev = owner.get(e.id);
      if (prev) {
        throw new PackError(
          `Invalid knowledge pack ${file}: at $.entities[${i}].id: expected a unique id; found "${e.id}", already defined in ${prev}. Rename or remove one of them.`,
        );
      }
      owner.set(e.id, file);
    });
  }
  for (const { file, pack } of packs) {
    pack.entities.forEach((e, i) => {
      const refs: [string, string][] = [];
      if (e.country) refs.push([`$.entities[${i}].country`, e.country]);
      (e.roles ?? []).forEach((r, k) => refs.push([`$.entities[${i}].roles[${k}].of`, r.of]));
      for (const [path, ref] of refs) {
        if (!owner.has(ref) && !/^org:ministry-of-/.test(ref)) {
          throw new PackError(
            `Invalid knowledge pack ${file}: at ${path} (entity "${e.id}"): expected the id of an entity defined in a pack; found "${ref}", which no pack defines.`,
          );
        }
      }
    });
  }
}
