#!/usr/bin/env node
// Builds, once at install, an empty PGlite database folder as a gzipped tarball that the tool
// loads when it creates a new embedded store. Creating a store from it needs about 350 MB at peak
// instead of the 800 MB PGlite's own initdb takes, and is faster. The file is keyed by the PGlite
// version (a new version builds a new one); without it the tool runs initdb as before. Usage:
//   node scripts/build-pglite-template.mjs [--force]
import { createRequire } from "node:module";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
let version;
try {
  version = JSON.parse(readFileSync(join(dirname(require.resolve("@electric-sql/pglite")), "..", "package.json"), "utf8")).version;
} catch {
  console.log("pglite template: @electric-sql/pglite is not installed; skipping");
  process.exit(0);
}
const out = join(root, "node_modules", ".cache", "triangulate", `pglite-${version}.tgz`);
if (existsSync(out) && !process.argv.includes("--force")) {
  console.log(`pglite template: ${out} exists (--force rebuilds it)`);
  process.exit(0);
}
try {
  const started = Date.now();
  const { PGlite } = await import("@electric-sql/pglite");
  const db = await PGlite.create();
  const blob = await db.dumpDataDir("gzip");
  await db.close();
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(`${out}.tmp`, Buffer.from(await blob.arrayBuffer()));
  renameSync(`${out}.tmp`, out);
  console.log(`pglite template: ${out} (${(blob.size / 1e6).toFixed(1)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (err) {
  // Never fail the install for this: the tool falls back to PGlite's initdb.
  console.log(`pglite template: not built (${err instanceof Error ? err.message : String(err)}); new stores run initdb`);
}
