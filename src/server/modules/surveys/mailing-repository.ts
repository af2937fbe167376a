// What the invitations, reminders and new links read and write: the respondents to mail with their
// contact and round, the mailing rows whose insertion is each mail's claim, and the links' hashes.
import { sql, type Kysely } from "kysely";
import type { DB } from "../../db/schema.js";

export type MailKind = "invitation" | "reminder" | "link";

/** The respondents with what their mail says: contact, organization, the member it is about, round and partnership. */
export async function respondentsToMail(db: Kysely<DB>, respondentIds: string[]) {
  const rows = [];
  // Chunks keep the statement within SQLite's limit on bound values.
  for (let start = 0; start < respondentIds.length; start += 500) {
    rows.push(
      ...(await db
        .selectFrom("survey_respondents")
        .innerJoin("survey_rounds", "survey_rounds.id", "survey_respondents.round_id")
        .innerJoin("partnerships", "partnerships.id", "survey_rounds.partnership_id")
        .innerJoin("organizations", "organizations.id", "survey_respondents.organization_id")
        .innerJoin("contacts", "contacts.id", "survey_respondents.contact_id")
        .leftJoin("memberships", "memberships.id", "survey_respondents.membership_id")
        .leftJoin("organizations as about", "about.id", "memberships.organization_id")
        .select([
          "survey_respondents.id",
          "survey_respondents.round_id",
          "survey_respondents.contact_id",
          "survey_respondents.language",
          "survey_respondents.revoked_at",
          "survey_respondents.invited_at",
          "contacts.name as contact_name",
          "contacts.email",
          "organizations.name as organization_name",
          "about.name as about_name",
          "about.name_key as about_key",
          "partnerships.name as partnership_name",
          "survey_rounds.instrument_id",
          "survey_rounds.instrument_version",
          "survey_rounds.label",
          "survey_rounds.closes_on",
          "survey_rounds.threshold",
        ])
        .where("survey_respondents.id", "in", respondentIds.slice(start, start + 500))
        .execute()),
    );
  }
  return rows;
}

export type MailRow = Awaited<ReturnType<typeof respondentsToMail>>[number];

/** The claim: true when this call inserted the mailing's row, false when it was there already. */
export async function claimMailing(db: Kysely<DB>, key: string, respondentId: string, kind: MailKind, at: string): Promise<boolean> {
  const inserted = await db
    .insertInto("survey_mailings")
    .values({ key, respondent_id: respondentId, kind, mail_message_id: null, created_at: at })
    .onConflict((conflict) => conflict.column("key").doNothing())
    .returning("key")
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function attachMailMessage(db: Kysely<DB>, keys: string[], messageId: string): Promise<void> {
  await db.updateTable("survey_mailings").set({ mail_message_id: messageId }).where("key", "in", keys).execute();
}

/**
 * What the mail carrying a link records on its respondent, inside the claim's transaction: an invitation
 * or a reminder only while the respondent is still asked (false when revoked meanwhile, and nothing is
 * recorded); a new link asks them again.
 */
export async function recordMailed(db: Kysely<DB>, respondentId: string, kind: MailKind, at: string): Promise<boolean> {
  const patch =
    kind === "reminder" ? { last_reminded_at: at } : kind === "invitation" ? { invited_at: at } : { invited_at: at, revoked_at: null };
  const result = await db
    .updateTable("survey_respondents")
    .set(patch)
    .where("id", "=", respondentId)
    .$call((qb) => (kind === "link" ? qb : qb.where("revoked_at", "is", null)))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Ends every link of a respondent still working (a new link is about to be added, or the respondent is revoked). */
export async function endTokens(db: Kysely<DB>, respondentId: string, at: string): Promise<void> {
  await db
    .updateTable("survey_respondent_tokens")
    .set({ revoked_at: at })
    .where("respondent_id", "=", respondentId)
    .where("revoked_at", "is", null)
    .execute();
}

/** A new link of the respondent, beside those that still work. */
export async function addToken(db: Kysely<DB>, respondentId: string, tokenHash: string, at: string): Promise<void> {
  await db
    .insertInto("survey_respondent_tokens")
    .values({ token_hash: tokenHash, respondent_id: respondentId, created_at: at, revoked_at: null })
    .execute();
}

/** Takes back a claim made in this transaction whose mail is not written after all. */
export async function releaseMailing(db: Kysely<DB>, key: string): Promise<void> {
  await db.deleteFrom("survey_mailings").where("key", "=", key).execute();
}

/** Respondents of rounds open on `today` who have not had their invitation yet. */
export async function uninvitedRespondents(db: Kysely<DB>, today: string): Promise<string[]> {
  const rows = await db
    .selectFrom("survey_respondents")
    .innerJoin("survey_rounds", "survey_rounds.id", "survey_respondents.round_id")
    .select("survey_respondents.id")
    .where("survey_respondents.invited_at", "is", null)
    .where("survey_respondents.revoked_at", "is", null)
    .where("survey_respondents.contact_id", "is not", null)
    .where("survey_rounds.closed_at", "is", null)
    .where("survey_rounds.opens_on", "<=", today)
    .where("survey_rounds.closes_on", ">=", today)
    .orderBy("survey_respondents.round_id")
    .orderBy("survey_respondents.id")
    .execute();
  return rows.map((row) => row.id);
}

/**
 * Invited respondents who have not submitted, in open rounds that send reminders, with the round's
 * calendar. A contact who unsubscribed from Convene's reminders gets no survey reminder either (their
 * invitation and any new link still go: answering is asked for, reminding is what they declined).
 */
export function remindableRespondents(db: Kysely<DB>, today: string) {
  return db
    .selectFrom("survey_respondents")
    .innerJoin("survey_rounds", "survey_rounds.id", "survey_respondents.round_id")
    .innerJoin("contacts", "contacts.id", "survey_respondents.contact_id")
    .leftJoin("survey_responses", "survey_responses.respondent_id", "survey_respondents.id")
    .select([
      "survey_respondents.id",
      "survey_respondents.round_id",
      "survey_respondents.invited_at",
      "survey_respondents.last_reminded_at",
      "survey_respondents.revoked_at",
      "survey_responses.submitted_at",
      "survey_rounds.opens_on",
      "survey_rounds.closes_on",
      "survey_rounds.closed_at",
      "survey_rounds.reminder_days",
    ])
    .where("survey_rounds.reminder_days", "is not", null)
    .where("survey_rounds.closed_at", "is", null)
    .where("survey_rounds.opens_on", "<=", today)
    .where("survey_rounds.closes_on", ">=", today)
    .where("survey_respondents.invited_at", "is not", null)
    .where("survey_respondents.revoked_at", "is", null)
    .where("contacts.unsubscribed_at", "is", null)
    .where(sql<boolean>`survey_responses.submitted_at is null`)
    .orderBy("survey_respondents.round_id")
    .orderBy("survey_respondents.id")
    .execute();
}
