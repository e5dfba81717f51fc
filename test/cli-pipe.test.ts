/** @module The CLI stops quietly when the reader of its output closes the pipe (`triangulate analyze … | head`). */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

void test("a closed output pipe ends the command with no stack trace", async () => {
  const cli = `"${process.execPath}" --import tsx src/cli/main.ts analyze examples/summit-story --pack examples/summit-story/pack.json --format json`;
  const child = spawn("bash", ["-c", `set -o pipefail; ${cli} | head -c 10 > /dev/null`], { cwd: ROOT });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  assert.doesNotMatch(stderr, /EPIPE|Error:|\n\s+at /);
  assert.equal(code, 0, stderr);
});
