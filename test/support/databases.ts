import { inject } from "vitest";
import pg from "pg";
import { openDatabase, type Database, type DialectName } from "../../src/server/db/database.js";
import { migrateUpTo } from "../../src/server/db/migrate.js";
import { randomToken } from "../../src/server/crypto.js";

/** The databases this run tests against: those DIALECTS names (both by default), PostgreSQL only when one answers. */
export const DIALECTS: DialectName[] = inject("dialects");

export type TestDatabase = Database & { url: string | null; schema: string | null };

/**
 * A fresh, migrated database: an in-memory SQLite, or a PostgreSQL schema of its own that is
 * dropped on close, so test files can run side by side. `upTo` stops at that migration, to test an upgrade.
 */
export async function createTestDatabase(
  dialect: DialectName,
  options: { sqliteFile?: string; upTo?: string } = {},
): Promise<TestDatabase> {
  if (dialect === "sqlite") {
    const database = openDatabase({ dialect: "sqlite", file: options.sqliteFile ?? ":memory:" });
    await migrateUpTo(database.db, options.upTo);
    return { ...database, url: null, schema: null };
  }
  const url = inject("postgresUrl");
  if (!url) throw new Error("PostgreSQL is not available in this run");
  const schema = `test_${randomToken(9)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "x")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema "${schema}"`);
  await admin.end();
  const database = openDatabase({ dialect: "postgres", url, poolSize: 4, schema });
  await migrateUpTo(database.db, options.upTo);
  return {
    ...database,
    url,
    schema,
    close: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`drop schema "${schema}" cascade`);
      await cleanup.end();
    },
  };
}
