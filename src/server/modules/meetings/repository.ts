import type { Insertable, Kysely, Selectable, Updateable } from "kysely";
import type { DB, MeetingsTable } from "../../db/schema.js";
import type { Scope } from "../access/scope.js";

export type MeetingRow = Selectable<MeetingsTable>;

export function findMeeting(db: Kysely<DB>, id: string) {
  return db.selectFrom("meetings").selectAll().where("id", "=", id).executeTakeFirst();
}

export type MeetingWhen = "upcoming" | "past" | "all";

/** A page of a partnership's meetings: upcoming soonest first, past (and all) latest first. */
export async function listMeetings(db: Kysely<DB>, partnershipId: string, when: MeetingWhen, asOf: string, limit: number, offset: number) {
  const base = db
    .selectFrom("meetings")
    .where("partnership_id", "=", partnershipId)
    .$call((qb) => (when === "upcoming" ? qb.where("starts_at", ">", asOf) : when === "past" ? qb.where("starts_at", "<=", asOf) : qb));
  const direction = when === "upcoming" ? "asc" : "desc";
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy("starts_at", direction).orderBy("id", direction).limit(limit).offset(offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/**
 * The meetings around `asOf` that decide the cadence: the last one held (not cancelled, started by then)
 * and the next one scheduled after it. Two small indexed queries, whatever the partnership's history.
 */
export async function meetingsAround(db: Kysely<DB>, partnershipId: string, asOf: string) {
  const scheduled = db.selectFrom("meetings").selectAll().where("partnership_id", "=", partnershipId).where("status", "=", "scheduled");
  const [last, next] = await Promise.all([
    scheduled.where("starts_at", "<=", asOf).orderBy("starts_at", "desc").limit(1).executeTakeFirst(),
    scheduled.where("starts_at", ">", asOf).orderBy("starts_at", "asc").limit(1).executeTakeFirst(),
  ]);
  return { last: last ?? null, next: next ?? null };
}

/** The latest meeting not cancelled that started before this one (the one whose review came before). */
export async function previousMeeting(db: Kysely<DB>, meeting: { id: string; partnership_id: string; starts_at: string }) {
  return db
    .selectFrom("meetings")
    .select(["id", "starts_at"])
    .where("partnership_id", "=", meeting.partnership_id)
    .where("status", "=", "scheduled")
    .where("id", "!=", meeting.id)
    .where("starts_at", "<", meeting.starts_at)
    .orderBy("starts_at", "desc")
    .limit(1)
    .executeTakeFirst();
}

export async function insertMeeting(db: Kysely<DB>, row: Insertable<MeetingsTable>): Promise<void> {
  await db.insertInto("meetings").values(row).execute();
}

/** Writes the patch if the row is still at `version`; says whether it was. */
export async function updateMeeting(db: Kysely<DB>, id: string, version: number, patch: Updateable<MeetingsTable>): Promise<boolean> {
  const result = await db.updateTable("meetings").set(patch).where("id", "=", id).where("version", "=", version).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export function findSettings(db: Kysely<DB>, partnershipId: string) {
  return db
    .selectFrom("partnerships")
    .select(["meeting_cadence", "meeting_notice_days"])
    .where("id", "=", partnershipId)
    .executeTakeFirstOrThrow();
}

export async function updateSettings(db: Kysely<DB>, partnershipId: string, cadence: string | null, noticeDays: number, at: string) {
  await db
    .updateTable("partnerships")
    .set({ meeting_cadence: cadence, meeting_notice_days: noticeDays, updated_at: at })
    .where("id", "=", partnershipId)
    .execute();
}

/** Who came, with each organization's name; a contact's name only where the caller may read its organization's contacts. */
export function listAttendance(db: Kysely<DB>, meetingId: string, contactsVisible: Scope) {
  return db
    .selectFrom("meeting_attendance")
    .innerJoin("organizations", "organizations.id", "meeting_attendance.organization_id")
    .leftJoin("contacts", (join) =>
      join
        .onRef("contacts.id", "=", "meeting_attendance.contact_id")
        .$call((on) => (contactsVisible ? on.on("contacts.organization_id", "in", contactsVisible) : on)),
    )
    .select([
      "meeting_attendance.organization_id",
      "organizations.name as organization_name",
      "meeting_attendance.attendee",
      "contacts.id as contact_id",
      "contacts.name as contact_name",
      "meeting_attendance.can_commit",
    ])
    .where("meeting_attendance.meeting_id", "=", meetingId)
    .orderBy("organizations.name_key")
    .execute();
}

/** The attendance as stored, for the audit trail. */
export function attendanceRows(db: Kysely<DB>, meetingId: string) {
  return db
    .selectFrom("meeting_attendance")
    .select(["organization_id", "attendee", "contact_id", "can_commit"])
    .where("meeting_id", "=", meetingId)
    .orderBy("organization_id")
    .execute();
}

/** The given organizations that are members of the partnership. */
export async function memberOrganizations(db: Kysely<DB>, partnershipId: string, organizationIds: string[]): Promise<Set<string>> {
  if (organizationIds.length === 0) return new Set();
  const rows = await db
    .selectFrom("memberships")
    .select("organization_id")
    .where("partnership_id", "=", partnershipId)
    .where("organization_id", "in", organizationIds)
    .execute();
  return new Set(rows.map((row) => row.organization_id));
}

/** The given contacts with their organization. */
export async function contactOrganizations(db: Kysely<DB>, contactIds: string[]): Promise<Map<string, string>> {
  if (contactIds.length === 0) return new Map();
  const rows = await db.selectFrom("contacts").select(["id", "organization_id"]).where("id", "in", contactIds).execute();
  return new Map(rows.map((row) => [row.id, row.organization_id]));
}

export async function replaceAttendance(db: Kysely<DB>, meetingId: string, rows: Insertable<DB["meeting_attendance"]>[]): Promise<void> {
  await db.deleteFrom("meeting_attendance").where("meeting_id", "=", meetingId).execute();
  if (rows.length > 0) await db.insertInto("meeting_attendance").values(rows).execute();
}

/**
 * The commitments up for review at a meeting held on `day` (see domain/meetings/review.ts, reviewReason):
 * pledged by then, not withdrawn by then, and not delivered on or before the previous meeting's day.
 */
function reviewed(db: Kysely<DB>, partnershipId: string, day: string, previousDay: string | null) {
  return db
    .selectFrom("commitments")
    .where("commitments.partnership_id", "=", partnershipId)
    .where("commitments.pledged_on", "<=", day)
    .where((eb) => eb.or([eb("commitments.withdrawn_on", "is", null), eb("commitments.withdrawn_on", ">", day)]))
    .$call((qb) =>
      previousDay === null
        ? qb
        : qb.where((eb) => eb.or([eb("commitments.delivered_on", "is", null), eb("commitments.delivered_on", ">", previousDay)])),
    );
}

function withReports(db: Kysely<DB>, meeting: { id: string; partnership_id: string }, day: string, previousDay: string | null) {
  return reviewed(db, meeting.partnership_id, day, previousDay).leftJoin("meeting_reviews", (join) =>
    join.onRef("meeting_reviews.commitment_id", "=", "commitments.id").on("meeting_reviews.meeting_id", "=", meeting.id),
  );
}

function reviewRows(db: Kysely<DB>, meeting: { id: string; partnership_id: string }, day: string, previousDay: string | null) {
  return withReports(db, meeting, day, previousDay)
    .innerJoin("organizations", "organizations.id", "commitments.organization_id")
    .leftJoin("users", "users.id", "meeting_reviews.recorded_by")
    .select([
      "commitments.id",
      "commitments.organization_id",
      "organizations.name as organization_name",
      "commitments.description",
      "commitments.axis",
      "commitments.status",
      "commitments.pledged_on",
      "commitments.due_on",
      "commitments.current_due_on",
      "commitments.delivered_on",
      "commitments.withdrawn_on",
      "meeting_reviews.report",
      "meeting_reviews.note",
      "meeting_reviews.recorded_at",
      "users.name as recorded_by_name",
    ]);
}

export async function listReview(
  db: Kysely<DB>,
  meeting: { id: string; partnership_id: string },
  day: string,
  previousDay: string | null,
  limit: number,
  offset: number,
) {
  const [rows, reports, count] = await Promise.all([
    reviewRows(db, meeting, day, previousDay)
      .orderBy("organizations.name_key")
      .orderBy("commitments.current_due_on")
      .orderBy("commitments.id")
      .limit(limit)
      .offset(offset)
      .execute(),
    withReports(db, meeting, day, previousDay)
      .select((eb) => ["meeting_reviews.report", eb.fn.countAll<number>().as("n")])
      .groupBy("meeting_reviews.report")
      .execute(),
    reviewed(db, meeting.partnership_id, day, previousDay)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, reports: reports.map((row) => ({ report: row.report, n: Number(row.n) })), total: Number(count.n) };
}

/** One commitment of the review, with its report. */
export function findReviewItem(
  db: Kysely<DB>,
  meeting: { id: string; partnership_id: string },
  day: string,
  previousDay: string | null,
  commitmentId: string,
) {
  return reviewRows(db, meeting, day, previousDay).where("commitments.id", "=", commitmentId).executeTakeFirst();
}

/** One commitment of the partnership with the dates that decide whether it is up for review. */
export function findCommitment(db: Kysely<DB>, partnershipId: string, commitmentId: string) {
  return db
    .selectFrom("commitments")
    .select(["id", "organization_id", "pledged_on", "delivered_on", "withdrawn_on"])
    .where("id", "=", commitmentId)
    .where("partnership_id", "=", partnershipId)
    .executeTakeFirst();
}

export function findReview(db: Kysely<DB>, meetingId: string, commitmentId: string) {
  return db
    .selectFrom("meeting_reviews")
    .select(["report", "note"])
    .where("meeting_id", "=", meetingId)
    .where("commitment_id", "=", commitmentId)
    .executeTakeFirst();
}

export async function saveReview(db: Kysely<DB>, row: Insertable<DB["meeting_reviews"]>, exists: boolean): Promise<void> {
  if (exists) {
    await db
      .updateTable("meeting_reviews")
      .set({ report: row.report, note: row.note, recorded_at: row.recorded_at, recorded_by: row.recorded_by })
      .where("meeting_id", "=", row.meeting_id)
      .where("commitment_id", "=", row.commitment_id)
      .execute();
  } else {
    await db.insertInto("meeting_reviews").values(row).execute();
  }
}

/** The commitments and activities made from the meeting's action items. */
export async function actionItemsOf(db: Kysely<DB>, meetingId: string) {
  const [commitments, activities] = await Promise.all([
    db
      .selectFrom("commitments")
      .innerJoin("organizations", "organizations.id", "commitments.organization_id")
      .select([
        "commitments.id",
        "commitments.description",
        "commitments.organization_id",
        "organizations.name as organization_name",
        "commitments.axis",
        "commitments.status",
        "commitments.current_due_on",
      ])
      .where("commitments.meeting_id", "=", meetingId)
      .orderBy("commitments.created_at")
      .orderBy("commitments.id")
      .limit(200)
      .execute(),
    db
      .selectFrom("plan_activities")
      .select(["id", "title", "objective_id", "status", "due_on"])
      .where("meeting_id", "=", meetingId)
      .orderBy("created_at")
      .orderBy("id")
      .limit(200)
      .execute(),
  ]);
  return { commitments, activities };
}
