// The only SQL of reminders: what the domain needs to decide what is due, the claim (a row keyed by
// the reminder, inserted once), and the contacts' unsubscribe tokens.
import { sql, type Kysely } from "kysely";
import type { ReminderCommitment, ReminderKind, ReminderMeeting, ReminderPartnership } from "../../../domain/reminders/due.js";
import { LANGUAGES, type Language } from "../../../domain/vocabulary.js";
import type { DB } from "../../db/schema.js";

const OPEN = ["pledged", "in_progress", "slipped"];

function languageOf(value: string): Language {
  return LANGUAGES.find((language) => language === value) ?? "en";
}

/**
 * The active partnerships and, per confirmed member still in it on `day`, its representative contact:
 * whether it unsubscribed, and whether a user with its email address turned reminders off.
 */
export async function activePartnerships(db: Kysely<DB>, day: string): Promise<ReminderPartnership[]> {
  const rows = await db
    .selectFrom("memberships")
    .innerJoin("partnerships", "partnerships.id", "memberships.partnership_id")
    .innerJoin("organizations", "organizations.id", "memberships.organization_id")
    .leftJoin("contacts", "contacts.id", "memberships.representative_contact_id")
    .where("partnerships.status", "=", "active")
    .where("memberships.confirmed_at", "is not", null)
    .where((eb) => eb.or([eb("memberships.left_on", "is", null), eb("memberships.left_on", ">", day)]))
    .select((eb) => [
      "partnerships.id as partnershipId",
      "partnerships.name as partnershipName",
      "partnerships.meeting_notice_days as noticeDays",
      "organizations.id as organizationId",
      "organizations.name as organizationName",
      "contacts.id as contactId",
      "contacts.name as contactName",
      "contacts.email as email",
      "contacts.preferred_language as language",
      "contacts.unsubscribed_at as unsubscribedAt",
      eb
        .exists(
          eb
            .selectFrom("users")
            .select(sql`1`.as("one"))
            .where("users.reminders_opt_out", "=", 1)
            .where(sql`lower(users.email)`, "=", sql`lower(contacts.email)`),
        )
        .as("optedOut"),
    ])
    .orderBy("partnerships.name")
    .orderBy("organizations.name")
    .execute();
  const partnerships = new Map<string, ReminderPartnership>();
  for (const row of rows) {
    const partnership = partnerships.get(row.partnershipId) ?? {
      id: row.partnershipId,
      name: row.partnershipName,
      noticeDays: row.noticeDays,
      members: [],
    };
    partnerships.set(row.partnershipId, partnership);
    partnership.members.push({
      organizationId: row.organizationId,
      organizationName: row.organizationName,
      contact:
        row.contactId === null
          ? null
          : {
              id: row.contactId,
              name: row.contactName ?? "",
              email: row.email,
              language: languageOf(row.language ?? "en"),
              unsubscribed: row.unsubscribedAt !== null,
              optedOut: Boolean(Number(row.optedOut)),
            },
    });
  }
  return [...partnerships.values()];
}

function commitmentQuery(db: Kysely<DB>) {
  return db
    .selectFrom("commitments")
    .innerJoin("organizations", "organizations.id", "commitments.organization_id")
    .select([
      "commitments.id",
      "commitments.partnership_id as partnershipId",
      "commitments.organization_id as organizationId",
      "organizations.name as organizationName",
      "commitments.description",
      "commitments.pledged_on as pledgedOn",
      "commitments.current_due_on as currentDueOn",
      "commitments.status",
      "commitments.delivered_on as deliveredOn",
    ]);
}

/** The open commitments of active partnerships due on or before `lastDay` (the digests' horizon). */
export function openCommitmentsDueBy(db: Kysely<DB>, lastDay: string): Promise<ReminderCommitment[]> {
  return commitmentQuery(db)
    .innerJoin("partnerships", "partnerships.id", "commitments.partnership_id")
    .where("partnerships.status", "=", "active")
    .where("commitments.status", "in", OPEN)
    .where("commitments.current_due_on", "<=", lastDay)
    .execute();
}

/** Every open or delivered commitment of these partnerships (those with a meeting coming up). */
export async function reviewableCommitments(db: Kysely<DB>, partnershipIds: string[]): Promise<ReminderCommitment[]> {
  if (partnershipIds.length === 0) return [];
  return commitmentQuery(db)
    .where("commitments.partnership_id", "in", partnershipIds)
    .where("commitments.status", "in", [...OPEN, "delivered"])
    .execute();
}

/** The scheduled meetings starting after `after` and before `before` (instants), each with when the partnership's previous one started. */
export function upcomingMeetings(db: Kysely<DB>, after: string, before: string): Promise<ReminderMeeting[]> {
  return db
    .selectFrom("meetings")
    .where("meetings.status", "=", "scheduled")
    .where("meetings.starts_at", ">", after)
    .where("meetings.starts_at", "<", before)
    .select((eb) => [
      "meetings.id",
      "meetings.partnership_id as partnershipId",
      "meetings.title",
      "meetings.starts_at as startsAt",
      "meetings.ends_at as endsAt",
      "meetings.location",
      "meetings.status",
      eb
        .selectFrom("meetings as previous")
        .select((inner) => inner.fn.max("previous.starts_at").as("startsAt"))
        .whereRef("previous.partnership_id", "=", "meetings.partnership_id")
        .where("previous.status", "=", "scheduled")
        .whereRef("previous.starts_at", "<", "meetings.starts_at")
        .$castTo<string | null>()
        .as("previousStartsAt"),
    ])
    .orderBy("meetings.starts_at")
    .execute();
}

/** Which of these periods' reminders were already claimed: their keys. */
export async function claimedKeys(db: Kysely<DB>, periods: string[]): Promise<Set<string>> {
  const keys = new Set<string>();
  // Chunks keep the statement within SQLite's limit on bound values.
  for (let start = 0; start < periods.length; start += 500) {
    const rows = await db
      .selectFrom("reminders")
      .select("key")
      .where("period", "in", periods.slice(start, start + 500))
      .execute();
    for (const row of rows) keys.add(row.key);
  }
  return keys;
}

/** The claim: true when this call inserted the reminder's row, false when it was already there. */
export async function claimReminder(
  db: Kysely<DB>,
  reminder: { key: string; kind: ReminderKind; partnershipId: string; recipient: string; period: string; at: string },
): Promise<boolean> {
  const inserted = await db
    .insertInto("reminders")
    .values({
      key: reminder.key,
      kind: reminder.kind,
      partnership_id: reminder.partnershipId,
      recipient: reminder.recipient,
      period: reminder.period,
      mail_message_id: null,
      created_at: reminder.at,
    })
    .onConflict((conflict) => conflict.column("key").doNothing())
    .returning("key")
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function attachMessage(db: Kysely<DB>, key: string, messageId: string): Promise<void> {
  await db.updateTable("reminders").set({ mail_message_id: messageId }).where("key", "=", key).execute();
}

export function findContactForReminder(db: Kysely<DB>, contactId: string) {
  return db.selectFrom("contacts").select(["id", "unsubscribe_token", "unsubscribed_at"]).where("id", "=", contactId).executeTakeFirst();
}

/** Gives the contact its unsubscribe token unless it has one; the one it has afterwards. */
export async function ensureUnsubscribeToken(db: Kysely<DB>, contactId: string, token: string): Promise<string> {
  await db
    .updateTable("contacts")
    .set({ unsubscribe_token: token })
    .where("id", "=", contactId)
    .where("unsubscribe_token", "is", null)
    .execute();
  const row = await db.selectFrom("contacts").select("unsubscribe_token").where("id", "=", contactId).executeTakeFirstOrThrow();
  return row.unsubscribe_token ?? token;
}

export function findContactByUnsubscribeToken(db: Kysely<DB>, token: string) {
  return db
    .selectFrom("contacts")
    .select(["id", "organization_id", "preferred_language", "unsubscribed_at"])
    .where("unsubscribe_token", "=", token)
    .executeTakeFirst();
}

export async function markUnsubscribed(db: Kysely<DB>, contactId: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable("contacts")
    .set({ unsubscribed_at: at })
    .where("id", "=", contactId)
    .where("unsubscribed_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
