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
