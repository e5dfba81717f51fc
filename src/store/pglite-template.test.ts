/** @module Unpacking the empty-database template on disk: a whole folder, or nothing that counts as a database. */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { unpackTemplate } from "./pglite-template.ts";

/** One ustar entry: a header block, then the content padded to 512 bytes. */
function entry(name: string, type: "0" | "5" | "2", content = ""): Buffer {
  const header = Buffer.alloc(512);
  header.write(name, 0, "utf8");
  header.write("0000644\0", 100);
  header.write("0000000\0", 108);
  header.write("0000000\0", 116);
  header.write(`${Buffer.byteLength(content).toString(8).padStart(11, "0")}\0`, 124);
  header.write("00000000000\0", 136);
  header.write(type, 156);
  header.write("ustar\0", 257);
  header.write("        ", 148);
  let sum = 0;
  for (const b of header) sum += b;
  header.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148);
  const body = Buffer.from(content);
  return Buffer.concat([header, body, Buffer.alloc((512 - (body.length % 512)) % 512)]);
}

function tarball(dir: string, entries: Buffer[]): string {
  const file = path.join(dir, "t.tgz");
  writeFileSync(file, gzipSync(Buffer.concat([...entries, Buffer.alloc(1024)])));
  return file;
}

describe("unpackTemplate", () => {
  it("writes every folder and file, PG_VERSION included", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tpl-"));
    try {
      const big = "x".repeat(70_000);
      const file = tarball(dir, [entry("/base", "5"), entry("/base/1/2", "0", big), entry("/PG_VERSION", "0", "17\n"), entry("/empty", "0")]);
      const out = path.join(dir, "db");
      await unpackTemplate(file, out);
      assert.equal(readFileSync(path.join(out, "base/1/2"), "utf8"), big);
      assert.equal(readFileSync(path.join(out, "PG_VERSION"), "utf8"), "17\n");
      assert.equal(readFileSync(path.join(out, "empty"), "utf8"), "");
      assert.equal(existsSync(path.join(out, "PG_VERSION.unpacking")), false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses a name that leaves the folder or a link, and leaves no PG_VERSION behind", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tpl-"));
    try {
      for (const bad of [entry("/../escape", "0", "x"), entry("/link", "2")]) {
        const out = path.join(dir, "db");
        const file = tarball(dir, [entry("/PG_VERSION", "0", "17\n"), bad]);
        await assert.rejects(unpackTemplate(file, out), /leaves the folder|not a file or folder/);
        assert.equal(existsSync(path.join(out, "PG_VERSION")), false);
        assert.equal(existsSync(path.join(dir, "escape")), false);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses a tarball cut in the middle of a file", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tpl-"));
    try {
      const whole = Buffer.concat([entry("/PG_VERSION", "0", "17\n"), entry("/base", "0", "y".repeat(5000))]);
      const file = path.join(dir, "cut.tgz");
      writeFileSync(file, gzipSync(whole.subarray(0, 2048)));
      await assert.rejects(unpackTemplate(file, path.join(dir, "db")), /ends in the middle/);
      assert.equal(existsSync(path.join(dir, "db", "PG_VERSION")), false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
