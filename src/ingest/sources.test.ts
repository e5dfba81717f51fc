/** @module Folder walks: links out of the given folder are not followed (one error each), links inside it are, and an unreadable sub-folder costs only itself. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
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

/** Root reads any folder, so as root the walk runs in a child process as the unprivileged user "nobody". */
const AS_NOBODY = process.getuid?.() === 0 ? 65534 : null;

async function walk(folder: string): Promise<{ articles: string[]; errors: string[] }> {
  if (AS_NOBODY === null) {
    const { articles, errors } = await ingest([folder]);
    return { articles: articles.map((a) => a.origin), errors: errors.map((e) => e.message) };
  }
  const index = new URL("./index.ts", import.meta.url).href;
  const script = `const { ingest } = await import(${JSON.stringify(index)}); const r = await ingest([process.argv[1]]);
process.stdout.write(JSON.stringify({ articles: r.articles.map((a) => a.origin), errors: r.errors.map((e) => e.message) }));`;
  const root = fileURLToPath(new URL("../..", import.meta.url));
  const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script, folder], { cwd: root, uid: AS_NOBODY, gid: AS_NOBODY, encoding: "utf8", env: { ...process.env, HOME: tmpdir() } });
  return JSON.parse(out) as { articles: string[]; errors: string[] };
}

test("an unreadable sub-folder is one error; its siblings are read", { timeout: 60_000 }, async () => {
  const base = mkdtempSync(join(tmpdir(), "triangulate-walk-"));
  const locked = join(base, "locked");
  try {
    chmodSync(base, 0o755);
    mkdirSync(locked);
    mkdirSync(join(base, "open"));
    writeFileSync(join(base, "a.txt"), TEXT);
    writeFileSync(join(base, "open", "c.txt"), `${TEXT} Cargo ships waited.`);
    writeFileSync(join(locked, "b.txt"), TEXT);
    chmodSync(locked, 0o000);
    const { articles, errors } = await walk(base);
    assert.deepEqual(articles.map((o) => o.slice(base.length + 1)).sort(), ["a.txt", "open/c.txt"]);
    assert.equal(errors.length, 1);
    assert.match(errors[0] ?? "", /could not be read/);
  } finally {
    chmodSync(locked, 0o755);
    rmSync(base, { recursive: true, force: true });
  }
});
