import type { Kysely } from "kysely";
import type { DB } from "../db/schema.js";
import type { DemoRows } from "./build.js";

// Well under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters for the widest table
// (involvement records, some 30 columns).
const ROWS_PER_STATEMENT = 500;

async function inChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    await insert(rows.slice(start, start + ROWS_PER_STATEMENT));
  }
}

/** Inserts the demo portfolio with one multi-row statement per table, parents before children. */
export async function insertDemoRows(db: Kysely<DB>, rows: DemoRows): Promise<void> {
  await inChunks(rows.programs, (chunk) => db.insertInto("programs").values(chunk).execute());
  await inChunks(rows.organizations, (chunk) => db.insertInto("organizations").values(chunk).execute());
  await inChunks(rows.contacts, (chunk) => db.insertInto("contacts").values(chunk).execute());
  await inChunks(rows.partnerships, (chunk) => db.insertInto("partnerships").values(chunk).execute());
  await inChunks(rows.memberships, (chunk) => db.insertInto("memberships").values(chunk).execute());
  await inChunks(rows.involvementRecords, (chunk) => db.insertInto("involvement_records").values(chunk).execute());
  await inChunks(rows.users, (chunk) => db.insertInto("users").values(chunk).execute());
  await inChunks(rows.userPrograms, (chunk) => db.insertInto("user_programs").values(chunk).execute());
  await inChunks(rows.coordinators, (chunk) => db.insertInto("partnership_coordinators").values(chunk).execute());
}
