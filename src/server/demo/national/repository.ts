// Bulk inserts for the national portfolio: multi-row statements as wide as both databases allow.
import { sql, type Kysely } from "kysely";
import type { DialectName } from "../../db/database.js";
import type { DB, NewInvolvementRecord, NewMembership, NewOrganization, NewPartnership, NewProgram } from "../../db/schema.js";
import type { NewCommitment, NewCommitmentEvent } from "../running/rows.js";
import type { NationalSurveyRows } from "./surveys.js";

// SQLite allows 32,766 bound parameters per statement and PostgreSQL 65,535; staying under the
// smaller keeps one code path. Wider statements mean fewer round trips and less parsing.
const PARAMETERS_PER_STATEMENT = 32_000;

async function inBatches<T extends object>(rows: readonly T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const size = Math.max(1, Math.floor(PARAMETERS_PER_STATEMENT / Object.keys(first).length));
  for (let start = 0; start < rows.length; start += size) await insert(rows.slice(start, start + size));
}

export type StructureRows = {
  programs: NewProgram[];
  organizations: NewOrganization[];
  partnerships: NewPartnership[];
  memberships: NewMembership[];
};

/** Programs, organizations, partnerships and memberships, parents before children. */
export async function insertStructure(db: Kysely<DB>, rows: StructureRows): Promise<void> {
  await inBatches(rows.programs, (batch) => db.insertInto("programs").values(batch).execute());
  await inBatches(rows.organizations, (batch) => db.insertInto("organizations").values(batch).execute());
  await inBatches(rows.partnerships, (batch) => db.insertInto("partnerships").values(batch).execute());
  await inBatches(rows.memberships, (batch) => db.insertInto("memberships").values(batch).execute());
}

export async function insertInvolvementRecords(db: Kysely<DB>, rows: readonly NewInvolvementRecord[]): Promise<void> {
  await inBatches(rows, (batch) => db.insertInto("involvement_records").values(batch).execute());
}

/** Commitments, then their events. */
export async function insertCommitments(
  db: Kysely<DB>,
  rows: { commitments: readonly NewCommitment[]; events: readonly NewCommitmentEvent[] },
): Promise<void> {
  await inBatches(rows.commitments, (batch) => db.insertInto("commitments").values(batch).execute());
  await inBatches(rows.events, (batch) => db.insertInto("commitment_events").values(batch).execute());
}

/** Survey rounds, the people asked in them, then their responses. */
export async function insertSurveys(db: Kysely<DB>, rows: NationalSurveyRows): Promise<void> {
  await inBatches(rows.rounds, (batch) => db.insertInto("survey_rounds").values(batch).execute());
  await inBatches(rows.respondents, (batch) => db.insertInto("survey_respondents").values(batch).execute());
  await inBatches(rows.responses, (batch) => db.insertInto("survey_responses").values(batch).execute());
}

/** What the database holds already: the portfolio is only generated into an empty one. */
export async function countExisting(db: Kysely<DB>) {
  const count = (table: "programs" | "organizations" | "partnerships" | "users") =>
    db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow()
      .then((row) => Number(row.n));
  const [programs, organizations, partnerships, users] = await Promise.all([
    count("programs"),
    count("organizations"),
    count("partnerships"),
    count("users"),
  ]);
  return { programs, organizations, partnerships, users };
}

/**
 * After a bulk load: fresh statistics, so the query planner knows the tables' new sizes, and on
 * PostgreSQL a vacuum, which marks the new pages all-visible so that reports can read their covering
 * indexes alone (autovacuum would get there, some time later). Neither may run inside a transaction.
 */
export async function refreshStatistics(db: Kysely<DB>, dialect: DialectName): Promise<void> {
  if (dialect === "sqlite") {
    await sql`analyze`.execute(db);
    return;
  }
  // Only the tables loaded: a bare VACUUM would go through every table of every schema in the database.
  await sql`vacuum analyze programs, organizations, partnerships, memberships, involvement_records, commitments, commitment_events, survey_rounds, survey_respondents, survey_responses`.execute(
    db,
  );
}
