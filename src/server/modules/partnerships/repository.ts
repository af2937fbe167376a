import { sql, type Kysely, type RawBuilder } from "kysely";
import type { PartnershipListQuery } from "../../../contracts/partnerships.js";
import { likePattern } from "../../../domain/registry/name-key.js";
import type { DB, NewPartnership, PartnershipPatch } from "../../db/schema.js";
import { scopeFlag, type RowScope, type Scope } from "../access/scope.js";

/** What may be done to partnerships: each a scope of ids (for a list) or narrowed to one (for a single row). */
export type PartnershipScopes<S extends Scope = Scope> = {
  visible: S;
  update: S;
  delete: S;
  manageMembers: S;
  classify: S;
  editCharter: S;
  managePlan: S;
  manageMeetings: S;
  logContacts: S;
  runSurveys: S;
};

// Free text is sorted case-folded so that both databases agree whatever their collation.
const SORT_EXPRESSIONS = {
  name: sql`partnerships.name_key`,
  region: sql`lower(partnerships.region)`,
  status: sql`partnerships.status`,
  startDate: sql`partnerships.start_date`,
  createdAt: sql`partnerships.created_at`,
} as const;

/** Rows without a value go last in either direction; the databases disagree on where NULL sorts otherwise. */
function nullsLast(expression: RawBuilder<unknown>): RawBuilder<number> {
  return sql<number>`case when ${expression} is null then 1 else 0 end`;
}

/** Matches one key inside a stored JSON text array such as ["youth","elderly"]. */
function jsonArrayContains(key: string): string {
  return `%${JSON.stringify(key).replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

function selectPartnerships(db: Kysely<DB>, visible: Scope) {
  return db
    .selectFrom("partnerships")
    .innerJoin("programs", "programs.id", "partnerships.program_id")
    .innerJoin("organizations as lead", "lead.id", "partnerships.lead_organization_id")
    .$call((qb) => (visible ? qb.where("partnerships.id", "in", visible) : qb));
}

/** Everything a partnership is presented with, joined and counted in the one query, with what the caller may do to it. */
function withDetails(query: ReturnType<typeof selectPartnerships>, scopes: PartnershipScopes) {
  return query
    .selectAll("partnerships")
    .select([
      "programs.code as program_code",
      "programs.name as program_name",
      "programs.name_fr as program_name_fr",
      "lead.name as lead_name",
    ])
    .select((eb) =>
      eb
        .selectFrom("memberships")
        .select(eb.fn.countAll<number>().as("n"))
        .whereRef("memberships.partnership_id", "=", "partnerships.id")
        .as("member_count"),
    )
    .select([
      scopeFlag("partnerships.id", scopes.update).as("can_update"),
      scopeFlag("partnerships.id", scopes.delete).as("can_delete"),
      scopeFlag("partnerships.id", scopes.manageMembers).as("can_manage_members"),
      scopeFlag("partnerships.id", scopes.classify).as("can_classify"),
      scopeFlag("partnerships.id", scopes.editCharter).as("can_edit_charter"),
      scopeFlag("partnerships.id", scopes.managePlan).as("can_manage_plan"),
      scopeFlag("partnerships.id", scopes.manageMeetings).as("can_manage_meetings"),
      scopeFlag("partnerships.id", scopes.logContacts).as("can_log_contacts"),
      scopeFlag("partnerships.id", scopes.runSurveys).as("can_run_surveys"),
    ])
    .select((eb) => eb.selectFrom("users").select("users.name").whereRef("users.id", "=", "partnerships.updated_by").as("updated_by_name"));
}

export type PartnershipDetailRow = NonNullable<Awaited<ReturnType<typeof findPartnership>>>;

export function findPartnership(db: Kysely<DB>, id: string, scopes: PartnershipScopes<RowScope>) {
  return withDetails(selectPartnerships(db, scopes.visible), scopes).where("partnerships.id", "=", id).executeTakeFirst();
}

export async function listPartnerships(
  db: Kysely<DB>,
  query: PartnershipListQuery,
  scopes: PartnershipScopes,
  limit: number,
  offset: number,
) {
  const { q, programId, organizationId, status, region, priorityGroup } = query;
  const filtered = selectPartnerships(db, scopes.visible)
    .$if(q !== undefined && q !== "", (qb) => qb.where(sql<boolean>`partnerships.name_key like ${likePattern(q ?? "")} escape '\\'`))
    .$if(programId !== undefined, (qb) => qb.where("partnerships.program_id", "=", programId ?? ""))
    .$if(organizationId !== undefined, (qb) =>
      qb.where((eb) =>
        eb.or([
          eb("partnerships.lead_organization_id", "=", organizationId ?? ""),
          eb(
            "partnerships.id",
            "in",
            eb
              .selectFrom("memberships")
              .select("memberships.partnership_id")
              .where("memberships.organization_id", "=", organizationId ?? ""),
          ),
        ]),
      ),
    )
    .$if(status !== undefined, (qb) => qb.where("partnerships.status", "=", status ?? ""))
    .$if(region !== undefined && region !== "", (qb) => qb.where("partnerships.region", "=", region ?? ""))
    .$if(priorityGroup !== undefined, (qb) =>
      qb.where(sql<boolean>`partnerships.priority_groups like ${jsonArrayContains(priorityGroup ?? "")} escape '\\'`),
    );
  const [rows, count] = await Promise.all([
    withDetails(filtered, scopes)
      .orderBy(nullsLast(SORT_EXPRESSIONS[query.sort]))
      .orderBy(SORT_EXPRESSIONS[query.sort], query.order)
      .orderBy("partnerships.id", query.order)
      .limit(limit)
      .offset(offset)
      .execute(),
    filtered.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** The fields a change is checked against, if the caller may see the partnership, with what they may do to it. */
export function findPartnershipAccess(db: Kysely<DB>, id: string, scopes: PartnershipScopes<RowScope>) {
  return db
    .selectFrom("partnerships")
    .select([
      "partnerships.id",
      "partnerships.name",
      "partnerships.program_id",
      "partnerships.lead_organization_id",
      "partnerships.start_date",
      "partnerships.end_date",
      // The rest of the row, so that a change can be recorded with each field's value before it.
      "partnerships.region",
      "partnerships.priority_groups",
      "partnerships.focus_issues",
      "partnerships.funding_end_date",
      "partnerships.status",
      "partnerships.description",
      scopeFlag("partnerships.id", scopes.update).as("can_update"),
      scopeFlag("partnerships.id", scopes.delete).as("can_delete"),
      scopeFlag("partnerships.id", scopes.manageMembers).as("can_manage_members"),
      scopeFlag("partnerships.id", scopes.classify).as("can_classify"),
      scopeFlag("partnerships.id", scopes.editCharter).as("can_edit_charter"),
      scopeFlag("partnerships.id", scopes.managePlan).as("can_manage_plan"),
      scopeFlag("partnerships.id", scopes.manageMeetings).as("can_manage_meetings"),
      scopeFlag("partnerships.id", scopes.logContacts).as("can_log_contacts"),
      scopeFlag("partnerships.id", scopes.runSurveys).as("can_run_surveys"),
    ])
    .where("partnerships.id", "=", id)
    .$call((qb) => (scopes.visible ? qb.where("partnerships.id", "in", scopes.visible) : qb))
    .executeTakeFirst();
}

export async function insertPartnership(db: Kysely<DB>, row: NewPartnership): Promise<void> {
  await db.insertInto("partnerships").values(row).execute();
}

export async function updatePartnership(db: Kysely<DB>, id: string, patch: PartnershipPatch): Promise<void> {
  await db.updateTable("partnerships").set(patch).where("id", "=", id).execute();
}

export async function deletePartnership(db: Kysely<DB>, id: string): Promise<void> {
  await db.deleteFrom("partnership_coordinators").where("partnership_id", "=", id).execute();
  await db.deleteFrom("partnerships").where("id", "=", id).execute();
}

export async function addCoordinator(db: Kysely<DB>, partnershipId: string, userId: string): Promise<void> {
  await db.insertInto("partnership_coordinators").values({ partnership_id: partnershipId, user_id: userId }).execute();
}
