// What a round's results are made of, read in a handful of statements whatever the number of responses
// (the round itself, with the caller's rights, comes from the rounds module): the round before it, and
// the people still asked in both with what they submitted. A program's view reads its partnerships' rounds of one instrument and
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

/**
 * Everyone still asked in these rounds, with their answers once submitted (never a draft's), and who
 * they are for the export of individual responses. A respondent whose link was revoked is no longer
 * asked: left out here, they count neither as invited nor as submitted in any figure, file or export.
 * This is the one statement every figure of a round is made from.
 */
export function listRespondents(db: Kysely<DB>, roundIds: readonly string[]) {
  return db
    .selectFrom("survey_respondents as s")
    .innerJoin("organizations as o", "o.id", "s.organization_id")
    .leftJoin("contacts as c", "c.id", "s.contact_id")
    .leftJoin("survey_responses as a", (join) => join.onRef("a.respondent_id", "=", "s.id").on("a.submitted_at", "is not", null))
    .select([
      "s.round_id",
      "s.perspective",
      "a.id as response_id",
      "a.answers",
      "a.submitted_at",
      "o.name as organization_name",
      "o.sector",
      "c.name as contact_name",
      "c.email as contact_email",
    ])
    .where("s.round_id", "in", roundIds)
    .where("s.revoked_at", "is", null)
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
