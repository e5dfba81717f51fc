/** @module Folder walks: links out of the given folder are not followed (one error each), links inside it are, and an unreadable sub-folder costs only itself. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ingest } from "./index.ts";

const TEXT = "Port reopens\n\nThe port of Varnholm reopened on Tuesday after a storm, officials said.";

test("a link out of the folder is one error and is not read; a link inside it is read once", async () => {
  const base = mkdtempSync(join(tmpdir(), "triangulate-walk-"));
  try {
    const folder = join(base, "in");
    mkdirSync(join(folder, "sub"), { recursive: true });
    writeFileSync(join(folder, "a.txt"), TEXT);
    writeFileSync(join(folder, "sub", "b.txt"), `${TEXT} Ferries resumed.`);
    writeFileSync(join(base, "secret.txt"), "Secret\n\nThis file lies outside the folder and must not be read.");
    symlinkSync(join(base, "secret.txt"), join(folder, "outside.txt"));
    symlinkSync(join(folder, "sub"), join(folder, "again"));
    const { articles, errors } = await ingest([folder]);
    // sub/ is reached through the link "again" first (names in order) and read once.
    assert.deepEqual(articles.map((a) => a.origin.slice(folder.length + 1)).sort(), ["a.txt", "again/b.txt"]);
    assert.equal(errors.length, 1);
    assert.match(errors[0]?.message ?? "", /outside the folder/);
    assert.ok(errors[0]?.origin.endsWith("outside.txt"));
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
});

test("an unreadable sub-folder is one error; its siblings are read", { skip: process.getuid?.() === 0 ? "running as root, which reads any folder" : false }, async () => {
  const base = mkdtempSync(join(tmpdir(), "triangulate-walk-"));
  const locked = join(base, "locked");
  try {
    mkdirSync(locked);
    writeFileSync(join(base, "a.txt"), TEXT);
    writeFileSync(join(locked, "b.txt"), TEXT);
    chmodSync(locked, 0o000);
    const { articles, errors } = await ingest([base]);
    assert.equal(articles.length, 1);
    assert.match(errors[0]?.message ?? "", /could not be read/);
  } finally {
    chmodSync(locked, 0o755);
    rmSync(base, { recursive: true, force: true });
  }
});
