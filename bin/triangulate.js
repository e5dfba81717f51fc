#!/usr/bin/env node
// Entry point: runs the compiled CLI. `npm run build` (which `npm ci` runs via prepare) compiles
// src/ into dist/ with tsc and bundles the CLI into dist/bundle/ (scripts/bundle-cli.mjs), which
// starts faster; the bundle is used when it is at least as new as dist/cli/main.js (a later
// tsc-only build makes it stale), else dist/cli/main.js runs directly.
import { statSync } from "node:fs";

const mtime = (rel) => statSync(new URL(rel, import.meta.url), { throwIfNoEntry: false })?.mtimeMs ?? -1;
const bundled = mtime("../dist/bundle/triangulate.js") >= mtime("../dist/cli/main.js");
const { main } = bundled ? await import("../dist/bundle/triangulate.js") : await import("../dist/cli/main.js");
await main(process.argv);
