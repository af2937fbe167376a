// Registry exports: one XLSX workbook (a sheet per entity) or one CSV file per entity, in the
// columns imports read, so that an export imported into an empty database gives the same registry.
import type { Kysely } from "kysely";
import { REGISTRY_ENTITIES, type RegistryEntity, type RegistryExportQuery } from "../../../contracts/imports.js";
import { readConsistently } from "../../db/consistent-read.js";
import type { Database } from "../../db/database.js";
import type { DB } from "../../db/schema.js";
import { writeCsv } from "../../files/csv.js";
import { writeWorkbook } from "../../files/xlsx.js";
import type { Caller } from "../../actor.js";
import { AppError } from "../../app-error.js";
import { text } from "../../messages/render.js";
import * as scope from "../access/scope.js";
import type { ExportScopes } from "./repository.js";
import { registryTables, type RegistryTable } from "./tables.js";
import { recordExport } from "../audit/security.js";

export type ExportFile = { filename: string; contentType: string; data: Buffer };

export const CONTENT_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/**
 * What the caller exports: administrators (and the operator) the whole registry;
 * program officers the partnerships of their programs with their memberships, and the organizations
 * whose contacts they may see (those taking part in their partnerships, and those they registered).
 */
function exportScopes(db: Kysely<DB>, caller: Caller): ExportScopes {
  if (!scope.may(caller, "exportRegistry")) throw AppError.forbidden(text("export.forbidden"));
  return {
    organizations: scope.scopeOf(db, caller, "organization", "readContacts"),
    partnerships: scope.scopeOf(db, caller, "partnership", "read"),
  };
}

/** Where an export reads (off the event loop) and where it records that it was made. */
export type ExportDatabases = Pick<Database, "db" | "readDb">;

/** The registry's tables, read from one snapshot so that they agree with each other; the export is recorded in the audit trail. */
export async function readRegistryTables(
  databases: ExportDatabases,
  caller: Caller,
  entities: readonly RegistryEntity[] = REGISTRY_ENTITIES,
): Promise<RegistryTable[]> {
  const tables = await readConsistently(databases.readDb, (trx) => registryTables(trx, entities, exportScopes(trx, caller)));
  const rows = tables.reduce((sum, table) => sum + table.rows.length, 0);
  await recordExport(databases.db, caller, "registry", { entities: entities.join(","), rows });
  return tables;
}

export function csvOf(table: RegistryTable): Buffer {
  return writeCsv(table.header, table.rows);
}

export function workbookOf(tables: readonly RegistryTable[]): Promise<Buffer> {
  return writeWorkbook(tables.map((table) => ({ name: table.entity, header: table.header, rows: table.rows })));
}

/** The export as one file to download: a workbook, or the CSV file of one entity. */
export async function exportRegistry(
  databases: ExportDatabases,
  caller: Caller,
  query: RegistryExportQuery,
  today: string,
): Promise<ExportFile> {
  if (query.format === "csv") {
    if (!query.entity) throw AppError.invalid("entity", text("export.entityRequired", { entities: REGISTRY_ENTITIES.join(", ") }));
    const [table] = await readRegistryTables(databases, caller, [query.entity]);
    if (!table) throw new Error("The export read no table");
    return { filename: `convene-${query.entity}-${today}.csv`, contentType: CONTENT_TYPES.csv, data: csvOf(table) };
  }
  const tables = await readRegistryTables(databases, caller, query.entity ? [query.entity] : REGISTRY_ENTITIES);
  const name = query.entity ?? "registry";
  return { filename: `convene-${name}-${today}.xlsx`, contentType: CONTENT_TYPES.xlsx, data: await workbookOf(tables) };
}
