/**
 * @module The store commands end to end in-process (`stories`, `report`, `search`) against a
 * data folder filled through the store API, capturing what they print and their exit codes.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Command } from "commander";
import { parse } from "csv-parse/sync";
import { registerStoreCommands, table } from "../../src/cli/store-commands.ts";
import { openStore } from "../../src/store/open.ts";
import { StoreError } from "../../src/errors.ts";
import { existsSync } from "node:fs";
import { ingestIntoStore } from "../../src/store/library.ts";
import { BRIDGE_A, BRIDGE_B, CHESS, fakePipeline } from "./fixtures.ts";

// The commands pick Postgres when DATABASE_URL is set; these tests are about the embedded store.
delete process.env["DATABASE_URL"];

let dir = "";
let bridge = "";

async function run(args: readonly string[], data = dir): Promise<{ out: string; err: string; code: number }> {
  let out = "";
  let err = "";
  const program = new Command().exitOverride();
  registerStoreCommands(program, { out: (text) => void (out += text), err: (line) => void (err += `${line}\n`) });
  process.exitCode = 0;
  await program.parseAsync(["node", "triangulate", ...args, "--data", data]);
  const code = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return { out, err, code };
}

describe("store commands", () => {
  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "triangulate-cli-"));
    const store = await openStore({ dataDir: dir, databaseUrl: null });
    const result = await ingestIntoStore(store, [BRIDGE_A, BRIDGE_B, CHESS], { pipeline: fakePipeline() });
    bridge = result.stories.find((s) => s.added.includes(BRIDGE_A.id))?.id ?? "";
    await store.close();
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("lists stories as a table and as JSON, and prints reports and search hits", async () => {
    const listed = await run(["stories"]);
    assert.equal(listed.code, 0);
    assert.match(listed.out, /^ID\s+TITLE\s+ARTICLES\s+CONTESTED\s+SINGLE-SOURCE\n/);
    assert.match(listed.out, new RegExp(`${bridge}\\s+.*\\s2\\s+1\\s+2\\n`));

    const json = await run(["stories", "--json"]);
    assert.deepEqual((JSON.parse(json.out) as { id: string }[]).map((s) => s.id).sort(), [bridge, (JSON.parse(json.out) as { id: string }[]).find((s) => s.id !== bridge)?.id].sort());

    const report = await run(["report", bridge, "--format", "json"]);
    assert.equal(report.code, 0);
    assert.equal((JSON.parse(report.out) as { schema: string }).schema, "triangulate.report/v1");

    const out = path.join(dir, "out", "report.json");
    assert.equal((await run(["report", bridge, "--format", "json", "--out", out])).code, 0);
    assert.deepEqual(JSON.parse(await readFile(out, "utf8")), JSON.parse(report.out));

    // CSV: the facts, and the anomalies beside them, both valid for a CSV parser.
    const csv = path.join(dir, "out", "facts.csv");
    const written = await run(["report", bridge, "--out", csv]);
    assert.equal(written.code, 0);
    assert.match(written.err, /facts\.csv and .*facts-anomalies\.csv/);
    const rows = parse<Record<string, string>>(await readFile(csv, "utf8"), { columns: true, record_delimiter: "\r\n" });
    assert.ok(rows.length > 0 && rows.every((r) => r["fact_id"] && r["verdict"] && r["quote"]), "one row per fact and article, each with its verdict and quote");
    parse(await readFile(path.join(dir, "out", "facts-anomalies.csv"), "utf8"), { columns: true, record_delimiter: "\r\n" });

    const missing = await run(["report", "no-such-story", "--format", "json"]);
    assert.equal(missing.code, 1);
    assert.match(missing.err, /no story no-such-story/);

    const hits = await run(["search", "grandmasters"]);
    assert.match(hits.out, /^1 article:\n/);
    assert.match(hits.out, /\[grandmasters\]/);
  });

  it("a read command on a folder that holds no store says so and creates nothing", async () => {
    for (const args of [["stories"], ["search", "bridge"], ["report", "s123"], ["serve"]]) {
      const missing = path.join(dir, "mistyped", args[0] ?? "");
      await assert.rejects(run(args, missing), (e: unknown) => e instanceof StoreError && /^no store at .*mistyped/.test(e.message), args.join(" "));
      assert.equal(existsSync(missing), false, "no empty store is created");
    }
  });

  it("aligns table columns", () => {
    assert.equal(table(["A", "BB"], [["xyz", "1"], ["q", "22"]]), "A    BB\nxyz  1\nq    22\n");
  });
});
