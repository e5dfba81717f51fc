// @module Bundles the compiled CLI (dist/cli/main.js, from tsc) into dist/bundle/ with esbuild, so
// `triangulate` starts by reading a few files instead of resolving about two hundred modules.
// Packages stay external (node_modules is read as usual). Modules imported lazily (the store, the
// server, the URL fetcher) become chunks of their own, loaded only by the commands that use them.
// Each module's `import.meta.url` is rewritten to the URL of its own compiled file in dist/, so
// paths relative to it (packs, package.json, worker entry files, word vectors) resolve as before.
// bin/triangulate.js runs the bundle when it is at least as new as dist/cli/main.js.
// It also writes dist/bundle/cli.cjs, the same CLI as one CommonJS file (no chunks, the pipeline
// included), which `analyze` runs with a V8 code cache (src/cli/code-cache.ts,
// scripts/build-code-cache.mjs): a CommonJS script is what Node 20 can compile from cached data.
import { readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { SUPPORTED, TARGET, lazyCommander } from "./bundle-options.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const outdir = join(dist, "bundle");

/**
 * Modules that keep the bundle's own `import.meta.url`: the story threads (pipeline-threads.js)
 * start "./pipeline-worker.js" beside them, which in the bundle is its bundled entry below.
 */
const OWN_URL = new Set([join(dist, "pipeline-threads.js")]);

/** `import.meta.url` of a dist module, as seen from a file in outdir. */
const ownUrl = {
  name: "own-import-meta-url",
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, async (args) => {
      if (!args.path.startsWith(dist + "/") || OWN_URL.has(args.path)) return undefined;
      const source = await readFile(args.path, "utf8");
      if (!source.includes("import.meta.url")) return { contents: source, loader: "js" };
      const rel = relative(outdir, args.path).split("\\").join("/");
      return { contents: source.replaceAll("import.meta.url", `new URL(${JSON.stringify(rel)}, import.meta.url).href`), loader: "js" };
    });
  },
};

/**
 * Packages bundled in: plain JavaScript that reads no file beside itself, so it runs the same from
 * the bundle, and reading one bundle file is faster than resolving and reading its hundreds of
 * modules. Every other package stays external, read from node_modules as usual: those that read
 * data or WebAssembly relative to their own files (the wink model, fastText, the dictionary, PGlite)
 * and those only some commands load (the store, the server, the fetcher).
 */
const BUNDLED = new Set(["commander", "zod", "chrono-node", "wink-nlp", "fastest-levenshtein", "double-metaphone", "nspell", "yaml", "csv-parse", "tinyglobby", "fdir", "picomatch", "linkedom", "@mozilla/readability", "fast-xml-parser", "ipaddr.js"]);
const packageOf = (spec) => spec.split("/").slice(0, spec.startsWith("@") ? 2 : 1).join("/");
const bundleOnlyOf = (bundled) => ({
  name: "bundle-only",
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith("node:") || bundled.has(packageOf(args.path))) return undefined;
      return { path: args.path, external: true };
    });
  },
});
const bundleOnly = bundleOnlyOf(BUNDLED);

/**
 * The CommonJS build: dynamic `import()` becomes `require()` (a `vm.Script` has no module loader
 * for it), and `import.meta.url`, which CommonJS lacks, becomes the URL of the module's own file
 * in dist/ (as above), or of this bundle for packages and OWN_URL modules. The top-level `await`
 * that runs dist/cli/main.js as a script is dropped: the bundle is only ever called.
 */
const SELF_URL = 'var __triangulateSelfUrl = require("node:url").pathToFileURL(__filename).href;';
const RUN_DIRECTLY = /^if \(invokedDirectly\)\s+await main\(process\.argv\);$/m;
/**
 * The English model's code parts (src/text/wink-model.ts) are bundled too: once its own
 * `require` line is dropped, the parts it names in full are the bundle's, compiled from the code
 * cache. Its data files are still read at run time.
 */
const WINK_MODEL = join(dist, "text", "wink-model.js");
const OWN_REQUIRE = /^const require = createRequire\(import\.meta\.url\);$/m;
const commonJsUrls = {
  name: "commonjs-import-meta-url",
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, async (args) => {
      if (!args.path.startsWith(dist + "/")) return undefined;
      let source = await readFile(args.path, "utf8");
      if (args.path === join(dist, "cli", "main.js")) {
        if (!RUN_DIRECTLY.test(source)) throw new Error("dist/cli/main.js: the line that runs it as a script was not found");
        source = source.replace(RUN_DIRECTLY, "");
      }
      if (args.path === WINK_MODEL) {
        if (!OWN_REQUIRE.test(source)) throw new Error("dist/text/wink-model.js: its own require line was not found");
        source = source.replace(OWN_REQUIRE, "");
      }
      if (OWN_URL.has(args.path) || !source.includes("import.meta.url")) return { contents: source, loader: "js" };
      const rel = relative(outdir, args.path).split("\\").join("/");
      return { contents: source.replaceAll("import.meta.url", `new URL(${JSON.stringify(rel)}, __triangulateSelfUrl).href`), loader: "js" };
    });
  },
};

await rm(outdir, { recursive: true, force: true });
await build({
  entryPoints: { triangulate: join(dist, "cli", "main.js"), "pipeline-worker": join(dist, "pipeline-worker.js") },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: TARGET,
  supported: SUPPORTED,
  chunkNames: "[name]-[hash]",
  plugins: [lazyCommander, ownUrl, bundleOnly],
  // CommonJS packages inside an ESM bundle call require() for Node's built-in modules.
  banner: { js: 'import { createRequire as __triangulateRequire } from "node:module"; const require = __triangulateRequire(import.meta.url);' },
  logLevel: "warning",
});
const commonJs = await build({
  entryPoints: [join(dist, "cli", "main.js")],
  outfile: join(outdir, "cli.cjs"),
  write: false,
  bundle: true,
  format: "cjs",
  platform: "node",
  target: TARGET,
  supported: { ...SUPPORTED, "dynamic-import": false },
  define: { "import.meta.url": "__triangulateSelfUrl" },
  plugins: [lazyCommander, commonJsUrls, bundleOnlyOf(new Set([...BUNDLED, "wink-eng-lite-web-model"]))],
  banner: { js: SELF_URL },
  logLevel: "warning",
});
// Pure ASCII, so the loader reads it as a one-byte string (decoding 2 MB of UTF-8 costs more than
// reading it): each character esbuild left as it was (in regular expressions, strings and
// comments) becomes a \uXXXX escape, which means the same there; an identity escape of one ("\\–")
// becomes the escape alone. Matched without the u flag, a character outside the BMP is two code
// units, each escaped.
const escapeUnit = (_, slashes, c) => `${slashes.length % 2 === 1 ? slashes.slice(1) : slashes}\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
for (const f of commonJs.outputFiles) await writeFile(f.path, f.text.replace(/(\\*)([^\0-\x7f])/g, escapeUnit));
