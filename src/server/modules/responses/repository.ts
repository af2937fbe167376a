import type { Kysely } from "kysely";
import type { DB, SurveyResponsesTable } from "../../db/schema.js";
import type { Insertable } from "kysely";

/**
 * The respondent behind a token hash with everything the form shows, in one statement: the link itself
 * (whether a new link or a revocation ended it), the round, the
 * partnership, the organization answering, the contact, the member the answers are about and the
 * response saved so far. `lock` takes the respondent's row for the rest of the transaction on
 * PostgreSQL (SQLite's write transactions hold the whole database already), so that two saves of one
 * response take turns.
 */
export function findRespondentByTokenHash(db: Kysely<DB>, tokenHash: string, lock: boolean) {
  return db
    .selectFrom("survey_respondent_tokens as t")
    .innerJoin("survey_respondents as r", "r.id", "t.respondent_id")
    .innerJoin("survey_rounds as round", "round.id", "r.round_id")
    .innerJoin("partnerships as p", "p.id", "r.partnership_id")
    .innerJoin("organizations as o", "o.id", "r.organization_id")
    .leftJoin("contacts as c", "c.id", "r.contact_id")
    .leftJoin("memberships as m", "m.id", "r.membership_id")
    .leftJoin("organizations as about", "about.id", "m.organization_id")
    .leftJoin("survey_responses as s", "s.respondent_id", "r.id")
    .select([
      "r.id",
      "r.round_id",
      "r.partnership_id",
      "r.organization_id",
      "r.perspective",
      "r.membership_id",
      "r.expires_at",
      "r.revoked_at",
      "t.revoked_at as token_revoked_at",
      "r.language",
      "round.label",
      "round.opens_on",
      "round.closes_on",
      "round.closed_at",
      "round.threshold",
      "round.instrument_id",
      "round.instrument_version",
      "p.name as partnership_name",
      "o.name as organization_name",
      "c.name as contact_name",
      "about.name as about_name",
      "s.id as response_id",
      "s.answers",
      "s.submitted_at",
      "s.updated_at as response_updated_at",
      "s.version as response_version",
    ])
    .where("t.token_hash", "=", tokenHash)
    .$call((qb) => (lock ? qb.forUpdate(["r"]) : qb))
    .executeTakeFirst();
}

export type RespondentRow = NonNullable<Awaited<ReturnType<typeof findRespondentByTokenHash>>>;

/** The response as it is now, read again once the respondent's row is held. */
export function findResponseOf(db: Kysely<DB>, respondentId: string) {
  return db
    .selectFrom("survey_responses")
    .select(["id", "answers", "submitted_at", "updated_at", "version"])
    .where("respondent_id", "=", respondentId)
    .executeTakeFirst();
}

export type ResponseRow = NonNullable<Awaited<ReturnType<typeof findResponseOf>>>;

export async function insertResponse(db: Kysely<DB>, row: Insertable<SurveyResponsesTable>): Promise<void> {
  await db.insertInto("survey_responses").values(row).execute();
}

/** Writes the response if it is still at `version`; false when another write came first. */
export async function updateResponse(
  db: Kysely<DB>,
  id: string,
  version: number,
  patch: { answers: string; submitted_at: string | null; updated_at: string },
): Promise<boolean> {
  const result = await db
    .updateTable("survey_responses")
    .set({ ...patch, version: version + 1 })
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The membership of an organization in a partnership: whom a partner's checklist is about when the respondent names none. */
export function findMembershipOfOrganization(db: Kysely<DB>, partnershipId: string, organizationId: string) {
  return db
    .selectFrom("memberships")
    .select("id")
    .where("partnership_id", "=", partnershipId)
    .where("organization_id", "=", organizationId)
    .executeTakeFirst();
}
