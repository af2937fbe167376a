import { sql, type Kysely } from "kysely";
import type { DB, MembershipPatch, NewMembership } from "../../db/schema.js";
import { scopeFlag, type RowScope, type Scope } from "../access/scope.js";

/**
 * What the caller may do with memberships of one partnership: `contactsVisible` (organizations whose
 * representative may be shown), the partnership's `manageMembers` flag, and the membership scopes
 * narrowed to the partnership's memberships.
 */
export type MembershipScopes = {
  contactsVisible: Scope;
  manageMembers: boolean;
  readInvolvement: RowScope;
  recordLeadView: RowScope;
  recordPartnerView: RowScope;
  confirm: RowScope;
  readNotes: RowScope;
  pledge: RowScope;
};

/** 1 for the membership of the partnership's lead organization: the lead is a member, marked as the lead. */
const IS_LEAD = sql<number>`case when memberships.organization_id = partnerships.lead_organization_id then 1 else 0 end`;

/**
 * Memberships with their organization and representative, the lead first, in one query. The representative is
 * joined only where the caller may read that organization's contacts (`contactsVisible`), so a
 * member list never discloses people's details that the contacts API would refuse.
 */
function selectMemberships(db: Kysely<DB>, partnershipId: string, contactsVisible: Scope) {
  return db
    .selectFrom("memberships")
    .innerJoin("organizations", "organizations.id", "memberships.organization_id")
    .innerJoin("partnerships", "partnerships.id", "memberships.partnership_id")
    .leftJoin("contacts", (join) =>
      join
        .onRef("contacts.id", "=", "memberships.representative_contact_id")
        .$call((on) => (contactsVisible ? on.on("contacts.organization_id", "in", contactsVisible) : on)),
    )
    .where("memberships.partnership_id", "=", partnershipId);
}

function withDetails(query: ReturnType<typeof selectMemberships>, scopes: MembershipScopes) {
  return query
    .selectAll("memberships")
    .select([
      sql.lit(scopes.manageMembers ? 1 : 0).as("can_manage"),
      scopeFlag("memberships.id", scopes.readInvolvement).as("can_read_involvement"),
      scopeFlag("memberships.id", scopes.recordLeadView).as("can_record_lead_view"),
      scopeFlag("memberships.id", scopes.recordPartnerView).as("can_record_partner_view"),
      scopeFlag("memberships.id", scopes.confirm).as("can_confirm"),
      scopeFlag("memberships.id", scopes.readNotes).as("can_read_notes"),
      scopeFlag("memberships.id", scopes.pledge).as("can_pledge"),
    ])
    .select([
      "organizations.name as organization_name",
      "organizations.sector as organization_sector",
      "organizations.has_crime_prevention_mandate as organization_mandate",
      "contacts.id as representative_id",
      "contacts.name as representative_name",
      "contacts.email as representative_email",
    ])
    .select(IS_LEAD.as("is_lead"));
}

export type MembershipDetailRow = NonNullable<Awaited<ReturnType<typeof findMembership>>>;

export function findMembership(db: Kysely<DB>, partnershipId: string, membershipId: string, scopes: MembershipScopes) {
  return withDetails(selectMemberships(db, partnershipId, scopes.contactsVisible), scopes)
    .where("memberships.id", "=", membershipId)
    .executeTakeFirst();
}

export async function listMemberships(db: Kysely<DB>, partnershipId: string, scopes: MembershipScopes, limit: number, offset: number) {
  const [rows, count] = await Promise.all([
    withDetails(selectMemberships(db, partnershipId, scopes.contactsVisible), scopes)
      .orderBy(IS_LEAD, "desc")
      .orderBy("organizations.name_key")
      .orderBy("memberships.id")
      .limit(limit)
      .offset(offset)
      .execute(),
    db
      .selectFrom("memberships")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("memberships.partnership_id", "=", partnershipId)
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** The row a change of a membership is checked against and recorded from. */
export function findMembershipFields(db: Kysely<DB>, partnershipId: string, membershipId: string) {
  return (
    db
      .selectFrom("memberships")
      .innerJoin("organizations", "organizations.id", "memberships.organization_id")
      // The whole row, so that a change can be recorded with each field's value before it.
      .selectAll("memberships")
      .select("organizations.name as organization_name")
      .where("memberships.id", "=", membershipId)
      .where("memberships.partnership_id", "=", partnershipId)
      .executeTakeFirst()
  );
}

export function findMembershipOfOrganization(db: Kysely<DB>, partnershipId: string, organizationId: string) {
  return db
    .selectFrom("memberships")
    .select("id")
    .where("partnership_id", "=", partnershipId)
    .where("organization_id", "=", organizationId)
    .executeTakeFirst();
}

export async function countMembersOtherThan(db: Kysely<DB>, partnershipId: string, organizationId: string): Promise<number> {
  const row = await db
    .selectFrom("memberships")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("partnership_id", "=", partnershipId)
    .where("organization_id", "<>", organizationId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertMembership(db: Kysely<DB>, row: NewMembership): Promise<void> {
  await db.insertInto("memberships").values(row).execute();
}

/**
 * Confirms those of the memberships that are not confirmed yet and that the scope takes in (the
 * caller's `confirm` scope), in statements of a thousand ids; the ids confirmed.
 */
export async function confirmMemberships(db: Kysely<DB>, ids: readonly string[], scope: Scope, at: string): Promise<string[]> {
  const confirmed: string[] = [];
  for (let start = 0; start < ids.length; start += 1000) {
    const rows = await db
      .updateTable("memberships")
      .set({ confirmed_at: at })
      .where("id", "in", ids.slice(start, start + 1000))
      .where("confirmed_at", "is", null)
      .$call((qb) => (scope ? qb.where("id", "in", scope) : qb))
      .returning("id")
      .execute();
    confirmed.push(...rows.map((row) => row.id));
  }
  return confirmed;
}

export async function updateMembership(db: Kysely<DB>, id: string, patch: MembershipPatch): Promise<void> {
  await db.updateTable("memberships").set(patch).where("id", "=", id).execute();
}

export async function deleteMembership(db: Kysely<DB>, id: string): Promise<void> {
  await db.deleteFrom("memberships").where("id", "=", id).execute();
}

export async function deleteMembershipsOfPartnership(db: Kysely<DB>, partnershipId: string): Promise<void> {
  await db.deleteFrom("memberships").where("partnership_id", "=", partnershipId).execute();
}
