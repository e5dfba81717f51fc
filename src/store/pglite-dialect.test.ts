/** @module The PGlite dialect on a real in-memory PGlite: one connection holder at a time, transactions, row counts. */
import { after, before, beforeEach, describe, it } from "node:test";
import assert from "node:assert/strict";
import { setTimeout as sleep } from "node:timers/promises";
import { PGlite } from "@electric-sql/pglite";
import { Kysely, sql } from "kysely";
import { Mutex, PGliteDialect } from "./pglite-dialect.ts";
import { pgliteTemplate } from "./pglite-template.ts";

interface Db {
  t: { id: number; v: string };
}

describe("PGliteDialect", () => {
  let pglite: PGlite;
  let db: Kysely<Db>;

  before(async () => {
    // From the install's empty-database template when there is one (seconds faster than initdb).
    const template = pgliteTemplate();
    pglite = await PGlite.create(template === null ? {} : { loadDataDir: template });
    db = new Kysely<Db>({ dialect: new PGliteDialect({ pglite }) });
  });
  after(async () => {
    await db.destroy();
    assert.equal(pglite.closed, true, "destroy closes the instance");
  });
  beforeEach(async () => {
    await sql`drop table if exists t`.execute(db);
    await sql`create table t (id int primary key, v text not null)`.execute(db);
  });

  const count = async (): Promise<number> =>
    Number((await db.selectFrom("t").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);

  it("runs two concurrent transactions one after the other, and a plain query after both", async () => {
    const log: string[] = [];
    const run = (name: string, id: number) =>
      db.transaction().execute(async (trx) => {
        log.push(`${name} begin`);
        await trx.insertInto("t").values({ id, v: name }).execute();
        await sleep(15);
        log.push(`${name} seen ${(await trx.selectFrom("t").selectAll().execute()).length}`);
        log.push(`${name} end`);
      });
    const a = run("a", 1);
    const b = run("b", 2);
    const plain = (async () => {
      await sleep(5);
      log.push(`plain ${await count()}`);
    })();
    await Promise.all([a, b, plain]);
    assert.deepEqual(log, ["a begin", "a seen 1", "a end", "b begin", "b seen 2", "b end", "plain 2"]);
  });

  it("a transaction that throws leaves nothing, and the connection is free afterwards", async () => {
    const failure = new Error("boom");
    await assert.rejects(
      db.transaction().execute(async (trx) => {
        await trx.insertInto("t").values([{ id: 1, v: "x" }, { id: 2, v: "y" }]).execute();
        assert.equal((await trx.selectFrom("t").selectAll().execute()).length, 2);
        throw failure;
      }),
      (err) => err === failure,
    );
    assert.equal(await count(), 0);
    await db.insertInto("t").values({ id: 3, v: "z" }).execute();
    assert.equal(await count(), 1);
  });

  it("a commit after a failed statement fails and keeps nothing", async () => {
    await assert.rejects(
      db.transaction().execute(async (trx) => {
        await trx.insertInto("t").values({ id: 1, v: "x" }).execute();
        await assert.rejects(trx.insertInto("t").values({ id: 1, v: "duplicate" }).execute());
      }),
    );
    assert.equal(await count(), 0);
  });

  it("reports numAffectedRows as a bigint for insert, update and delete, and none for select", async () => {
    const inserted = await db.insertInto("t").values([1, 2, 3].map((id) => ({ id, v: "a" }))).executeTakeFirstOrThrow();
    assert.equal(inserted.numInsertedOrUpdatedRows, 3n);
    const updated = await db.updateTable("t").set({ v: "b" }).where("id", ">=", 2).executeTakeFirstOrThrow();
    assert.equal(updated.numUpdatedRows, 2n);
    const deleted = await db.deleteFrom("t").where("id", "=", 1).executeTakeFirstOrThrow();
    assert.equal(deleted.numDeletedRows, 1n);
    const selected = await db.executeQuery(db.selectFrom("t").selectAll().orderBy("id").compile());
    assert.deepEqual(selected.rows, [{ id: 2, v: "b" }, { id: 3, v: "b" }]);
    assert.equal(selected.numAffectedRows, undefined);
    const returned = await db.insertInto("t").values({ id: 9, v: "r" }).returning("id").execute();
    assert.deepEqual(returned, [{ id: 9 }]);
  });

  it("applies transaction settings, and refuses streaming with a clear error", async () => {
    await assert.rejects(
      db.transaction().setAccessMode("read only").execute((trx) => trx.insertInto("t").values({ id: 1, v: "x" }).execute()),
      /read-only transaction/,
    );
    await assert.rejects(async () => {
      for await (const row of db.selectFrom("t").selectAll().stream()) assert.fail(`streamed ${JSON.stringify(row)}`);
    }, /streaming is not supported by the PGlite dialect/);
    assert.equal(await count(), 0);
  });
});

describe("Mutex", () => {
  it("hands out holds in arrival order, each after the previous release", async () => {
    const mutex = new Mutex();
    const log: string[] = [];
    const hold = async (name: string) => {
      const release = await mutex.acquire();
      log.push(`${name}+`);
      await sleep(1);
      log.push(`${name}-`);
      release();
    };
    await Promise.all([hold("a"), hold("b"), hold("c")]);
    assert.deepEqual(log, ["a+", "a-", "b+", "b-", "c+", "c-"]);
  });
});
