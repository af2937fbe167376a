import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { POSTGRES_TIMEOUT_DEFAULTS, type Config, type PostgresTimeouts } from "../env.js";
import { openPostgresPool } from "./postgres-pool.js";
import { readOnlyPlugin } from "./read-only.js";
import { DEFAULT_READ_WORKERS, openImportWorker, openReadWorkers, type ReadWorkerPool } from "./read-workers.js";
import type { DB } from "./schema.js";
import { ImmediateSqliteDialect, SQLITE_BUSY_TIMEOUT_MS } from "./sqlite-dialect.js";

export type DialectName = "sqlite" | "postgres";

export type Database = {
  db: Kysely<DB>;
  /**
   * Where long reads (reports, exports) run: on a SQLite file, worker threads with read-only
   * connections, so that they never hold the event loop; on PostgreSQL, whose driver is asynchronous
   * already, and on an in-memory SQLite, which no other connection can open, the same connection as
   * `db`. It refuses writes, and sees committed data only: a write made in a transaction of `db` is
   * not there until it commits.
   */
  readDb: Kysely<DB>;
  /** The worker threads behind `readDb`, when it has any. */
  readWorkers: ReadWorkerPool | null;
  /**
   * Where imports run (see write-after-check.ts): on a SQLite file, a worker thread with a read-write
   * connection of its own, so that checking a large file holds neither the event loop nor the
   * connection of `db`, which keeps answering other requests; elsewhere the same as `db`.
   */
  importDb: Kysely<DB>;
  dialect: DialectName;
  /** Closes the read workers and the connection (or the pool). */
  close: () => Promise<void>;
};

// COUNT(*) comes back from PostgreSQL as int8, which pg gives as a string. Counts here stay far
// below 2^53, so they are read as numbers, matching SQLite.
pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));

type SqliteOptions = Extract<Config["database"], { dialect: "sqlite" }>;
type PostgresOptions = Omit<Extract<Config["database"], { dialect: "postgres" }>, "timeouts"> & { timeouts?: Partial<PostgresTimeouts> };

export type DatabaseOptions = ((Omit<SqliteOptions, "readWorkers"> & Partial<Pick<SqliteOptions, "readWorkers">>) | PostgresOptions) & {
  /** PostgreSQL only: the schema to work in (tests give each file its own). */
  schema?: string;
  /** PostgreSQL only: told of a pooled connection lost while idle (a restart of the database); stderr by default. */
  onConnectionError?: (error: Error) => void;
};

function warnConnectionLost(error: Error): void {
  console.error(`PostgreSQL connection lost (${error.message}); it is replaced on next use.`);
}

export function openDatabase(options: DatabaseOptions): Database {
  if (options.dialect === "sqlite") {
    if (options.file !== ":memory:") mkdirSync(dirname(options.file), { recursive: true });
    const sqlite = new SQLite(options.file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("foreign_keys = ON");
    sqlite.pragma("synchronous = NORMAL");
    // This connection waits for locks off the event loop (sqlite-dialect.ts); the workers, on threads of their own, inside SQLite.
    const db = new Kysely<DB>({ dialect: new ImmediateSqliteDialect(sqlite) });
    const size = options.readWorkers ?? DEFAULT_READ_WORKERS;
    const busyTimeoutMs = SQLITE_BUSY_TIMEOUT_MS;
    const onFile = options.file !== ":memory:";
    const readWorkers = !onFile || size === 0 ? null : openReadWorkers(options.file, { size, busyTimeoutMs });
    const importWorker = onFile ? openImportWorker(options.file, { busyTimeoutMs }) : null;
    const close = async () => {
      await Promise.all([readWorkers?.close(), importWorker?.close()]);
      await db.destroy();
    };
    const readDb = (readWorkers?.db ?? db).withPlugin(readOnlyPlugin);
    return { db, readDb, readWorkers, importDb: importWorker?.db ?? db, dialect: "sqlite", close };
  }
  const timeouts = { ...POSTGRES_TIMEOUT_DEFAULTS, ...options.timeouts };
  const pool = openPostgresPool({
    url: options.url,
    poolSize: options.poolSize,
    connectTimeoutMs: timeouts.connectMs,
    statementTimeoutMs: timeouts.statementMs,
    idleTimeoutMs: timeouts.idleMs,
    schema: options.schema,
    onConnectionError: options.onConnectionError ?? warnConnectionLost,
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return { db, readDb: db.withPlugin(readOnlyPlugin), readWorkers: null, importDb: db, dialect: "postgres", close: () => db.destroy() };
}
