import type { Kysely } from "kysely";
import type { ContactPatch, DB, MembershipPatch, OrganizationPatch, PartnershipPatch } from "../../../db/schema.js";

export type RegistryPatches = {
  organizations: ReadonlyMap<string, OrganizationPatch>;
  contacts: ReadonlyMap<string, ContactPatch>;
  partnerships: ReadonlyMap<string, PartnershipPatch>;
  memberships: ReadonlyMap<string, MembershipPatch>;
};

/** One statement per changed row: each changes its own set of fields, and re-imports change few rows. */
export async function applyPatches(db: Kysely<DB>, patches: RegistryPatches): Promise<void> {
  for (const [id, patch] of patches.organizations) await db.updateTable("organizations").set(patch).where("id", "=", id).execute();
  for (const [id, patch] of patches.contacts) await db.updateTable("contacts").set(patch).where("id", "=", id).execute();
  for (const [id, patch] of patches.partnerships) await db.updateTable("partnerships").set(patch).where("id", "=", id).execute();
  for (const [id, patch] of patches.memberships) await db.updateTable("memberships").set(patch).where("id", "=", id).execute();
}
