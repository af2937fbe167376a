import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import { scopeFlag, type RowScope } from "../access/scope.js";

/** What coverage reads of a partnership, joined to its lead organization and its program's stored composition. */
export function coverageSource(db: Kysely<DB>) {
  return db
    .selectFrom("partnerships")
    .innerJoin("organizations as lead", "lead.id", "partnerships.lead_organization_id")
    .leftJoin("program_compositions as composition", "composition.program_id", "partnerships.program_id")
    .select([
      "partnerships.id",
      "partnerships.program_id",
      "lead.id as lead_id",
      "lead.name as lead_name",
      "lead.sector as lead_sector",
      "lead.has_crime_prevention_mandate as lead_has_crime_prevention_mandate",
      "partnerships.priority_groups",
      "partnerships.focus_issues",
      "composition.document as composition_document",
    ]);
}

/** What coverage counts of each member organization. */
export const COVERAGE_MEMBER_COLUMNS = [
  "memberships.id",
  "memberships.organization_id",
  "organizations.name",
  "organizations.sector",
  "organizations.has_crime_prevention_mandate",
  "memberships.is_new_partner",
  "memberships.is_critic",
  "memberships.axis_stages",
  "memberships.joined_on",
  "memberships.left_on",
] as const;

/** A partnership the caller can see, with what coverage needs of it, its lead organization and its program's stored composition, in one query. */
export function findPartnershipForCoverage(db: Kysely<DB>, partnershipId: string, visible: RowScope) {
  return coverageSource(db)
    .select("composition.updated_at as composition_updated_at")
    .where("partnerships.id", "=", partnershipId)
    .$call((qb) => (visible ? qb.where("partnerships.id", "in", visible) : qb))
    .executeTakeFirst();
}

export type CoverageMemberRow = Awaited<ReturnType<typeof listCoverageMembers>>[number];

/** Every membership of a partnership, past ones included, with its organization's sector and mandate. */
export function listCoverageMembers(db: Kysely<DB>, partnershipId: string) {
  return db
    .selectFrom("memberships")
    .innerJoin("organizations", "organizations.id", "memberships.organization_id")
    .select(COVERAGE_MEMBER_COLUMNS)
    .where("memberships.partnership_id", "=", partnershipId)
    .execute();
}

/** A program the caller can see, its stored composition if any (with who saved it), and whether the caller may change it. */
export function findProgramComposition(db: Kysely<DB>, programId: string, visible: RowScope, editable: RowScope) {
  return db
    .selectFrom("programs")
    .leftJoin("program_compositions as composition", "composition.program_id", "programs.id")
    .leftJoin("users as editor", "editor.id", "composition.updated_by")
    .select([
      "programs.id",
      "composition.document",
      "composition.updated_at",
      "composition.updated_by",
      "editor.name as updated_by_name",
      scopeFlag("programs.id", editable).as("can_edit"),
    ])
    .where("programs.id", "=", programId)
    .$call((qb) => (visible ? qb.where("programs.id", "in", visible) : qb))
    .executeTakeFirst();
}

export async function saveProgramComposition(db: Kysely<DB>, programId: string, document: string, updatedBy: string, updatedAt: string): Promise<void> {
  await db
    .insertInto("program_compositions")
    .values({ program_id: programId, document, updated_by: updatedBy, updated_at: updatedAt })
    .onConflict((oc) => oc.column("program_id").doUpdateSet({ document, updated_by: updatedBy, updated_at: updatedAt }))
    .execute();
}

/** Removes a program's own composition; true when there was one. */
export async function deleteProgramComposition(db: Kysely<DB>, programId: string): Promise<boolean> {
  const result = await db.deleteFrom("program_compositions").where("program_id", "=", programId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
