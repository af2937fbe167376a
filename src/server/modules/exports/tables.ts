// Registry rows as spreadsheet cells, in the columns imports read back: names instead of ids,
// yes/no for flags, lists separated by semicolons, empty cells for missing values.
import type { Kysely } from "kysely";
import { columnsOf, NO_AXIS_STAGES, REGISTRY_COLUMNS, type RegistryEntity } from "../../../contracts/imports.js";
import type { DB } from "../../db/schema.js";
import type { Cell } from "../../files/table.js";
import * as repo from "./repository.js";

export type RegistryTable = { entity: RegistryEntity; header: string[]; rows: Cell[][] };

function yesNo(flag: number): string {
  return flag === 1 ? "yes" : "no";
}

/** A stored JSON list of keys as "a; b"; anything else stored there is left out. */
function keyList(json: string): string {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter((key) => typeof key === "string").join("; ") : "";
}

type ColumnOf<E extends RegistryEntity> = (typeof REGISTRY_COLUMNS)[E]["required" | "optional"][number];
type ExportRecord<E extends RegistryEntity> = Record<ColumnOf<E>, Cell>;

/** Blank for "the sector's usual stages" (null), "none" for an empty list, else "a; b". */
function axisStagesCell(json: string | null): string {
  if (json === null) return "";
  const stages = keyList(json);
  return stages === "" ? NO_AXIS_STAGES : stages;
}

async function recordsOf(db: Kysely<DB>, entity: RegistryEntity, scopes: repo.ExportScopes): Promise<Record<string, Cell>[]> {
  switch (entity) {
    case "organizations":
      return (await repo.organizationsForExport(db, scopes)).map((row): ExportRecord<"organizations"> => ({
        name: row.name,
        sector: row.sector,
        government_level: row.government_level,
        has_crime_prevention_mandate: yesNo(row.has_crime_prevention_mandate),
        website: row.website,
        notes: row.notes,
      }));
    case "contacts":
      return (await repo.contactsForExport(db, scopes)).map((row): ExportRecord<"contacts"> => ({
        organization: row.organization_name,
        organization_sector: row.organization_sector,
        name: row.name,
        title: row.title,
        email: row.email,
        phone: row.phone,
        preferred_language: row.preferred_language,
        verified_on: row.verified_on,
      }));
    case "partnerships":
      return (await repo.partnershipsForExport(db, scopes)).map((row): ExportRecord<"partnerships"> => ({
        program: row.program_code,
        program_name: row.program_name,
        name: row.name,
        lead_organization: row.lead_name,
        lead_organization_sector: row.lead_sector,
        region: row.region,
        priority_groups: keyList(row.priority_groups),
        focus_issues: keyList(row.focus_issues),
        status: row.status,
        start_date: row.start_date,
        end_date: row.end_date,
        funding_end_date: row.funding_end_date,
        description: row.description,
      }));
    case "memberships":
      return (await repo.membershipsForExport(db, scopes)).map((row): ExportRecord<"memberships"> => ({
        program: row.program_code,
        partnership: row.partnership_name,
        organization: row.organization_name,
        organization_sector: row.organization_sector,
        joined_on: row.joined_on,
        left_on: row.left_on,
        // The email finds the representative again on import; a contact without one is found by name.
        representative: row.representative_email ?? row.representative_name,
        origin: row.origin,
        is_new_partner: yesNo(row.is_new_partner),
        is_critic: yesNo(row.is_critic),
        axis_stages: axisStagesCell(row.axis_stages),
        notes: row.notes,
      }));
  }
}

/** One table per entity asked for, its header in REGISTRY_COLUMNS order. */
export async function registryTables(
  db: Kysely<DB>,
  entities: readonly RegistryEntity[],
  scopes: repo.ExportScopes,
): Promise<RegistryTable[]> {
  const tables: RegistryTable[] = [];
  for (const entity of entities) {
    const header = columnsOf(REGISTRY_COLUMNS[entity]);
    const records = await recordsOf(db, entity, scopes);
    tables.push({ entity, header, rows: records.map((record) => header.map((column) => record[column] ?? null)) });
  }
  return tables;
}
