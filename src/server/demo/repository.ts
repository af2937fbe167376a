import type { Kysely } from "kysely";
import type { DB } from "../db/schema.js";
import type { DemoRows } from "./build.js";
import type { RunningRows } from "./running/rows.js";
import type { SurveyRows } from "./surveys/rows.js";

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
  await insertRunningRows(db, rows.running);
  await insertSurveyRows(db, rows.surveys);
}

/** The survey rounds, their respondents and responses, then the activities accepted steps became and the steps. */
export async function insertSurveyRows(db: Kysely<DB>, rows: SurveyRows): Promise<void> {
  await inChunks(rows.rounds, (chunk) => db.insertInto("survey_rounds").values(chunk).execute());
  await inChunks(rows.respondents, (chunk) => db.insertInto("survey_respondents").values(chunk).execute());
  await inChunks(rows.responses, (chunk) => db.insertInto("survey_responses").values(chunk).execute());
  await inChunks(rows.activities, (chunk) => db.insertInto("plan_activities").values(chunk).execute());
  await inChunks(rows.actionSteps, (chunk) => db.insertInto("survey_action_steps").values(chunk).execute());
}

/** The running partnerships' rows, parents before children. */
export async function insertRunningRows(db: Kysely<DB>, rows: RunningRows): Promise<void> {
  await inChunks(rows.charters, (chunk) => db.insertInto("charters").values(chunk).execute());
  await inChunks(rows.charterMembers, (chunk) => db.insertInto("charter_members").values(chunk).execute());
  await inChunks(rows.charterRevisions, (chunk) => db.insertInto("charter_revisions").values(chunk).execute());
  await inChunks(rows.goals, (chunk) => db.insertInto("plan_goals").values(chunk).execute());
  await inChunks(rows.risks, (chunk) => db.insertInto("plan_risks").values(chunk).execute());
  await inChunks(rows.objectives, (chunk) => db.insertInto("plan_objectives").values(chunk).execute());
  await inChunks(rows.measureValues, (chunk) => db.insertInto("measure_values").values(chunk).execute());
  await inChunks(rows.activities, (chunk) => db.insertInto("plan_activities").values(chunk).execute());
  await inChunks(rows.meetings, (chunk) => db.insertInto("meetings").values(chunk).execute());
  await inChunks(rows.attendance, (chunk) => db.insertInto("meeting_attendance").values(chunk).execute());
  await inChunks(rows.commitments, (chunk) => db.insertInto("commitments").values(chunk).execute());
  await inChunks(rows.commitmentEvents, (chunk) => db.insertInto("commitment_events").values(chunk).execute());
  await inChunks(rows.reviews, (chunk) => db.insertInto("meeting_reviews").values(chunk).execute());
  await inChunks(rows.communications, (chunk) => db.insertInto("communications").values(chunk).execute());
  await inChunks(rows.communicationParties, (chunk) => db.insertInto("communication_parties").values(chunk).execute());
}
