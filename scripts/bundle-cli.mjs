// @module Bundles the compiled CLI (dist/cli/main.js, from tsc) into dist/bundle/ with esbuild, so
// `triangulate` starts by reading a few files instead of resolving about two hundred modules.
// Packages stay external (node_modules is read as usual). Modules imported lazily (the store, the
// server, the URL fetcher) become chunks of their own, loaded only by the commands that use them.
// Each module's `import.meta.url` is rewritten to the URL of its own compiled file in dist/, so
// paths relative to it (packs, package.json, worker entry files, word vectors) resolve as before.
// bin/triangulate.js runs the bundle when it is at least as new as dist/cli/main.js.
import { readFile, rm } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const outdir = join(dist, "bundle");

/** `import.meta.url` of a dist module, as seen from a file in outdir. */
const ownUrl = {
  name: "own-import-meta-url",
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, async (args) => {
      if (!args.path.startsWith(dist + "/")) return undefined;
      const source = await readFile(args.path, "utf8");
      if (!source.includes("import.meta.url")) return { contents: source, loader: "js" };
      const rel = relative(outdir, args.path).split("\\").join("/");
      return { contents: source.replaceAll("import.meta.url", `new URL(${JSON.stringify(rel)}, import.meta.url).href`), loader: "js" };
    });
  },
};

await rm(outdir, { recursive: true, force: true });
await build({
  entryPoints: { triangulate: join(dist, "cli", "main.js") },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  chunkNames: "[name]-[hash]",
  plugins: [ownUrl],
  logLevel: "warning",
});
