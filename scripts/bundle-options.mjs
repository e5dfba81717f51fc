// @module The esbuild settings both CLI bundles share (scripts/bundle-cli.mjs), in a module of their
// own so a test can check what they make of the code.

/** The Node the bundles are built for (package.json engines). */
export const TARGET = "node20";

/**
 * Language features esbuild would otherwise rewrite for TARGET. Its table has Node 20 short of
 * regular-expression property escapes outside a class (`/\p{Lu}/u`), so it turned each such literal
 * into a `new RegExp("…", "u")` call (110 of them in the CLI): a constructor call and a lookup of
 * the pattern's source in V8's regexp cache at each evaluation, in functions run thousands of times
 * (11,160 constructions in an analysis of the five seed articles instead of 857), where a literal
 * reuses its site's pattern. Node 20 has these escapes (dist/, which tsc emits for ES2022, runs them
 * as literals), and a literal and its `new RegExp` are the same pattern, so the bundles keep them.
 */
export const SUPPORTED = { "regexp-unicode-property-escapes": true };

/**
 * commander requires node:child_process when it is loaded, for the subcommands it would run as
 * programs of their own (this CLI has none); that loads child_process, net, dgram and their
 * helpers at every start, ~10 M instructions (callgrind, `node -e "require('child_process')"`).
 * In the bundles its `childProcess.spawn` requires the module when it is first called.
 */
const COMMANDER_COMMAND = /[\\/]commander[\\/]lib[\\/]command\.js$/;
const EAGER_CHILD_PROCESS = "const childProcess = require('node:child_process');";
const LAZY_CHILD_PROCESS = "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };";

/** commander's lib/command.js with its child_process required on first use; throws if the line is not there. */
export function lazyChildProcess(source) {
  if (!source.includes(EAGER_CHILD_PROCESS)) throw new Error("commander/lib/command.js: its child_process require was not found");
  if (/childProcess\.(?!spawn\b)\w/.test(source)) throw new Error("commander/lib/command.js uses child_process beyond spawn");
  return source.replace(EAGER_CHILD_PROCESS, LAZY_CHILD_PROCESS);
}

/** The esbuild plugin applying lazyChildProcess to commander in a bundle. */
export const lazyCommander = {
  name: "lazy-commander-child-process",
  setup(b) {
    b.onLoad({ filter: COMMANDER_COMMAND }, async (args) => {
      const { readFile } = await import("node:fs/promises");
      return { contents: lazyChildProcess(await readFile(args.path, "utf8")), loader: "js" };
    });
  },
};
