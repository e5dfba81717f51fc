/**
 * @module Opening a store: embedded PGlite in a data folder (default `./.triangulate`), or a
 * Postgres server when a database URL is given (or `DATABASE_URL` is set). Runs the
 * migrations, and wraps connection failures in a `StoreError` that says how to fix them.
 *
 * PGlite goes through our own Kysely dialect (pglite-dialect.ts): one connection handed to one
 * holder at a time, transactions via `pglite.transaction`. Kysely 0.29 ships a `PGliteDialect`,
 * but 0.29 declares `engines: node >=22` and we run on Node 20, so we pin 0.28 (engines
 * `node >=20`), which has none; the community ones lag (kysely-pglite pins kysely 0.27,
 * kysely-pglite-dialect peers pglite ≤ 0.4).
 */
import { mkdir } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { Kysely, Migrator, PostgresDialect, sql } from "kysely";
import { StoreError } from "../errors.ts";
import { PGliteDialect } from "./pglite-dialect.ts";
import { migrationProvider, type Database } from "./schema.ts";
import { SqlStore } from "./sql-store.ts";
import { lockStore } from "./lock.ts";
import { PGLITE_CONF, pgliteTemplate, pgliteTemplateFile, unpackTemplate } from "./pglite-template.ts";
import type { Store } from "./types.ts";

export const DEFAULT_DATA_DIR = ".triangulate";

export interface OpenStoreOptions {
  /** PGlite data folder (default `./.triangulate`); ignored when a database URL is used. */
  readonly dataDir?: string;
  /** Postgres connection string. Default: `env.DATABASE_URL`; when neither is set, PGlite. */
  readonly databaseUrl?: string | null;
  /** Keep the PGlite database in memory (tests, benchmarks); nothing is written to disk. */
  readonly memory?: boolean;
  /** Postgres only: a schema to create and use instead of `public` (isolates test runs). */
  readonly schema?: string;
  /** Postgres pool size (default 10). */
  readonly poolSize?: number;
  /** Environment to read DATABASE_URL from (default `process.env`). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** PGlite only: the store must already exist (read commands): a mistyped --data DIR is an error, not a new empty store. */
  readonly mustExist?: boolean;
}

/** Opens (and migrates) the store the options and environment select. */
export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  const env = options.env ?? process.env;
  const url = options.databaseUrl === undefined ? (env["DATABASE_URL"] ?? null) : options.databaseUrl;
  if (url !== null && url.trim() !== "") return openPostgres(url, options);
  return openPGlite(options);
}

async function openPGlite(options: OpenStoreOptions): Promise<Store> {
  const { PGlite } = await import("@electric-sql/pglite");
  let dataDir: string | undefined;
  if (options.memory !== true) {
    dataDir = path.resolve(options.dataDir ?? DEFAULT_DATA_DIR);
    // A PGlite folder holds PG_VERSION once the database is created.
    if (options.mustExist && !existsSync(path.join(dataDir, "PG_VERSION"))) {
      throw new StoreError(`no store at ${dataDir}: add articles there with \`triangulate ingest\` first, or name the right folder with --data DIR`);
    }
    try {
      await mkdir(dataDir, { recursive: true });
    } catch (cause) {
      throw new StoreError(`cannot create the data folder ${dataDir}: choose a writable folder with --data DIR`, { cause });
    }
  }
  // One process at a time on a folder: a second one is refused, naming the holder (lock.ts).
  const lock = dataDir === undefined ? null : await lockStore(dataDir);
  let pglite;
  try {
    // A new store starts from the install's empty-database template when there is one (pglite-template.ts).
    let fresh = dataDir === undefined || !existsSync(path.join(dataDir, "PG_VERSION"));
    // On disk, unpacked before PGlite starts (less memory at peak); should that fail, PGlite loads it.
    const file = fresh && dataDir !== undefined ? pgliteTemplateFile(options.env) : null;
    if (file !== null && dataDir !== undefined) {
      try {
        await unpackTemplate(file, dataDir);
        fresh = false;
      } catch {
        fresh = !existsSync(path.join(dataDir, "PG_VERSION"));
      }
    }
    const template = fresh ? pgliteTemplate(options.env) : null;
    pglite = await PGlite.create({
      ...(dataDir === undefined ? {} : { dataDir }),
      ...(template ? { loadDataDir: template } : {}),
      postgresqlconf: [...PGLITE_CONF],
    });
  } catch (cause) {
    await lock?.release();
    throw new StoreError(`cannot open the embedded database in ${dataDir ?? "memory"}: it is not a PGlite folder, or it is damaged; use another --data DIR`, { cause });
  }
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
  try {
    await migrate(db, dataDir ?? "memory");
  } catch (err) {
    await lock?.release();
    throw err;
  }
  return new SqlStore(db, {
    backend: "pglite",
    onClose: async () => {
      try {
        await db.destroy();
      } finally {
        await lock?.release();
      }
    },
    onAnnounce: (url) => lock?.announce(url),
  });
}

async function openPostgres(url: string, options: OpenStoreOptions): Promise<Store> {
  const pg = await import("pg");
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new StoreError(`invalid schema name ${JSON.stringify(schema)}: expected lower-case letters, digits and _`);
  }
  const pool = new pg.default.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    if (schema !== undefined) await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
  } catch (cause) {
    await db.destroy();
    throw new StoreError(`cannot connect to Postgres at ${redact(url)}: check DATABASE_URL and that the server is running`, { cause });
  }
  await migrate(db, redact(url), schema);
  return new SqlStore(db, { backend: "postgres", onClose: () => db.destroy() });
}

async function migrate(db: Kysely<Database>, where: string, schema?: string): Promise<void> {
  // With a schema, the migration bookkeeping lives in it too (Kysely would otherwise find
  // another schema's kysely_migration table and skip creating its own).
  const migrator = new Migrator({ db, provider: migrationProvider, ...(schema === undefined ? {} : { migrationTableSchema: schema }) });
  let result;
  try {
    result = await migrator.migrateToLatest();
  } catch (cause) {
    await db.destroy();
    throw new StoreError(`cannot open the store at ${where}: check that the database is reachable`, { cause });
  }
  if (result.error !== undefined) {
    await db.destroy();
    const failed = result.results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new StoreError(`migration ${failed} failed on ${where}: the database may have been written by a newer triangulate`, {
      cause: result.error,
    });
  }
}

/** The URL without its password, for messages. */
function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== "") parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparsable DATABASE_URL)";
  }
}
