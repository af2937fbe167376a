import { sql, type Kysely } from "kysely";

// The audit view: each event says which partnership and which organization it belongs to, so that a
// reader's trail is one indexed condition, and the records whose "Saved" line names a person say who.
// Written out in full: a migration must keep meaning what it meant when it first ran.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("audit_events").addColumn("partnership_id", "text").execute();
  await db.schema.alterTable("audit_events").addColumn("organization_id", "text").execute();
  for (const table of ["organizations", "partnerships", "involvement_records"]) {
    await db.schema.alterTable(table).addColumn("updated_by", "text").execute();
  }

  await backfillFromRows(db);
  await backfillFromDetails(db);
  await backfillUpdatedBy(db);

  await db.schema.createIndex("audit_events_at_idx").on("audit_events").columns(["at", "id"]).execute();
  await db.schema.createIndex("audit_events_partnership_idx").on("audit_events").columns(["partnership_id", "at"]).execute();
  await db.schema.createIndex("audit_events_organization_idx").on("audit_events").columns(["organization_id", "at"]).execute();
  await db.schema.createIndex("audit_events_user_idx").on("audit_events").columns(["user_id", "at"]).execute();
}

/** What the rows still in the database say: a membership's partnership and organization, a contact's organization. */
async function backfillFromRows(db: Kysely<any>): Promise<void> {
  await db
    .updateTable("audit_events")
    .set({ partnership_id: sql.ref("entity_id") })
    .where("entity", "=", "partnership")
    .execute();
  await db
    .updateTable("audit_events")
    .set({ organization_id: sql.ref("entity_id") })
    .where("entity", "=", "organization")
    .execute();
  await db
    .updateTable("audit_events")
    .set({
      partnership_id: sql`(select m.partnership_id from memberships m where m.id = audit_events.entity_id)`,
      organization_id: sql`(select m.organization_id from memberships m where m.id = audit_events.entity_id)`,
    })
    .where("entity", "=", "membership")
    .execute();
  await db
    .updateTable("audit_events")
    .set({
      partnership_id: sql`(select m.partnership_id from involvement_records r join memberships m on m.id = r.membership_id where r.id = audit_events.entity_id)`,
      organization_id: sql`(select m.organization_id from involvement_records r join memberships m on m.id = r.membership_id where r.id = audit_events.entity_id)`,
    })
    .where("entity", "=", "involvement_record")
    .execute();
  await db
    .updateTable("audit_events")
    .set({ organization_id: sql`(select c.organization_id from contacts c where c.id = audit_events.entity_id)` })
    .where("entity", "=", "contact")
    .execute();
}

type Details = { partnershipId?: unknown; organizationId?: unknown; membershipId?: unknown };

function idIn(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

/**
 * Events about rows since deleted: their details named the partnership, organization or membership.
 * Only such events are read, and a deleted membership's involvement events keep no partnership.
 */
async function backfillFromDetails(db: Kysely<any>): Promise<void> {
  const rows: { id: string; entity: string; details: string | null }[] = await db
    .selectFrom("audit_events")
    .select(["id", "entity", "details"])
    .where("entity", "in", ["membership", "involvement_record", "contact"])
    .where("partnership_id", "is", null)
    .where("organization_id", "is", null)
    .where("details", "is not", null)
    .execute();
  for (const row of rows) {
    let details: Details;
    try {
      details = JSON.parse(row.details ?? "{}") as Details;
    } catch {
      continue;
    }
    const partnershipId = row.entity === "membership" ? idIn(details.partnershipId) : null;
    const organizationId = idIn(details.organizationId);
    if (partnershipId === null && organizationId === null) continue;
    await db
      .updateTable("audit_events")
      .set({ partnership_id: partnershipId, organization_id: organizationId })
      .where("id", "=", row.id)
      .execute();
  }
}

/** Who saved each record last, from the latest event about it that names a person. */
async function backfillUpdatedBy(db: Kysely<any>): Promise<void> {
  const entities: Record<string, string> = {
    organizations: "organization",
    partnerships: "partnership",
    involvement_records: "involvement_record",
  };
  for (const [table, entity] of Object.entries(entities)) {
    await db
      .updateTable(table)
      .set({
        updated_by: sql`(select e.user_id from audit_events e where e.entity = ${entity} and e.entity_id = ${sql.ref(`${table}.id`)} and e.action in ('create', 'update') order by e.at desc, e.id desc limit 1)`,
      })
      .execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const index of ["audit_events_at_idx", "audit_events_partnership_idx", "audit_events_organization_idx", "audit_events_user_idx"]) {
    await db.schema.dropIndex(index).ifExists().execute();
  }
  for (const table of ["organizations", "partnerships", "involvement_records"]) {
    await db.schema.alterTable(table).dropColumn("updated_by").execute();
  }
  await db.schema.alterTable("audit_events").dropColumn("organization_id").execute();
  await db.schema.alterTable("audit_events").dropColumn("partnership_id").execute();
}
