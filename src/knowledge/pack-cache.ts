/**
 * @module A cache of validated packs. Validating general.json and defense.json with zod takes about
 * 0.2 s of every start, always with the same result: the validated pack (strings trimmed, defaults
 * filled in) is kept as JSON in node_modules/.cache/triangulate/packs/, under a key made of the
 * pack file's bytes, the schema module's code and zod's version, so any change to one of them
 * validates again. Only packs whose validated form survives JSON unchanged are kept; a pack that
 * fails validation never is. Without a writable cache folder, packs are validated every time.
 * TRIANGULATE_PACK_CACHE=0 turns it off.
 */
import { createHash } from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { PackFile } from "./schema.ts";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));

/** The folder of cached packs, or null when caching is off. */
export function packCacheDir(): string | null {
  if (process.env["TRIANGULATE_PACK_CACHE"] === "0") return null;
  return join(here, "..", "..", "node_modules", ".cache", "triangulate", "packs");
}

let codeKey: string | null | undefined;

/** What the validation depends on besides the data: the schema module's code and zod's version. */
function validatorKey(): string | null {
  if (codeKey !== undefined) return codeKey;
  try {
    const schema = readFileSync(new URL(import.meta.url.endsWith(".ts") ? "./schema.ts" : "./schema.js", import.meta.url));
    const zod = (require("zod/package.json") as { version: string }).version;
    codeKey = createHash("sha256").update(schema).update(`\0zod ${zod}`).digest("hex");
  } catch {
    codeKey = null;
  }
  return codeKey;
}

/** The cache file for a pack's bytes, or null when there is no cache. */
export function packCacheFile(dir: string | null, bytes: Buffer): string | null {
  const key = dir === null ? null : validatorKey();
  if (dir === null || key === null) return null;
  return join(dir, `${createHash("sha256").update(key).update(bytes).digest("hex").slice(0, 40)}.json`);
}

/** The validated pack kept for these bytes, or null. */
export function cachedPack(file: string | null): PackFile | null {
  if (file === null) return null;
  try {
    return JSON.parse(readFileSync(file, "utf8")) as PackFile;
  } catch {
    return null;
  }
}

/** Keep a validated pack (best effort: a folder that cannot be written is no error). */
export function keepPack(file: string | null, pack: PackFile): void {
  if (file === null) return;
  const json = JSON.stringify(pack);
  if (!isDeepStrictEqual(JSON.parse(json), pack)) return;
  try {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, json);
    renameSync(tmp, file);
  } catch {
    // read-only install: validate every time
  }
}
