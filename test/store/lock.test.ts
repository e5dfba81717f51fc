/**
 * @module One process at a time on an embedded store: a second opener is refused with an error
 * naming the holder (and a server's address), the lock goes with close, a lock left by a process
 * killed with kill -9 is taken over once stale, and a real `ingest` while `serve` runs on the same
 * folder is refused and loses nothing (a write posted to the server goes in, and the server stops
 * on SIGTERM, analysis worker and all).
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { startServeProcess } from "../../bench/serve/process.ts";
import { mkdirSync, utimesSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { openStore } from "../../src/store/open.ts";
import { StoreError } from "../../src/errors.ts";
import { lockHolder, STALE_MS } from "../../src/store/lock.ts";
import { ingestIntoStore } from "../../src/store/library.ts";
import { BRIDGE_A, CHESS, fakePipeline } from "./fixtures.ts";

delete process.env["DATABASE_URL"];
const root = fileURLToPath(new URL("../..", import.meta.url));

describe("embedded store lock", () => {
  it("refuses a second opener, naming the holder and where a server can be reached; close releases it", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "triangulate-lock-"));
    try {
      const first = await openStore({ dataDir: dir, databaseUrl: null });
      first.announce("http://127.0.0.1:8787");
      await assert.rejects(
        openStore({ dataDir: dir, databaseUrl: null }),
        (e: unknown) => e instanceof StoreError && e.message.includes(`pid ${process.pid}`) && e.message.includes("POST http://127.0.0.1:8787/api/articles"),
      );
      await first.close();
      assert.equal(lockHolder(dir), null);
      const again = await openStore({ dataDir: dir, databaseUrl: null });
      await again.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("takes over at once a lock whose holder on this machine is no longer running (kill -9)", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "triangulate-lock-"));
    try {
      const dead = spawnSync(process.execPath, ["-e", "0"]).pid ?? 999999;
      mkdirSync(path.join(dir, "triangulate.lock"));
      writeFileSync(path.join(dir, "triangulate.owner.json"), JSON.stringify({ pid: dead, host: hostname(), command: "triangulate ingest", since: new Date().toISOString() }));
      const store = await openStore({ dataDir: dir, databaseUrl: null });
      assert.equal(lockHolder(dir)?.pid, process.pid);
      await store.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("takes over a lock whose holder died without releasing it (stale)", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "triangulate-lock-"));
    try {
      const lockDir = path.join(dir, "triangulate.lock");
      mkdirSync(lockDir);
      writeFileSync(path.join(dir, "triangulate.owner.json"), JSON.stringify({ pid: 999999, host: "gone", command: "triangulate ingest", since: "2026-01-01T00:00:00Z" }));
      const old = new Date(Date.now() - STALE_MS * 2);
      utimesSync(lockDir, old, old);
      const store = await openStore({ dataDir: dir, databaseUrl: null });
      assert.equal(lockHolder(dir)?.pid, process.pid);
      await store.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("a real ingest while serve runs on the same folder is refused, and the store then opens with every article", { timeout: 120_000 }, async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "triangulate-lock-"));
    const seeded = await openStore({ dataDir: dir, databaseUrl: null });
    await ingestIntoStore(seeded, [BRIDGE_A, CHESS], { pipeline: fakePipeline() });
    await seeded.close();
    const env = { ...process.env, DATABASE_URL: "", TRIANGULATE_NO_EMBEDDINGS: "1" };
    const cli = path.join(root, "src", "cli", "main.ts");
    const server = await startServeProcess(dir, env);
    const url = server.url;
    try {
      // A write through the server (analyzed in its worker thread) goes in.
      const posted = await fetch(`${url}/api/articles`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ title: "Ferries resume", text: "Ferries to the islands resumed on Wednesday after the storm, the operator said.", outlet: "Harbour News", url: "https://harbour.example/ferries" }),
      });
      assert.equal(posted.status, 201);
      const input = path.join(dir, "..", `${path.basename(dir)}-in.txt`);
      writeFileSync(input, "Heavy rain closed the port of Varnholm on Tuesday, harbour officials said.\n\nFerries were cancelled.");
      const ingest = spawnSync(process.execPath, ["--import", "tsx", cli, "ingest", input, "--data", dir], { cwd: root, env, encoding: "utf8" });
      await rm(input, { force: true });
      assert.notEqual(ingest.status, 0);
      assert.match(ingest.stderr, /in use by triangulate serve/);
      assert.ok(ingest.stderr.includes(`POST ${url}/api/articles`), ingest.stderr);
      assert.doesNotMatch(ingest.stderr, /\n\s+at /, "no stack trace");
    } finally {
      // The server stops on SIGTERM, its analysis worker with it (the test would time out otherwise).
      await server.stop();
    }
    const after = await openStore({ dataDir: dir, databaseUrl: null });
    try {
      assert.equal((await after.listArticles({})).length, 3);
    } finally {
      await after.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
