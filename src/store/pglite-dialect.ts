/**
 * @module A Kysely 0.28 dialect for one embedded PGlite database: Postgres SQL (adapter, query
 * compiler, introspector) over a driver with a single connection. PGlite runs one backend, so
 * the driver hands out that one connection to one holder at a time (a FIFO mutex: a second
 * acquire waits until the first holder releases it); a transaction holds it from BEGIN to
 * COMMIT/ROLLBACK. Transactions run inside `pglite.transaction`, which locks the instance
 * against any other user of it and fails a COMMIT that Postgres turned into a ROLLBACK (a
 * statement failed and the caller went on). Streaming is not supported.
 *
 * Why our own: Kysely 0.29 ships a PGlite dialect but requires Node 22; we run on Node 20 and
 * pin Kysely 0.28 (see open.ts).
 */
import {
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type CompiledQuery,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
  type TransactionSettings,
} from "kysely";
import type { PGlite, Results, Transaction } from "@electric-sql/pglite";

/** Postgres SQL over one PGlite instance; `Kysely.destroy()` closes the instance. */
export class PGliteDialect implements Dialect {
  readonly #pglite: PGlite;

  constructor(config: { readonly pglite: PGlite }) {
    this.#pglite = config.pglite;
  }

  createAdapter(): DialectAdapter {
    return new PostgresAdapter();
  }

  createDriver(): Driver {
    return new PGliteDriver(this.#pglite);
  }

  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new PostgresIntrospector(db);
  }

  createQueryCompiler(): QueryCompiler {
    return new PostgresQueryCompiler();
  }
}

/** One holder at a time, in arrival order. */
export class Mutex {
  #tail: Promise<void> = Promise.resolve();

  /** Resolves, once every earlier holder has released, with this holder's release function. */
  async acquire(): Promise<() => void> {
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const previous = this.#tail;
    this.#tail = previous.then(() => mine);
    await previous;
    return release;
  }
}

/** Hands out the instance's single connection to one holder at a time. */
export class PGliteDriver implements Driver {
  readonly #pglite: PGlite;
  readonly #mutex = new Mutex();
  #connection: PGliteConnection | undefined;
  #release: (() => void) | undefined;

  constructor(pglite: PGlite) {
    this.#pglite = pglite;
  }

  async init(): Promise<void> {
    if (this.#pglite.closed) throw new Error("the PGlite instance is already closed");
    await this.#pglite.waitReady;
    this.#connection = new PGliteConnection(this.#pglite);
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const release = await this.#mutex.acquire();
    if (this.#connection === undefined) {
      release();
      throw new Error("the PGlite driver is not initialized, or was destroyed");
    }
    this.#release = release;
    return this.#connection;
  }

  releaseConnection(): Promise<void> {
    const release = this.#release;
    this.#release = undefined;
    release?.();
    return Promise.resolve();
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    await (connection as PGliteConnection).begin(settings);
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as PGliteConnection).end("commit");
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as PGliteConnection).end("rollback");
  }

  async destroy(): Promise<void> {
    this.#connection = undefined;
    if (!this.#pglite.closed) await this.#pglite.close();
  }
}

/** How an open transaction ends. */
type Outcome = "commit" | "rollback";

/** Statements whose count Kysely reports as `numAffectedRows`. */
const WRITES = new Set(["INSERT", "UPDATE", "DELETE", "MERGE"]);

/** The one connection: plain queries, or the queries of the open transaction. */
class PGliteConnection implements DatabaseConnection {
  readonly #pglite: PGlite;
  /** The open transaction, its end, and the promise `pglite.transaction` settles when it is over. */
  #open: { tx: Transaction; finish: (outcome: Outcome) => void; done: Promise<void> } | undefined;

  constructor(pglite: PGlite) {
    this.#pglite = pglite;
  }

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const runner = this.#open?.tx ?? this.#pglite;
    const result: Results<R> = await runner.query<R>(compiled.sql, [...compiled.parameters], { rowMode: "object" });
    if (result.command !== undefined && WRITES.has(result.command)) {
      return { rows: result.rows, numAffectedRows: BigInt(result.affectedRows ?? 0) };
    }
    return { rows: result.rows };
  }

  /** PGlite has no cursor protocol to stream with: says so rather than reading everything at once. */
  streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error("streaming is not supported by the PGlite dialect: run the query with execute() instead");
  }

  /** Opens a transaction in `pglite.transaction`, kept open until `end`. */
  async begin(settings: TransactionSettings): Promise<void> {
    if (this.#open !== undefined) throw new Error("a transaction is already open on the PGlite connection");
    let started!: (tx: Transaction) => void;
    const begun = new Promise<Transaction>((resolve) => (started = resolve));
    let finish!: (outcome: Outcome) => void;
    const ended = new Promise<Outcome>((resolve) => (finish = resolve));
    const done = this.#pglite.transaction(async (tx) => {
      started(tx);
      if ((await ended) === "rollback") await tx.rollback();
    });
    // BEGIN itself may fail: then `done` rejects and `begun` never resolves.
    const tx = await Promise.race([begun, done.then(() => Promise.reject(new Error("the PGlite transaction ended before it began")))]);
    this.#open = { tx, finish, done };
    const set = [
      settings.isolationLevel === undefined ? "" : `isolation level ${settings.isolationLevel}`,
      settings.accessMode ?? "",
    ].filter((s) => s !== "");
    if (set.length === 0) return;
    try {
      await tx.query(`set transaction ${set.join(", ")}`);
    } catch (err) {
      await this.end("rollback");
      throw err;
    }
  }

  /**
   * Commits (PGlite throws when Postgres rolled back instead) or rolls back the open transaction.
   * A rollback with none open does nothing: Kysely rolls back after a failed BEGIN or COMMIT too.
   */
  async end(outcome: Outcome): Promise<void> {
    const open = this.#open;
    if (open === undefined) {
      if (outcome === "rollback") return;
      throw new Error("no transaction is open on the PGlite connection to commit");
    }
    this.#open = undefined;
    open.finish(outcome);
    await open.done;
  }
}
