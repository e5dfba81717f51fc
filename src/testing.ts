/** @module Test helpers shared across modules (claim builders live in crosscheck/testing.ts). */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Run `f` with a new empty temporary folder (named from `prefix`), removed afterwards. */
export function withTempDir(prefix: string, f: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  try {
    f(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
