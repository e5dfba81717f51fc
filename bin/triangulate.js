#!/usr/bin/env node
// Entry point: runs the compiled CLI. `npm run build` (which `npm ci` runs via prepare) compiles
// src/ into dist/ with tsc and bundles the CLI into dist/bundle/ (scripts/bundle-cli.mjs), which
// starts faster; the bundle is used when it is at least as new as dist/cli/main.js (a later
// tsc-only build makes it stale), else dist/cli/main.js runs directly. `analyze` runs the
// CommonJS bundle dist/bundle/cli.cjs with the V8 code cache the build saved beside it
// (src/cli/code-cache.ts; without a usable cache it compiles as usual; TRIANGULATE_CODE_CACHE=off
// runs the ES module bundle instead). A checkout with no build at all runs the TypeScript sources
// through tsx (a dependency), slower to start but the same program.
import { statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const mtime = (rel) => statSync(new URL(rel, import.meta.url), { throwIfNoEntry: false })?.mtimeMs ?? -1;
const bundle = mtime("../dist/bundle/triangulate.js");
const compiled = mtime("../dist/cli/main.js");
const commonJs = mtime("../dist/bundle/cli.cjs");
const command = process.argv.slice(2).find((a) => !a.startsWith("-"));
let cli;
if (command === "analyze" && commonJs >= 0 && commonJs >= compiled && process.env.TRIANGULATE_CODE_CACHE !== "off") {
  const { runBundle } = await import("../dist/cli/code-cache.js");
  const path = (rel) => fileURLToPath(new URL(rel, import.meta.url));
  cli = { main: (argv) => runBundle(path("../dist/bundle/cli.cjs"), path("../dist/bundle/cli.cjs.cache"), argv) };
} else if (bundle >= 0 && bundle >= compiled) cli = await import("../dist/bundle/triangulate.js");
else if (compiled >= 0) cli = await import("../dist/cli/main.js");
else {
  const { register } = await import("tsx/esm/api");
  register();
  cli = await import("../src/cli/main.ts");
}
await cli.main(process.argv);
