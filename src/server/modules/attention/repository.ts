// Three queries over the active partnerships a caller manages, whatever their number: the partnerships
// with their lead and program composition, all their members, and the involvement views per partnership.
import { sql, type Kysely } from "kysely";
import { WIDE_GAP_LEVELS } from "../../../domain/attention/attention.js";
import type { DB } from "../../db/schema.js";
import type { IdQuery, Scope } from "../access/scope.js";
import { COVERAGE_MEMBER_COLUMNS, coverageSource } from "../coverage/repository.js";

function activeManaged(db: Kysely<DB>, manageable: Scope): IdQuery {
  return db
    .selectFrom("partnerships as ap")
    .select("ap.id as id")
    .where("ap.status", "=", "active")
    .$call((qb) => (manageable ? qb.where("ap.id", "in", manageable) : qb)) as IdQuery;
}

export function listPartnerships(db: Kysely<DB>, manageable: Scope) {
  return coverageSource(db)
    .select(["partnerships.name", "partnerships.funding_end_date"])
    .where("partnerships.id", "in", activeManaged(db, manageable))
    .execute();
}

/** Every membership of those partnerships, with what coverage counts of its organization. */
export function listMembers(db: Kysely<DB>, manageable: Scope) {
  return db
    .selectFrom("memberships")
    .innerJoin("organizations", "organizations.id", "memberships.organization_id")
    .select([...COVERAGE_MEMBER_COLUMNS, "memberships.partnership_id"])
    .where("memberships.partnership_id", "in", activeManaged(db, manageable))
    .execute();
}

/**
 * Per partnership, from the lead's views: how many members have no view of their own in that round,
 * and how many have one WIDE_GAP_LEVELS or more away from the lead's.
 */
export function countViews(db: Kysely<DB>, manageable: Scope) {
  return db
    .selectFrom("involvement_records as lead")
    .innerJoin("memberships as m", "m.id", "lead.membership_id")
    .leftJoin("involvement_records as partner", (join) =>
      join
        .onRef("partner.membership_id", "=", "lead.membership_id")
        .onRef("partner.round", "=", "lead.round")
        .on("partner.perspective", "=", "partner"),
    )
    .select([
      "m.partnership_id",
      sql<number>`count(distinct case when partner.id is null then m.id end)`.as("missing"),
      sql<number>`count(distinct case when abs(lead.type_ordinal - partner.type_ordinal) >= ${WIDE_GAP_LEVELS} then m.id end)`.as("wide"),
    ])
    .where("lead.perspective", "=", "lead")
    .where("m.partnership_id", "in", activeManaged(db, manageable))
    .groupBy("m.partnership_id")
    .execute();
}
