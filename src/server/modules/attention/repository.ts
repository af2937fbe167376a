// Three queries over the active partnerships a caller manages, whatever their number: the partnerships
// with their lead and program composition, all their members, and the involvement views per partnership.
import { sql, type Kysely } from "kysely";
import { WIDE_GAP_LEVELS } from "../../../domain/attention/attention.js";
import type { DB } from "../../db/schema.js";
import type { IdQuery, Scope } from "../access/scope.js";

function activeManaged(db: Kysely<DB>, manageable: Scope): IdQuery {
  return db
    .selectFrom("partnerships as ap")
    .select("ap.id as id")
    .where("ap.status", "=", "active")
    .$call((qb) => (manageable ? qb.where("ap.id", "in", manageable) : qb)) as IdQuery;
}

export function listPartnerships(db: Kysely<DB>, manageable: Scope) {
  return db
    .selectFrom("partnerships")
    .innerJoin("organizations as lead", "lead.id", "partnerships.lead_organization_id")
    .leftJoin("program_compositions as composition", "composition.program_id", "partnerships.program_id")
    .select([
      "partnerships.id",
      "partnerships.name",
      "partnerships.program_id",
      "partnerships.priority_groups",
      "partnerships.focus_issues",
      "partnerships.funding_end_date",
      "lead.id as lead_id",
      "lead.name as lead_name",
      "lead.sector as lead_sector",
      "lead.has_crime_prevention_mandate as lead_has_crime_prevention_mandate",
      "composition.document as composition_document",
    ])
    .where("partnerships.id", "in", activeManaged(db, manageable))
    .execute();
}

/** Every membership of those partnerships, with what coverage counts of its organization. */
export function listMembers(db: Kysely<DB>, manageable: Scope) {
  return db
    .selectFrom("memberships")
    .innerJoin("organizations", "organizations.id", "memberships.organization_id")
    .select([
      "memberships.id",
      "memberships.partnership_id",
      "memberships.organization_id",
      "organizations.name",
      "organizations.sector",
      "organizations.has_crime_prevention_mandate",
      "memberships.is_new_partner",
      "memberships.is_critic",
      "memberships.axis_stages",
      "memberships.joined_on",
      "memberships.left_on",
    ])
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
