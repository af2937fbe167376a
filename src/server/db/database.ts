import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { POSTGRES_TIMEOUT_DEFAULTS, type Config, type PostgresTimeouts } from "../env.js";
import { openPostgresPool } from "./postgres-pool.js";
import type { DB } from "./schema.js";
import { ImmediateSqliteDialect, SQLITE_BUSY_TIMEOUT_MS } from "./sqlite-dialect.js";

export type DialectName = "sqlite" | "postgres";

export type Database = {
  db: Kysely<DB>;
  dialect: DialectName;
  close: () => Promise<void>;
};

// COUNT(*) comes back from PostgreSQL as int8, which pg gives as a string. Counts here stay far
// below 2^53, so they are read as numbers, matching SQLite.
pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));

type PostgresOptions = Omit<Extract<Config["database"], { dialect: "postgres" }>, "timeouts"> & { timeouts?: Partial<PostgresTimeouts> };

export type DatabaseOptions = (Extract<Config["database"], { dialect: "sqlite" }> | PostgresOptions) & {
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
    sqlite.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
    sqlite.pragma("synchronous = NORMAL");
    const db = new Kysely<DB>({ dialect: new ImmediateSqliteDialect({ database: sqlite }) });
    return { db, dialect: "sqlite", close: () => db.destroy() };
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
  return { db, dialect: "postgres", close: () => db.destroy() };
}
