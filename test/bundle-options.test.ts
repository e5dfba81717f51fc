/**
 * @module The esbuild settings of the CLI bundles (scripts/bundle-options.mjs): what they make of
 * the code the bundles are built from.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { transform } from "esbuild";

const options = (await import(new URL("../scripts/bundle-options.mjs", import.meta.url).href)) as { TARGET: string; SUPPORTED: Record<string, boolean> };

describe("the CLI bundles' esbuild settings", () => {
  it("keep regular-expression literals with property escapes as literals, which reuse their compiled pattern", async () => {
    const code = "export const capital = (w) => /^\\p{Lu}/u.test(w) && /^[\\p{L}\\d]{2,}$/u.test(w);\n";
    const { code: out } = await transform(code, { target: options.TARGET, supported: options.SUPPORTED, format: "esm" });
    assert.ok(!out.includes("new RegExp"), out);
    assert.match(out, /\/\^\\p\{Lu\}\/u\.test\(w\)/);
  });
});
