import { Migrator, PostgresIntrospector, sql, type Kysely, type MigrationResult } from "kysely";
import { migrations } from "./migrations/index.js";

export type MigrationReport = { applied: string[] };

// Kysely decides whether its bookkeeping tables exist by looking through every schema it can see.
// With several schemas in one PostgreSQL database (tests give each file its own), it would find
// another schema's tables and skip creating its own, so on PostgreSQL it is pinned to the current one.
async function migrationTableSchemaOf(db: Kysely<any>): Promise<string | undefined> {
  if (!(db.introspection instanceof PostgresIntrospector)) return undefined;
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  return rows[0]?.schema ?? undefined;
}

/** Brings the schema up to date. Kysely's migration lock makes concurrent starts safe. */
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationReport> {
  return migrateUpTo(db, undefined);
}

/** Applies the migrations up to and including `last` (all when undefined): upgrades are tested from an older schema. */
export async function migrateUpTo(db: Kysely<any>, last: string | undefined): Promise<MigrationReport> {
  const migrationTableSchema = await migrationTableSchemaOf(db);
  const migrator = new Migrator({ db, migrationTableSchema, provider: { getMigrations: async () => migrations } });
  const { error, results } = last === undefined ? await migrator.migrateToLatest() : await migrator.migrateTo(last);
  if (error) {
    const failed = results?.find((result: MigrationResult) => result.status === "Error");
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Migration ${failed?.migrationName ?? "(unknown)"} failed: ${reason}`);
  }
  return { applied: (results ?? []).filter((result) => result.status === "Success").map((result) => result.migrationName) };
}
