// What a database holds, reduced to a row count and a hash per table, to tell whether a request
// changed anything. Tables are read from the database's own catalog, so a table a migration adds is
// covered without being listed here.
import { createHash } from "node:crypto";
import { sql } from "kysely";
import type { TestDatabase } from "./databases.js";

export type Fingerprint = Map<string, { rows: number; hash: string }>;

/** Columns (or whole tables, as "*") that a change is not looked for in. */
export type Ignored = Record<string, readonly string[]>;

/** Rows that a change is not looked for in: those of a table whose column holds one of the values. */
export type IgnoredRows = Record<string, { column: string; values: readonly string[] }>;

/** The tables of the database under test: its own PostgreSQL schema, or the SQLite file; migrations' bookkeeping left out. */
export async function tablesOf(database: TestDatabase): Promise<string[]> {
  const tables = await database.db.introspection.getTables();
  return tables
    .filter((table) => !table.isView && (database.schema === null || table.schema === database.schema))
    .map((table) => table.name)
    .sort();
}

function stable(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return value.toString("base64");
  return JSON.stringify(value) ?? "undefined";
}

/** Every table's row count and a hash of its rows (in any order), without the ignored columns. */
export async function fingerprint(
  database: TestDatabase,
  tables: readonly string[],
  ignored: Ignored = {},
  ignoredRows: IgnoredRows = {},
): Promise<Fingerprint> {
  const checked = tables.filter((table) => !(ignored[table] ?? []).includes("*"));
  return database.dialect === "postgres"
    ? fingerprintInPostgres(database, checked, ignored, ignoredRows)
    : fingerprintRows(database, checked, ignored, ignoredRows);
}

function kept(table: string, ignoredRows: IgnoredRows) {
  const rows = ignoredRows[table];
  return rows ? sql` where ${sql.ref(rows.column)} not in (${sql.join(rows.values.map((value) => sql`${value}`))})` : sql``;
}

async function fingerprintRows(
  database: TestDatabase,
  tables: readonly string[],
  ignored: Ignored,
  ignoredRows: IgnoredRows,
): Promise<Fingerprint> {
  const result: Fingerprint = new Map();
  for (const table of tables) {
    const skip = ignored[table] ?? [];
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}${kept(table, ignoredRows)}`.execute(database.db);
    const lines = rows
      .map((row) =>
        Object.keys(row)
          .filter((column) => !skip.includes(column))
          .sort()
          .map((column) => `${column}=${stable(row[column])}`)
          .join("\u0001"),
      )
      .sort();
    result.set(table, { rows: rows.length, hash: createHash("sha256").update(lines.join("\u0002")).digest("hex").slice(0, 16) });
  }
  return result;
}

/** The same in one statement, computed by PostgreSQL: each row as JSON without the ignored columns, hashed, in hash order. */
async function fingerprintInPostgres(
  database: TestDatabase,
  tables: readonly string[],
  ignored: Ignored,
  ignoredRows: IgnoredRows,
): Promise<Fingerprint> {
  const parts = tables.map((table) => {
    const row = (ignored[table] ?? []).reduce((json, column) => sql`${json} - ${column}::text`, sql`to_jsonb(x)`);
    return sql`select ${table}::text as name, count(*)::int as rows, coalesce(md5(string_agg(h, '' order by h)), '') as hash
      from (select md5((${row})::text) as h from ${sql.table(table)} x${kept(table, ignoredRows)}) hashed`;
  });
  const { rows } = await sql<{ name: string; rows: number; hash: string }>`${sql.join(parts, sql` union all `)}`.execute(database.db);
  return new Map(rows.map((row) => [row.name, { rows: row.rows, hash: row.hash }]));
}

/**
 * Fingerprints taken after each request, cheaply: on SQLite, where the app and the test share one
 * connection, `total_changes()` counts every row written since it opened, so an unchanged count
 * means an unchanged database and the last fingerprint stands.
 */
export function fingerprinter(
  database: TestDatabase,
  tables: readonly string[],
  ignored: Ignored = {},
  ignoredRows: IgnoredRows = {},
): () => Promise<Fingerprint> {
  let last: { changes: number; fingerprint: Fingerprint } | null = null;
  const changes = async () =>
    database.dialect === "sqlite" ? ((await sql<{ n: number }>`select total_changes() as n`.execute(database.db)).rows[0]?.n ?? -1) : -1;
  return async () => {
    const count = await changes();
    if (last && count !== -1 && count === last.changes) return last.fingerprint;
    const taken = await fingerprint(database, tables, ignored, ignoredRows);
    last = { changes: count, fingerprint: taken };
    return taken;
  };
}

/** The tables whose rows differ between two fingerprints, with their row counts before and after. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  const changed: string[] = [];
  for (const name of [...names].sort()) {
    const was = before.get(name);
    const is = after.get(name);
    if (was?.hash !== is?.hash) changed.push(`${name} (${was?.rows ?? 0} → ${is?.rows ?? 0} rows)`);
  }
  return changed;
}
