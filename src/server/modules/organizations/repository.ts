import { sql, type Kysely } from "kysely";
import type { OrganizationListQuery } from "../../../contracts/organizations.js";
import { likePattern } from "../../../domain/registry/name-key.js";
import type { DB, NewOrganization, OrganizationPatch } from "../../db/schema.js";
import { scopeFlag, type RowScope, type Scope } from "../access/scope.js";

/** What may be done to organizations: each a scope of ids (for a list) or narrowed to one (for a single row). */
export type OrganizationScopes<S extends Scope = Scope> = { visible: S; update: S; delete: S; readContacts: S; manageContacts: S };

const SORT_COLUMNS = {
  name: "organizations.name_key",
  sector: "organizations.sector",
  createdAt: "organizations.created_at",
  updatedAt: "organizations.updated_at",
} as const;

function selectOrganizations(db: Kysely<DB>, scope: Scope) {
  return db.selectFrom("organizations").$call((qb) => (scope ? qb.where("organizations.id", "in", scope) : qb));
}

/** The columns an organization is presented with: its row, membership count and what the caller may do with it. */
function withDetails(query: ReturnType<typeof selectOrganizations>, scopes: OrganizationScopes) {
  return query
    .selectAll("organizations")
    .select((eb) =>
      eb
        .selectFrom("memberships")
        .select(eb.fn.countAll<number>().as("n"))
        .whereRef("memberships.organization_id", "=", "organizations.id")
        .as("membership_count"),
    )
    .select([
      scopeFlag("organizations.id", scopes.update).as("can_update"),
      scopeFlag("organizations.id", scopes.delete).as("can_delete"),
      scopeFlag("organizations.id", scopes.readContacts).as("can_read_contacts"),
      scopeFlag("organizations.id", scopes.manageContacts).as("can_manage_contacts"),
    ]);
}

export type OrganizationDetailRow = NonNullable<Awaited<ReturnType<typeof findOrganization>>>;

export function findOrganization(db: Kysely<DB>, id: string, scopes: OrganizationScopes<RowScope>) {
  return withDetails(selectOrganizations(db, scopes.visible), scopes).where("organizations.id", "=", id).executeTakeFirst();
}

/** An organization's name, if it exists and the caller may see it. */
export function findVisibleOrganization(db: Kysely<DB>, id: string, scope: RowScope) {
  return selectOrganizations(db, scope)
    .select(["organizations.id", "organizations.name"])
    .where("organizations.id", "=", id)
    .executeTakeFirst();
}

export async function listOrganizations(
  db: Kysely<DB>,
  query: OrganizationListQuery,
  scopes: OrganizationScopes,
  limit: number,
  offset: number,
) {
  const filtered = selectOrganizations(db, scopes.visible)
    .$if(query.q !== undefined && query.q !== "", (qb) =>
      qb.where(sql<boolean>`organizations.name_key like ${likePattern(query.q ?? "")} escape '\\'`),
    )
    .$if(query.sector !== undefined, (qb) => qb.where("organizations.sector", "=", query.sector ?? ""))
    .$if(query.governmentLevel !== undefined, (qb) => qb.where("organizations.government_level", "=", query.governmentLevel ?? ""))
    .$if(query.hasCrimePreventionMandate !== undefined, (qb) =>
      qb.where("organizations.has_crime_prevention_mandate", "=", query.hasCrimePreventionMandate ? 1 : 0),
    );
  const rowsQuery = withDetails(filtered, scopes)
    .orderBy(SORT_COLUMNS[query.sort], query.order)
    .orderBy("organizations.id", query.order)
    .limit(limit)
    .offset(offset);
  const [rows, count] = await Promise.all([
    rowsQuery.execute(),
    filtered.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export function findBySectorAndKey(db: Kysely<DB>, sector: string, nameKeyValue: string) {
  return db
    .selectFrom("organizations")
    .select(["id", "name"])
    .where("sector", "=", sector)
    .where("name_key", "=", nameKeyValue)
    .executeTakeFirst();
}

export async function insertOrganization(db: Kysely<DB>, row: NewOrganization): Promise<void> {
  await db.insertInto("organizations").values(row).execute();
}

export async function updateOrganization(db: Kysely<DB>, id: string, patch: OrganizationPatch): Promise<void> {
  await db.updateTable("organizations").set(patch).where("id", "=", id).execute();
}

export async function deleteOrganization(db: Kysely<DB>, id: string): Promise<void> {
  await db.deleteFrom("organizations").where("id", "=", id).execute();
}

/** What still refers to an organization, so that a delete can be refused with a reason. */
export async function countReferences(db: Kysely<DB>, id: string) {
  const row = await db
    .selectNoFrom((eb) => [
      eb.selectFrom("memberships").select(eb.fn.countAll<number>().as("n")).where("organization_id", "=", id).as("memberships"),
      eb.selectFrom("partnerships").select(eb.fn.countAll<number>().as("n")).where("lead_organization_id", "=", id).as("led"),
      eb.selectFrom("users").select(eb.fn.countAll<number>().as("n")).where("organization_id", "=", id).as("users"),
    ])
    .executeTakeFirstOrThrow();
  return { memberships: Number(row.memberships), led: Number(row.led), users: Number(row.users) };
}
