// What a round's results are made of, read in a handful of statements whatever the number of responses
// (the round itself, with the caller's rights, comes from the rounds module): the round before it, and
// the people asked in both with what they submitted. A program's view reads its partnerships' rounds of one instrument and
// their submitted answers, each in one statement.
import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import type { RowScope, Scope } from "../access/scope.js";

type RoundPlace = { id: string; partnership_id: string; instrument_id: string; opens_on: string; created_at: string };

/** The latest round of the same instrument in the same partnership that opened before this one. */
export function findPreviousRound(db: Kysely<DB>, round: RoundPlace) {
  return db
    .selectFrom("survey_rounds as r")
    .select(["r.id", "r.label", "r.instrument_version", "r.threshold"])
    .where("r.partnership_id", "=", round.partnership_id)
    .where("r.instrument_id", "=", round.instrument_id)
    .where("r.id", "<>", round.id)
    .where((eb) =>
      eb.or([
        eb("r.opens_on", "<", round.opens_on),
        eb.and([eb("r.opens_on", "=", round.opens_on), eb("r.created_at", "<", round.created_at)]),
      ]),
    )
    .orderBy("r.opens_on", "desc")
    .orderBy("r.created_at", "desc")
    .limit(1)
    .executeTakeFirst();
}

/** Everyone asked in these rounds, with their answers once submitted (never a draft's). */
export function listRespondents(db: Kysely<DB>, roundIds: readonly string[]) {
  return db
    .selectFrom("survey_respondents as s")
    .leftJoin("survey_responses as a", (join) => join.onRef("a.respondent_id", "=", "s.id").on("a.submitted_at", "is not", null))
    .select(["s.round_id", "s.perspective", "a.answers", "a.submitted_at"])
    .where("s.round_id", "in", roundIds)
    .execute();
}

/** A round's submitted responses with who gave them, for the export of individual responses. */
export function listSubmittedResponses(db: Kysely<DB>, roundId: string) {
  return db
    .selectFrom("survey_responses as a")
    .innerJoin("survey_respondents as s", "s.id", "a.respondent_id")
    .innerJoin("organizations as o", "o.id", "s.organization_id")
    .leftJoin("contacts as c", "c.id", "s.contact_id")
    .select([
      "a.id",
      "a.answers",
      "a.submitted_at",
      "s.perspective",
      "o.name as organization_name",
      "o.sector",
      "c.name as contact_name",
      "c.email as contact_email",
    ])
    .where("a.round_id", "=", roundId)
    .where("a.submitted_at", "is not", null)
    .execute();
}

/** A program the caller may report on. */
export function findReportProgram(db: Kysely<DB>, id: string, reportable: RowScope) {
  return db
    .selectFrom("programs")
    .select(["programs.id", "programs.code", "programs.name"])
    .where("programs.id", "=", id)
    .$call((qb) => (reportable ? qb.where("programs.id", "in", reportable) : qb))
    .executeTakeFirst();
}

/** The program's rounds of the instrument (with that label, when given), each partnership's latest first. */
export function listProgramRounds(db: Kysely<DB>, programId: string, instrumentId: string, label: string | undefined, visible: Scope) {
  return db
    .selectFrom("survey_rounds as r")
    .innerJoin("partnerships as p", "p.id", "r.partnership_id")
    .select(["r.id", "r.partnership_id", "p.name as partnership_name", "r.label", "r.instrument_version", "r.threshold", "r.opens_on"])
    .where("p.program_id", "=", programId)
    .where("r.instrument_id", "=", instrumentId)
    .$call((qb) => (label === undefined ? qb : qb.where("r.label", "=", label)))
    .$call((qb) => (visible ? qb.where("r.partnership_id", "in", visible) : qb))
    .orderBy("p.name_key")
    .orderBy("r.partnership_id")
    .orderBy("r.opens_on", "desc")
    .orderBy("r.created_at", "desc")
    .execute();
}
