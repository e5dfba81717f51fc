/**
 * @module The empty-database template a new embedded store starts from
 * (scripts/build-pglite-template.mjs builds it at install, keyed by the PGlite version): loading
 * it costs about 350 MB at peak where PGlite's own initdb takes about 800 MB. Absent (not built,
 * another PGlite version), a new store runs initdb as before. And the memory PGlite's server keeps:
 * shared buffers of 32 MB instead of Postgres's 128 MB default (the embedded store is one
 * process's own; the operating system caches its files anyway).
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

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

/** The template tarball for the installed PGlite, or null (then initdb runs). TRIANGULATE_PGLITE_TEMPLATE=off disables it. */
export function pgliteTemplate(env: Readonly<Record<string, string | undefined>> = process.env): Blob | null {
  if (env["TRIANGULATE_PGLITE_TEMPLATE"] === "off") return null;
  const version = pgliteVersion();
  if (!version) return null;
  const file = join(here, "..", "..", "node_modules", ".cache", "triangulate", `pglite-${version}.tgz`);
  return existsSync(file) ? new Blob([readFileSync(file)]) : null;
}
