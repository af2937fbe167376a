import { sql, type Kysely } from "kysely";
import type { ContactPatch, DB, NewContact } from "../../db/schema.js";
import { scopeFlag, type RowScope } from "../access/scope.js";

export type OrganizationScopes = { visible: RowScope; readContacts: RowScope; manageContacts: RowScope };

/** An organization the caller may see, with whether they may read and change its contacts. */
export function findOrganizationAccess(db: Kysely<DB>, organizationId: string, scopes: OrganizationScopes) {
  return db
    .selectFrom("organizations")
    .select(["organizations.id", "organizations.name"])
    .select([
      scopeFlag("organizations.id", scopes.readContacts).as("can_read_contacts"),
      scopeFlag("organizations.id", scopes.manageContacts).as("can_manage_contacts"),
    ])
    .where("organizations.id", "=", organizationId)
    .$call((qb) => (scopes.visible ? qb.where("organizations.id", "in", scopes.visible) : qb))
    .executeTakeFirst();
}

export async function listContacts(db: Kysely<DB>, organizationId: string, limit: number, offset: number) {
  const filtered = db.selectFrom("contacts").where("contacts.organization_id", "=", organizationId);
  const [rows, count] = await Promise.all([
    filtered
      .selectAll("contacts")
      .orderBy(sql`lower(contacts.name)`)
      .orderBy("contacts.id")
      .limit(limit)
      .offset(offset)
      .execute(),
    filtered.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export function findContact(db: Kysely<DB>, organizationId: string, contactId: string) {
  return db
    .selectFrom("contacts")
    .selectAll("contacts")
    .where("contacts.id", "=", contactId)
    .where("contacts.organization_id", "=", organizationId)
    .executeTakeFirst();
}

export async function insertContact(db: Kysely<DB>, row: NewContact): Promise<void> {
  await db.insertInto("contacts").values(row).execute();
}

export async function updateContact(db: Kysely<DB>, id: string, patch: ContactPatch): Promise<void> {
  await db.updateTable("contacts").set(patch).where("id", "=", id).execute();
}

export async function deleteContact(db: Kysely<DB>, id: string): Promise<void> {
  await db.deleteFrom("contacts").where("id", "=", id).execute();
}

export async function deleteContactsOfOrganization(db: Kysely<DB>, organizationId: string): Promise<void> {
  await db.deleteFrom("contacts").where("organization_id", "=", organizationId).execute();
}

/** How many memberships name this contact as their representative (they lose it when it is deleted). */
export async function countRepresentedMemberships(db: Kysely<DB>, contactId: string): Promise<number> {
  const row = await db
    .selectFrom("memberships")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("representative_contact_id", "=", contactId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
