#!/usr/bin/env node
// @module Saves the V8 code cache of the CommonJS CLI bundle (dist/bundle/cli.cjs.cache, see
// src/cli/code-cache.ts): runs `triangulate analyze` once on the bundled example story through the
// installed bin, with TRIANGULATE_CODE_CACHE=write, so the cache holds the bytecode of the
// functions an analysis runs. Run by `npm run build` after scripts/bundle-cli.mjs. A failure
// leaves no cache (the CLI then compiles as usual) and is reported, not fatal. It first loads the
// bundled packs and the English model once, which keeps the packs' alias index
// (src/knowledge/alias-index-cache.ts) and the model's binary copy (src/text/wink-core-cache.ts)
// for every later start, this one's included.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bundle = join(root, "dist", "bundle", "cli.cjs");
const cache = `${bundle}.cache`;
const example = join(root, "examples", "summit-story");
rmSync(cache, { force: true });
if (!existsSync(bundle)) {
  console.log(`code cache: ${bundle} not found (run scripts/bundle-cli.mjs first); the CLI runs without it`);
  process.exit(0);
}
try {
  const { loadKnowledge } = await import(pathToFileURL(join(root, "dist", "knowledge", "kb.js")).href);
  loadKnowledge();
  const { nlp } = await import(pathToFileURL(join(root, "dist", "text", "nlp.js")).href);
  nlp();
} catch (err) {
  console.log(`alias index, English model: not kept (${err.message}); the CLI reads them at start as usual`);
}
const out = mkdtempSync(join(tmpdir(), "triangulate-code-cache-"));
try {
  const started = Date.now();
  const run = spawnSync(process.execPath, [join(root, "bin", "triangulate.js"), "analyze", example, "--pack", join(example, "pack.json"), "--out-dir", out], {
    cwd: root,
    encoding: "utf8",
    // V8 uses a cache only under the flags it was made with: those of a plain `node` start.
    env: { ...process.env, NODE_OPTIONS: "", TRIANGULATE_CODE_CACHE: "write" },
  });
  if (run.status !== 0 || !existsSync(cache)) console.log(`code cache: not written (exit ${run.status}): ${run.stderr.trim().split("\n").slice(-3).join(" ")}; the CLI runs without it`);
  else console.log(`code cache: ${cache} written in ${Date.now() - started} ms`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
