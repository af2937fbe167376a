import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import type { Config } from "../env.js";
import type { DB } from "./schema.js";

export type DialectName = "sqlite" | "postgres";

export type Database = {
  db: Kysely<DB>;
  dialect: DialectName;
  close: () => Promise<void>;
};

// COUNT(*) comes back from PostgreSQL as int8, which pg gives as a string. Counts here stay far
// below 2^53, so they are read as numbers, matching SQLite.
pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));

export type DatabaseOptions = Config["database"] & {
  /** PostgreSQL only: the schema to work in (tests give each file its own). */
  schema?: string;
};

export function openDatabase(options: DatabaseOptions): Database {
  if (options.dialect === "sqlite") {
    if (options.file !== ":memory:") mkdirSync(dirname(options.file), { recursive: true });
    const sqlite = new SQLite(options.file);
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("foreign_keys = ON");
    sqlite.pragma("busy_timeout = 5000");
    sqlite.pragma("synchronous = NORMAL");
    const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
    return { db, dialect: "sqlite", close: () => db.destroy() };
  }
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: "postgres", close: () => db.destroy() };
}
