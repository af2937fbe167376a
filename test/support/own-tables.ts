// The tables of a test database's own schema, for upgrade tests that compare every row before and after.
import { sql, type Kysely } from "kysely";

/** The tables of the database's own schema, without Kysely's: on PostgreSQL, other test files' schemas share the database. */
export async function ownTables<T>(db: Kysely<T>) {
  const tables = await db.introspection.getTables();
  const schemas = new Set(tables.map((table) => table.schema));
  const current =
    schemas.size > 1 || [...schemas][0] !== undefined
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
      : undefined;
  return tables.filter((table) => !table.name.startsWith("kysely_") && (current === undefined || table.schema === current));
}
