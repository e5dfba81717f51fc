/**
 * @module Runs the CommonJS bundle of the CLI (dist/bundle/cli.cjs, built by scripts/bundle-cli.mjs)
 * with a V8 code cache: the bytecode of the functions a sample analysis ran, saved once at build
 * time (scripts/build-code-cache.mjs), so a later start neither parses the bundle nor compiles
 * those functions again on their first call. Node 20 has no module compile cache; a `vm.Script`
 * with `cachedData` gives the same for one CommonJS file. The cache file starts with one JSON line
 * naming the size and modification time of the bundle it was made from; a cache made for another
 * bundle is not used, and V8 itself ignores a cache from another Node version or other V8 flags
 * (`cachedDataRejected`). Either way the bundle still runs, compiled as usual: the cache only
 * saves time. TRIANGULATE_CODE_CACHE=write saves the cache after the command (the build does).
 *
 * Once the bundle is compiled, the command runs with a 16-fold V8 interrupt budget (tieringFlag):
 * a function is checked for optimization after running that much more bytecode, so only the really
 * hot ones go to the optimizing compiler. Most of an analysis's start is the first, cold run of
 * its code, and the default budget sends about a hundred functions to TurboFan on the way, work
 * that does not pay back in a run of seconds; the answers are the same in every tier. Likewise a
 * regular expression is compiled to machine code after REGEXP_TIER_UP_TICKS runs in V8's regexp
 * interpreter instead of after one: most of the big patterns (chrono-node's, the packs'
 * alternations) run a few times in a small analysis, and compiling each to machine code costs
 * more than interpreting it those few times; for the same reason the interpreter's code of a pattern
 * is not run through V8's peephole pass.
 *
 * A user-land V8 startup snapshot (node --build-snapshot) of the evaluated bundle, warmed by an
 * analysis, was measured instead and does not pay (Node 20, the seeds): restoring its 33 MB heap
 * costs ~0.4 s of CPU before any work, about what it saves (1.51 vs 1.56 s), and the bin would
 * have to start a second node with it.
 */
import { isAscii } from "node:buffer";
import { readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { setFlagsFromString } from "node:v8";
import vm from "node:vm";

/** What the bundle exports (dist/cli/main.js). */
interface CliModule {
  main(argv: readonly string[]): Promise<void>;
}

export interface LoadedBundle extends CliModule {
  /** Whether the code cache was used: "absent" (no file, or made for another bundle), "rejected" by V8, or "used". */
  readonly cache: "used" | "rejected" | "absent";
  /** Write the code cache for the functions compiled so far; false when the file cannot be written. */
  save(): boolean;
}

interface Stamp {
  readonly size: number;
  readonly mtimeMs: number;
}

const stampOf = (file: string): Stamp => {
  const s = statSync(file);
  return { size: s.size, mtimeMs: s.mtimeMs };
};

/** The cached data in `cacheFile` when its header names this bundle, else null. */
function readCache(cacheFile: string, stamp: Stamp): Buffer | null {
  let buf: Buffer;
  try {
    buf = readFileSync(cacheFile);
  } catch {
    return null;
  }
  const nl = buf.indexOf(10);
  if (nl < 0) return null;
  try {
    const header = JSON.parse(buf.subarray(0, nl).toString("utf8")) as Partial<Stamp>;
    return header.size === stamp.size && header.mtimeMs === stamp.mtimeMs ? buf.subarray(nl + 1) : null;
  } catch {
    return null;
  }
}

/**
 * Compile and run the CommonJS bundle `file` as Node would (module wrapper, `require` relative to
 * it), with the code cache in `cacheFile` when there is one for it; `flags` (V8's) are set once it
 * is compiled, before it runs.
 */
export function loadBundle(file: string, cacheFile: string, flags: string | null = null): LoadedBundle {
  const stamp = stampOf(file);
  const bytes = readFileSync(file);
  // The build writes the bundle in ASCII: read as Latin-1 it is a one-byte string, made without decoding.
  let source = isAscii(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
  // A leading "#!" line is not JavaScript; commenting it out keeps every line number.
  if (source.startsWith("#!")) source = `//${source}`;
  const cachedData = readCache(cacheFile, stamp);
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  // After the compile (V8 checks a code cache against the flags a start was given), before the
  // bundle's top level runs and makes its regular expressions.
  if (flags !== null) setFlagsFromString(flags);
  const wrapper = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: { exports: object }, filename: string, dirname: string) => void;
  const mod = { exports: {} as Partial<CliModule> };
  wrapper.call(mod.exports, mod.exports, createRequire(file), mod, file, dirname(file));
  const main = mod.exports.main;
  if (typeof main !== "function") throw new Error(`${file} does not export main()`);
  return {
    main,
    cache: cachedData === null ? "absent" : script.cachedDataRejected === true ? "rejected" : "used",
    save: () => writeCache(cacheFile, stamp, script.createCachedData()),
  };
}

function writeCache(cacheFile: string, stamp: Stamp, data: Buffer): boolean {
  try {
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(tmp, Buffer.concat([Buffer.from(`${JSON.stringify(stamp)}\n`), data]));
    renameSync(tmp, cacheFile);
    return true;
  } catch {
    return false;
  }
}

/** 16 times Node 20's default V8 interrupt budget (`node --v8-options`: 67584). */
const INTERRUPT_BUDGET = 16 * 67_584;
/**
 * Runs of a regular expression in V8's interpreter before it is compiled to machine code (Node 20's
 * default: 1). The bin on the seeds under valgrind (instructions of the whole run): 5.02-5.06 G
 * with 1, 4.74-4.76 G with 50, 4.71 G with 1000; chrono-node's first two parses 65+36 -> 32 ms.
 * Later, with the code around them lighter (same run, NODE_EXTRA_CA_CERTS unset): 3.659 G with 50,
 * 3.597 G with 200, 3.594 G with 1000. Compiling to machine code is the costly tier: a pattern run
 * 200 times on one string width is compiled, so a large batch still matches with machine code
 * (60 ECB+ dev articles, CPU user+sys, 4 alternating runs: 4.06-4.42 s with 50, 3.67-3.72 s with 200).
 */
const REGEXP_TIER_UP_TICKS = 200;

/**
 * The V8 flags runBundle sets, each with the word that marks node's own setting of it. Beside the
 * tiering: no peephole pass over a regular expression's interpreter code. Compiling patterns is
 * about a quarter of the instructions of an analysis of a few articles (each pattern is compiled
 * for one-byte and again for two-byte texts, and the packs' alternations are large), and most run
 * a few times: the pass, which rewrites the compiled code into fewer, larger instructions, cost
 * more than it saves. The bin on the seeds under valgrind: compiling patterns 1.25 -> 0.98 G
 * instructions, interpreting them 83 -> 91 M.
 */
const FLAGS: readonly (readonly [string, string])[] = [
  ["interrupt-budget", `--interrupt-budget=${INTERRUPT_BUDGET}`],
  ["regexp-tier-up", `--regexp-tier-up-ticks=${REGEXP_TIER_UP_TICKS}`],
  ["regexp-peephole", "--no-regexp-peephole-optimization"],
];

/**
 * The V8 flags runBundle sets once the bundle is compiled, or null: none when it writes the code
 * cache (V8 stamps a cache with the flags in force, and rejects it under other flags: made under
 * these, it would be rejected by every start); each is left out when node was given its own.
 */
export function tieringFlag(env: NodeJS.ProcessEnv, execArgv: readonly string[]): string | null {
  if (env["TRIANGULATE_CODE_CACHE"] === "write") return null;
  const given = [...execArgv, env["NODE_OPTIONS"] ?? ""];
  const flags = FLAGS.filter(([word]) => !given.some((a) => a.includes(word))).map(([, flag]) => flag);
  return flags.length > 0 ? flags.join(" ") : null;
}

/** Run the CLI from the bundle; with TRIANGULATE_CODE_CACHE=write, save the code cache after the command. */
export async function runBundle(file: string, cacheFile: string, argv: readonly string[]): Promise<void> {
  const cli = loadBundle(file, cacheFile, tieringFlag(process.env, process.execArgv));
  await cli.main(argv);
  if (process.env["TRIANGULATE_CODE_CACHE"] === "write" && !cli.save()) process.exitCode = 1;
}
