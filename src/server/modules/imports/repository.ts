// Batch reads and writes for imports: rows are looked up by key a few thousand at a time and written
// with multi-row statements, so a file of tens of thousands of rows costs tens of queries, not one per row.
import type { Insertable, Kysely } from "kysely";
import { PROJECT_INDICATOR_KEYS } from "../../../domain/typology/indicators.js";
import type { AuditEventsTable, DB, NewContact, NewMembership, NewOrganization, NewPartnership, NewProgram } from "../../db/schema.js";
import { Pacer } from "../../pacing.js";
import type { Scope } from "../access/scope.js";

/** Keys per lookup: far below the bound-parameter limits of SQLite (32,766) and PostgreSQL (65,535). */
const LOOKUP_CHUNK = 5000;
/** Bound parameters per insert statement, whatever the number of columns. */
const INSERT_PARAMETERS = 15000;

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

/**
 * The rows of a query run on the distinct keys a chunk at a time. SQLite answers within the event
 * loop's turn, so the loop gets a turn between two chunks (and while the keys are gathered), as it
 * does while PostgreSQL answers.
 */
async function lookUp<T>(keys: Iterable<string>, query: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const pacer = new Pacer();
  const distinct = new Set<string>();
  for (const key of keys) {
    distinct.add(key);
    await pacer.pause();
  }
  const results: T[] = [];
  for (const chunk of chunks([...distinct], LOOKUP_CHUNK)) {
    for (const row of await query(chunk)) results.push(row);
    await pacer.turn();
  }
  return results;
}

/** Rows per statement for rows of this many columns. */
export function rowsPerInsert(row: object | undefined): number {
  return Math.max(1, Math.floor(INSERT_PARAMETERS / Math.max(1, Object.keys(row ?? {}).length)));
}

/** The ids in a scope, for checks made in memory; null when the scope is unrestricted. */
export async function idsInScope(db: Kysely<DB>, scope: Scope): Promise<Set<string> | null> {
  if (scope === null) return null;
  const rows = await db.selectFrom(scope.as("scoped")).select("scoped.id").execute();
  return new Set(rows.map((row) => row.id));
}

/** Every program: there are a handful, and a row may name one by code or by name. */
export function allPrograms(db: Kysely<DB>) {
  return db.selectFrom("programs").select(["id", "code", "name"]).execute();
}

/** Every organization's name: what the names an import would create are compared with (one query, a few columns). */
export function allOrganizationNames(db: Kysely<DB>) {
  return db.selectFrom("organizations").select(["id", "name", "sector"]).execute();
}

/** The names of the partnerships of some programs, for the same comparison within each program. */
export function partnershipNamesOfPrograms(db: Kysely<DB>, programIds: Iterable<string>) {
  return lookUp(programIds, (chunk) =>
    db.selectFrom("partnerships").select(["id", "name", "program_id"]).where("program_id", "in", chunk).execute(),
  );
}

export function organizationsByKey(db: Kysely<DB>, keys: Iterable<string>) {
  return lookUp(keys, (chunk) => db.selectFrom("organizations").selectAll().where("name_key", "in", chunk).execute());
}

export function partnershipsByKey(db: Kysely<DB>, keys: Iterable<string>) {
  return lookUp(keys, (chunk) => db.selectFrom("partnerships").selectAll().where("name_key", "in", chunk).execute());
}

export function membershipsOfPartnerships(db: Kysely<DB>, partnershipIds: Iterable<string>) {
  return lookUp(partnershipIds, (chunk) => db.selectFrom("memberships").selectAll().where("partnership_id", "in", chunk).execute());
}

export function contactsOfOrganizations(db: Kysely<DB>, organizationIds: Iterable<string>) {
  return lookUp(organizationIds, (chunk) => db.selectFrom("contacts").selectAll().where("organization_id", "in", chunk).execute());
}

/** What an import compares a row with: the answers and who gave them, not the stored classification. */
export function involvementOfMemberships(db: Kysely<DB>, membershipIds: Iterable<string>) {
  return lookUp(membershipIds, (chunk) =>
    db
      .selectFrom("involvement_records")
      .select([
        "id",
        "membership_id",
        "perspective",
        "round",
        "respondent",
        "answered_on",
        "type",
        "complete",
        "rubric_id",
        "rubric_version",
        ...PROJECT_INDICATOR_KEYS,
      ])
      .where("membership_id", "in", chunk)
      .execute(),
  );
}

/** What an import adds to the registry, parents before children. */
export type RegistryInserts = {
  programs: NewProgram[];
  organizations: NewOrganization[];
  contacts: NewContact[];
  partnerships: NewPartnership[];
  memberships: NewMembership[];
};

export async function insertRegistryRows(db: Kysely<DB>, rows: RegistryInserts): Promise<void> {
  for (const chunk of chunks(rows.programs, rowsPerInsert(rows.programs[0]))) await db.insertInto("programs").values(chunk).execute();
  for (const chunk of chunks(rows.organizations, rowsPerInsert(rows.organizations[0])))
    await db.insertInto("organizations").values(chunk).execute();
  for (const chunk of chunks(rows.contacts, rowsPerInsert(rows.contacts[0]))) await db.insertInto("contacts").values(chunk).execute();
  for (const chunk of chunks(rows.partnerships, rowsPerInsert(rows.partnerships[0])))
    await db.insertInto("partnerships").values(chunk).execute();
  for (const chunk of chunks(rows.memberships, rowsPerInsert(rows.memberships[0])))
    await db.insertInto("memberships").values(chunk).execute();
}

export async function insertAuditEvents(db: Kysely<DB>, events: Insertable<AuditEventsTable>[]): Promise<void> {
  for (const chunk of chunks(events, rowsPerInsert(events[0]))) await db.insertInto("audit_events").values(chunk).execute();
}
