// The registry as exports read it: each entity with the names (not ids) it refers to, within the
// caller's scope, in a stable order.
import { sql, type Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import type { Scope } from "../access/scope.js";

export type ExportScopes = { organizations: Scope; partnerships: Scope };

export function organizationsForExport(db: Kysely<DB>, scopes: ExportScopes) {
  return db
    .selectFrom("organizations")
    .selectAll()
    .$call((qb) => (scopes.organizations ? qb.where("organizations.id", "in", scopes.organizations) : qb))
    .orderBy("name_key")
    .orderBy("sector")
    .execute();
}

export function contactsForExport(db: Kysely<DB>, scopes: ExportScopes) {
  return db
    .selectFrom("contacts")
    .innerJoin("organizations", "organizations.id", "contacts.organization_id")
    .selectAll("contacts")
    .select(["organizations.name as organization_name", "organizations.sector as organization_sector"])
    .$call((qb) => (scopes.organizations ? qb.where("organizations.id", "in", scopes.organizations) : qb))
    .orderBy("organizations.name_key")
    .orderBy("organizations.sector")
    .orderBy(sql`lower(contacts.name)`)
    .orderBy("contacts.id")
    .execute();
}

export function partnershipsForExport(db: Kysely<DB>, scopes: ExportScopes) {
  return db
    .selectFrom("partnerships")
    .innerJoin("programs", "programs.id", "partnerships.program_id")
    .innerJoin("organizations as lead", "lead.id", "partnerships.lead_organization_id")
    .selectAll("partnerships")
    .select(["programs.code as program_code", "programs.name as program_name", "lead.name as lead_name", "lead.sector as lead_sector"])
    .$call((qb) => (scopes.partnerships ? qb.where("partnerships.id", "in", scopes.partnerships) : qb))
    .orderBy(sql`lower(programs.code)`)
    .orderBy("partnerships.name_key")
    .orderBy("partnerships.id")
    .execute();
}

export function membershipsForExport(db: Kysely<DB>, scopes: ExportScopes) {
  return (
    db
      .selectFrom("memberships")
      .innerJoin("partnerships", "partnerships.id", "memberships.partnership_id")
      .innerJoin("programs", "programs.id", "partnerships.program_id")
      .innerJoin("organizations", "organizations.id", "memberships.organization_id")
      // A representative is named only where the caller may read that organization's contacts, as in the members list.
      .leftJoin("contacts as representative", (join) =>
        join
          .onRef("representative.id", "=", "memberships.representative_contact_id")
          .$call((on) => (scopes.organizations ? on.on("representative.organization_id", "in", scopes.organizations) : on)),
      )
      .selectAll("memberships")
      .select([
        "programs.code as program_code",
        "partnerships.name as partnership_name",
        "organizations.name as organization_name",
        "organizations.sector as organization_sector",
        "representative.name as representative_name",
        "representative.email as representative_email",
      ])
      .$call((qb) => (scopes.partnerships ? qb.where("partnerships.id", "in", scopes.partnerships) : qb))
      .orderBy(sql`lower(programs.code)`)
      .orderBy("partnerships.name_key")
      .orderBy("partnerships.id")
      .orderBy("organizations.name_key")
      .orderBy("organizations.sector")
      .execute()
  );
}
