import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import type { Config } from "../env.js";
import { readOnlyPlugin } from "./read-only.js";
import { DEFAULT_READ_WORKERS, openReadWorkers, type ReadWorkerPool } from "./read-workers.js";
import type { DB } from "./schema.js";

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
  dialect: DialectName;
  /** Closes the read workers and the connection (or the pool). */
  close: () => Promise<void>;
};

// COUNT(*) comes back from PostgreSQL as int8, which pg gives as a string. Counts here stay far
// below 2^53, so they are read as numbers, matching SQLite.
pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));

type SqliteOptions = Extract<Config["database"], { dialect: "sqlite" }>;

export type DatabaseOptions =
  (Omit<SqliteOptions, "readWorkers"> & Partial<Pick<SqliteOptions, "readWorkers">>) | (Config["database"] & { dialect: "postgres" });

export function openDatabase(
  options: DatabaseOptions & {
    /** PostgreSQL only: the schema to work in (tests give each file its own). */
    schema?: string;
  },
): Database {
  if (options.dialect === "sqlite") {
    if (options.file !== ":memory:") mkdirSync(dirname(options.file), { recursive: true });
    const sqlite = new SQLite(options.file);
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("foreign_keys = ON");
    sqlite.pragma("busy_timeout = 5000");
    sqlite.pragma("synchronous = NORMAL");
    const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
    const size = options.readWorkers ?? DEFAULT_READ_WORKERS;
    // The workers wait for a lock as long as this connection does.
    const busyTimeoutMs = Number(sqlite.pragma("busy_timeout", { simple: true }));
    const readWorkers = options.file === ":memory:" || size === 0 ? null : openReadWorkers(options.file, { size, busyTimeoutMs });
    const close = async () => {
      await readWorkers?.close();
      await db.destroy();
    };
    return { db, readDb: (readWorkers?.db ?? db).withPlugin(readOnlyPlugin), readWorkers, dialect: "sqlite", close };
  }
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return { db, readDb: db.withPlugin(readOnlyPlugin), readWorkers: null, dialect: "postgres", close: () => db.destroy() };
}
