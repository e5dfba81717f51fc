/**
 * @module The esbuild settings of the CLI bundles (scripts/bundle-options.mjs): what they make of
 * the code the bundles are built from.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { build, transform, type Plugin } from "esbuild";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";

const options = (await import(new URL("../scripts/bundle-options.mjs", import.meta.url).href)) as {
  TARGET: string;
  SUPPORTED: Record<string, boolean>;
  lazyCommander: Plugin;
  lazyChildProcess: (source: string) => string;
};

/** Whether requiring the CommonJS bundle of `entry` (built with `plugins`) loads child_process, and whether it runs. */
async function loadsChildProcess(plugins: Plugin[]): Promise<{ loaded: boolean; ok: boolean }> {
  const dir = await mkdtemp(join(tmpdir(), "tri-bundle-options-"));
  try {
    const entry = join(dir, "entry.mjs");
    const out = join(dir, "out.cjs");
    await writeFile(entry, 'import { Command } from "commander";\nexport const ok = typeof new Command().name("x").parse === "function";\n');
    await build({ entryPoints: [entry], outfile: out, bundle: true, format: "cjs", platform: "node", target: options.TARGET, plugins, nodePaths: [join(process.cwd(), "node_modules")], logLevel: "silent" });
    const probe = `const m = require(${JSON.stringify(out)}); console.log(JSON.stringify({ loaded: process.moduleLoadList.some((x) => x === "NativeModule child_process"), ok: m.ok }));`;
    const r = spawnSync(process.execPath, ["-e", probe], { encoding: "utf8" });
    return JSON.parse(r.stdout) as { loaded: boolean; ok: boolean };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe("the CLI bundles' esbuild settings", () => {
  it("keep regular-expression literals with property escapes as literals, which reuse their compiled pattern", async () => {
    const code = "export const capital = (w) => /^\\p{Lu}/u.test(w) && /^[\\p{L}\\d]{2,}$/u.test(w);\n";
    const { code: out } = await transform(code, { target: options.TARGET, supported: options.SUPPORTED, format: "esm" });
    assert.ok(!out.includes("new RegExp"), out);
    assert.match(out, /\/\^\\p\{Lu\}\/u\.test\(w\)/);
  });

  it("leave commander's child_process unloaded until a subcommand program is spawned", async () => {
    assert.deepEqual(await loadsChildProcess([]), { loaded: true, ok: true });
    assert.deepEqual(await loadsChildProcess([options.lazyCommander]), { loaded: false, ok: true });
    assert.throws(() => options.lazyChildProcess("const x = 1;"), /not found/);
  });
});
