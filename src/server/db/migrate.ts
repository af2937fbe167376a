import { Migrator, type Kysely, type MigrationResult } from "kysely";
import { migrations } from "./migrations/index.js";

export type MigrationReport = { applied: string[] };

/** Brings the schema up to date. Kysely's migration lock makes concurrent starts safe. */
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationReport> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result: MigrationResult) => result.status === "Error");
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Migration ${failed?.migrationName ?? "(unknown)"} failed: ${reason}`);
  }
  return { applied: (results ?? []).filter((result) => result.status === "Success").map((result) => result.migrationName) };
}
