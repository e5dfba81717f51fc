import { after, describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { isAscii } from "node:buffer";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadBundle, tieringFlag } from "./code-cache.ts";

const dir = mkdtempSync(join(tmpdir(), "tri-code-cache-"));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A small CommonJS "CLI": main() records its argv and what `require`, `__filename` and `__dirname` are. */
function writeBundle(name: string, body = ""): string {
  const file = join(dir, name);
  const helpers = Array.from({ length: 50 }, (_, i) => `function helper${i}(x) { return x * ${i} + ${i}; }`).join("\n");
  writeFileSync(
    file,
    `#!/usr/bin/env node\n"use strict";\n${helpers}\nconst path = require("node:path");\n${body}\n` +
      `exports.main = async (argv) => { globalThis.__codeCacheTest = { argv: [...argv], file: __filename, dir: __dirname, joined: path.join("a", "b"), sum: helper3(2) + helper49(1) }; };\n`,
  );
  return file;
}

const lastRun = (): { argv: string[]; file: string; dir: string; joined: string; sum: number } => (globalThis as unknown as { __codeCacheTest: ReturnType<typeof lastRun> }).__codeCacheTest;

describe("loadBundle (V8 code cache for the CommonJS CLI bundle)", () => {
  it("runs the bundle as a CommonJS module without a cache, then with the cache it saved", async () => {
    const file = writeBundle("cli.cjs");
    const cache = `${file}.cache`;
    const first = loadBundle(file, cache);
    assert.equal(first.cache, "absent");
    await first.main(["node", "triangulate", "analyze", "x"]);
    assert.deepEqual(lastRun(), { argv: ["node", "triangulate", "analyze", "x"], file, dir, joined: join("a", "b"), sum: 2 * 3 + 3 + (49 + 49) });
    assert.equal(first.save(), true);
    assert.ok(existsSync(cache));
    const second = loadBundle(file, cache);
    assert.equal(second.cache, "used");
    await second.main(["node", "triangulate", "y"]);
    assert.deepEqual(lastRun().argv, ["node", "triangulate", "y"]);
  });

  it("ignores a cache made for another bundle (its size or modification time differ)", () => {
    const file = writeBundle("changed.cjs");
    const cache = `${file}.cache`;
    assert.equal(loadBundle(file, cache).save(), true);
    assert.equal(loadBundle(file, cache).cache, "used");
    const later = new Date(Date.now() + 5_000);
    utimesSync(file, later, later);
    assert.equal(loadBundle(file, cache).cache, "absent");
    writeBundle("changed.cjs", "const extra = 1;");
    assert.equal(loadBundle(file, cache).cache, "absent");
  });

  it("still runs when V8 rejects the cached data, or the cache file is unreadable", async () => {
    // A source this process never compiled, so V8 consults the cached data rather than its own cache.
    const file = writeBundle("rejected.cjs", `const unique = ${JSON.stringify(String(process.hrtime.bigint()))};`);
    const cache = `${file}.cache`;
    const { size, mtimeMs } = statSync(file);
    writeFileSync(cache, Buffer.concat([Buffer.from(`${JSON.stringify({ size, mtimeMs })}\n`), Buffer.alloc(4096, 7)]));
    const rejected = loadBundle(file, cache);
    assert.equal(rejected.cache, "rejected");
    await rejected.main(["node", "t", "z"]);
    assert.deepEqual(lastRun().argv, ["node", "t", "z"]);
    writeFileSync(cache, "not a header");
    assert.equal(loadBundle(file, cache).cache, "absent");
  });

  it("reads a bundle that is not ASCII as UTF-8", async () => {
    const file = writeBundle("utf8.cjs", 'globalThis.__codeCacheDash = "a – b 😀";');
    await loadBundle(file, `${file}.cache`).main(["node", "t"]);
    assert.equal((globalThis as unknown as { __codeCacheDash: string }).__codeCacheDash, "a – b 😀");
  });

  it("save() reports a cache that cannot be written", () => {
    const file = writeBundle("unwritable.cjs");
    assert.equal(loadBundle(file, join(dir, "no-such-folder", "x.cache")).save(), false);
  });
});

describe("tieringFlag (the V8 interrupt budget runBundle sets after the compile)", () => {
  it("raises the budget and the regexp tier-up ticks and turns the regexp peephole pass off, except when writing the code cache or when node was given its own", () => {
    const peep = "--no-regexp-peephole-optimization";
    const all = `--interrupt-budget=1081344 --regexp-tier-up-ticks=200 ${peep}`;
    assert.equal(tieringFlag({}, []), all);
    assert.equal(tieringFlag({ TRIANGULATE_CODE_CACHE: "on" }, ["--max-old-space-size=4096"]), all);
    assert.equal(tieringFlag({ TRIANGULATE_CODE_CACHE: "write" }, []), null);
    assert.equal(tieringFlag({}, ["--interrupt-budget=1000"]), `--regexp-tier-up-ticks=200 ${peep}`);
    assert.equal(tieringFlag({ NODE_OPTIONS: "--interrupt-budget=1000" }, []), `--regexp-tier-up-ticks=200 ${peep}`);
    assert.equal(tieringFlag({}, ["--interrupt-budget=1000", "--regexp-tier-up-ticks=3"]), peep);
    assert.equal(tieringFlag({}, ["--interrupt-budget=1000", "--regexp-tier-up-ticks=3", "--regexp-peephole-optimization"]), null);
    assert.equal(tieringFlag({ NODE_OPTIONS: "--no-regexp-tier-up" }, []), `--interrupt-budget=1081344 ${peep}`);
  });

  it("leaves a code cache written by runBundle usable by the next start, which V8 would reject under another budget", () => {
    const file = writeBundle("tiering.cjs", `const stamp = ${JSON.stringify(String(process.hrtime.bigint()))};`);
    const cache = `${file}.cache`;
    const moduleUrl = new URL("./code-cache.ts", import.meta.url).href;
    const child = (code: string, env: NodeJS.ProcessEnv = {}): string => {
      const run = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code, moduleUrl, file, cache], {
        encoding: "utf8",
        env: { ...process.env, NODE_OPTIONS: "", TRIANGULATE_CODE_CACHE: "", ...env },
      });
      assert.equal(run.status, 0, run.stderr);
      return run.stdout.trim();
    };
    // The child's argv: [node, module URL, bundle, cache].
    child('const m = await import(process.argv[1]); await m.runBundle(process.argv[2], process.argv[3], ["node", "t"]);', { TRIANGULATE_CODE_CACHE: "write" });
    assert.ok(existsSync(cache));
    const load = "const m = await import(process.argv[1]); console.log(m.loadBundle(process.argv[2], process.argv[3]).cache);";
    assert.equal(child(load), "used");
    assert.equal(child(`(await import("node:v8")).setFlagsFromString("--interrupt-budget=1081344"); ${load}`), "rejected");
  });
});

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BIN = join(ROOT, "bin", "triangulate.js");
const BUILT = existsSync(join(ROOT, "dist", "bundle", "cli.cjs")) && existsSync(join(ROOT, "dist", "cli", "code-cache.js"));

describe("the installed bin's analyze path", { skip: BUILT ? false : "no build (npm run build makes dist/bundle/cli.cjs)" }, () => {
  it("gives the same report from the CommonJS bundle with its code cache as from the ES module bundle", () => {
    const example = join(ROOT, "examples", "summit-story");
    const report = (codeCache: "on" | "off"): string => {
      const run = spawnSync(process.execPath, [BIN, "analyze", example, "--pack", join(example, "pack.json"), "--format", "json"], {
        encoding: "utf8",
        env: { ...process.env, TRIANGULATE_CODE_CACHE: codeCache },
      });
      assert.equal(run.status, 0, run.stderr);
      return run.stdout.replace(/"generatedAt": "[^"]*"/, '"generatedAt": ""');
    };
    assert.ok(isAscii(readFileSync(join(ROOT, "dist", "bundle", "cli.cjs"))), "the build escapes every other character");
    const cached = report("on");
    assert.ok(cached.includes('"facts"'));
    assert.equal(cached, report("off"));
  });
});
