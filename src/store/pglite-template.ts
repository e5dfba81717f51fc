/**
 * @module The empty-database template a new embedded store starts from
 * (scripts/build-pglite-template.mjs builds it at install, keyed by the PGlite version): loading
 * it costs about 350 MB at peak where PGlite's own initdb takes about 800 MB. A new folder is
 * better still unpacked on disk before PGlite starts (`unpackTemplate`, streamed: a few MB), so
 * PGlite opens it as an existing database: handing PGlite the tarball costs about 110 MB more at
 * peak (the tarball and its 40 MB unpacked copy live in its memory while it writes the files).
 * Absent (not built, another PGlite version), a new store runs initdb as before. And the memory
 * PGlite's server keeps: shared buffers of 32 MB instead of Postgres's 128 MB default (the embedded
 * store is one process's own; the operating system caches its files anyway).
 */
import { closeSync, createReadStream, existsSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { createGunzip } from "node:zlib";

/** postgresql.conf lines for every embedded store. */
export const PGLITE_CONF: readonly string[] = ["shared_buffers = 32MB"];

const here = dirname(fileURLToPath(import.meta.url));

function pgliteVersion(): string | null {
  try {
    const require = createRequire(import.meta.url);
    const pkg = join(dirname(require.resolve("@electric-sql/pglite")), "..", "package.json");
    return (JSON.parse(readFileSync(pkg, "utf8")) as { version?: string }).version ?? null;
  } catch {
    return null;
  }
}

/** The template tarball's path for the installed PGlite, or null (not built, or TRIANGULATE_PGLITE_TEMPLATE=off). */
export function pgliteTemplateFile(env: Readonly<Record<string, string | undefined>> = process.env): string | null {
  if (env["TRIANGULATE_PGLITE_TEMPLATE"] === "off") return null;
  const version = pgliteVersion();
  if (!version) return null;
  const file = join(here, "..", "..", "node_modules", ".cache", "triangulate", `pglite-${version}.tgz`);
  return existsSync(file) ? file : null;
}

/** The template tarball for the installed PGlite, or null (then initdb runs). TRIANGULATE_PGLITE_TEMPLATE=off disables it. */
export function pgliteTemplate(env: Readonly<Record<string, string | undefined>> = process.env): Blob | null {
  const file = pgliteTemplateFile(env);
  return file === null ? null : new Blob([readFileSync(file)]);
}

const BLOCK = 512;

/** A NUL-terminated field of a tar header. */
function field(header: Buffer, start: number, length: number): string {
  const raw = header.subarray(start, start + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end < 0 ? raw.length : end).toString("utf8");
}

/**
 * Unpacks a gzipped ustar tarball (the template: plain files and folders, as PGlite's
 * `dumpDataDir` writes them) into `dir`, streaming: memory stays at a few MB whatever its size.
 * `PG_VERSION`, which marks a folder as a database, is written last (under a temporary name first),
 * so an interrupted unpack leaves a folder that counts as new and is unpacked again. Throws on
 * anything else in the archive (links, devices, names leaving the folder): the caller then lets
 * PGlite load the tarball itself.
 */
export async function unpackTemplate(tarball: string, dir: string): Promise<void> {
  const root = resolve(dir);
  let pending: Buffer = Buffer.alloc(0);
  /** The file being written: its descriptor and the bytes (and padding) still to come. */
  let fd: number | null = null;
  let left = 0;
  let skip = 0;
  let done = false;
  let version = null as string | null;
  const target = (name: string): string => {
    const rel = name.replace(/^\/+/, "");
    const full = resolve(root, rel);
    if (rel === "" || rel.split("/").includes("..") || !full.startsWith(root + sep)) throw new Error(`template entry ${JSON.stringify(name)} leaves the folder`);
    return full;
  };
  const consume = (): void => {
    while (!done) {
      if (fd !== null || skip > 0) {
        const n = Math.min(pending.length, fd !== null ? left : skip);
        if (n === 0) return;
        if (fd !== null) {
          writeSync(fd, pending, 0, n);
          left -= n;
          if (left === 0) {
            closeSync(fd);
            fd = null;
          }
        } else skip -= n;
        pending = pending.subarray(n);
        continue;
      }
      if (pending.length < BLOCK) return;
      const header = pending.subarray(0, BLOCK);
      pending = pending.subarray(BLOCK);
      if (header.every((b) => b === 0)) {
        done = true;
        return;
      }
      const prefix = field(header, 345, 155);
      const name = prefix === "" ? field(header, 0, 100) : `${prefix}/${field(header, 0, 100)}`;
      const size = Number.parseInt(field(header, 124, 12).trim() || "0", 8);
      const type = String.fromCharCode(header[156] ?? 0);
      if (!Number.isSafeInteger(size) || size < 0) throw new Error(`template entry ${JSON.stringify(name)} has no valid size`);
      const padding = (BLOCK - (size % BLOCK)) % BLOCK;
      if (type === "5") {
        mkdirSync(target(name), { recursive: true });
        skip = size + padding;
      } else if (type === "0" || type === "\0") {
        let path = target(name);
        if (path === join(root, "PG_VERSION")) {
          version = path;
          path = `${path}.unpacking`;
        }
        mkdirSync(dirname(path), { recursive: true });
        const out = openSync(path, "w");
        if (size === 0) closeSync(out);
        else {
          fd = out;
          left = size;
        }
        skip = padding;
      } else {
        throw new Error(`template entry ${JSON.stringify(name)} is of tar type ${JSON.stringify(type)}, not a file or folder`);
      }
    }
  };
  try {
    for await (const chunk of createReadStream(tarball).pipe(createGunzip())) {
      pending = pending.length === 0 ? (chunk as Buffer) : Buffer.concat([pending, chunk as Buffer]);
      consume();
      if (done) break;
    }
  } catch (err) {
    if (fd !== null) closeSync(fd);
    throw err;
  }
  if (fd !== null) {
    closeSync(fd);
    throw new Error("the template tarball ends in the middle of a file");
  }
  if (version === null) throw new Error("the template holds no PG_VERSION");
  renameSync(`${version}.unpacking`, version);
}
