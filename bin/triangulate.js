#!/usr/bin/env node
// Entry point: runs the compiled CLI. `npm run build` (which `npm ci` runs via prepare) compiles
// src/ into dist/ with tsc and bundles the CLI into dist/bundle/ (scripts/bundle-cli.mjs), which
// starts faster; the bundle is used when it is at least as new as dist/cli/main.js (a later
// tsc-only build makes it stale), else dist/cli/main.js runs directly. A checkout with no build at
// all runs the TypeScript sources through tsx (a dependency), slower to start but the same program.
import { statSync } from "node:fs";

const mtime = (rel) => statSync(new URL(rel, import.meta.url), { throwIfNoEntry: false })?.mtimeMs ?? -1;
const bundle = mtime("../dist/bundle/triangulate.js");
const compiled = mtime("../dist/cli/main.js");
let cli;
if (bundle >= 0 && bundle >= compiled) cli = await import("../dist/bundle/triangulate.js");
else if (compiled >= 0) cli = await import("../dist/cli/main.js");
else {
  const { register } = await import("tsx/esm/api");
  register();
  cli = await import("../src/cli/main.ts");
}
await cli.main(process.argv);
