import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

describe("projectWorker", () => {
  it("leaves Node's worker_threads module unloaded until a thread is started", async () => {
    // Plain node on the module compiled to JavaScript: under tsx, its loader's own thread loads worker_threads.
    const out = await build({ entryPoints: [fileURLToPath(new URL("./worker-thread.ts", import.meta.url))], bundle: true, write: false, format: "esm", platform: "node", logLevel: "silent" });
    const code = `${out.outputFiles[0]?.text ?? ""}\nconst loaded = () => process.moduleLoadList.includes("NativeModule worker_threads");\nconst before = loaded();\nprojectWorker(new URL("data:text/javascript,")).terminate();\nconsole.log(JSON.stringify([before, loaded()]));\n`;
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8" });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), [false, true]);
  });
});
