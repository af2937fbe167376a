import type { Kysely } from "kysely";

// Portable subset only: text keys (UUIDv7 made by the application), ISO text timestamps,
// integer flags. The same file runs on SQLite and PostgreSQL.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("programs")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("code", "text", (col) => col.notNull().unique())
    .addColumn("name", "text", (col) => col.notNull())
    .addColumn("description", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();

  await db.schema
    .createTable("organizations")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("name", "text", (col) => col.notNull())
    .addColumn("name_key", "text", (col) => col.notNull())
    .addColumn("sector", "text", (col) => col.notNull())
    .addColumn("government_level", "text")
    .addColumn("has_crime_prevention_mandate", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("website", "text")
    .addColumn("notes", "text")
    .addColumn("created_by", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .addUniqueConstraint("organizations_sector_name_key_unique", ["sector", "name_key"])
    .execute();
  await db.schema.createIndex("organizations_name_key_idx").on("organizations").column("name_key").execute();

  await db.schema
    .createTable("users")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("email", "text", (col) => col.notNull().unique())
    .addColumn("name", "text", (col) => col.notNull())
    .addColumn("password_hash", "text")
    .addColumn("role", "text", (col) => col.notNull())
    .addColumn("organization_id", "text", (col) => col.references("organizations.id").onDelete("restrict"))
    .addColumn("locale", "text", (col) => col.notNull().defaultTo("en"))
    .addColumn("disabled", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();

  await db.schema
    .createTable("sessions")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("csrf_token", "text", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("expires_at", "text", (col) => col.notNull())
    .addColumn("last_seen_at", "text", (col) => col.notNull())
    .execute();
  await db.schema.createIndex("sessions_user_id_idx").on("sessions").column("user_id").execute();

  await db.schema
    .createTable("api_tokens")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("name", "text", (col) => col.notNull())
    .addColumn("token_hash", "text", (col) => col.notNull().unique())
    .addColumn("prefix", "text", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("last_used_at", "text")
    .addColumn("revoked_at", "text")
    .execute();
  await db.schema.createIndex("api_tokens_user_id_idx").on("api_tokens").column("user_id").execute();

  await db.schema
    .createTable("rate_limits")
    .addColumn("key", "text", (col) => col.primaryKey())
    .addColumn("count", "integer", (col) => col.notNull())
    .addColumn("reset_at", "text", (col) => col.notNull())
    .execute();

  await db.schema
    .createTable("user_programs")
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("program_id", "text", (col) => col.notNull().references("programs.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("user_programs_pk", ["user_id", "program_id"])
    .execute();
  await db.schema.createIndex("user_programs_program_idx").on("user_programs").column("program_id").execute();

  await db.schema
    .createTable("contacts")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("organization_id", "text", (col) => col.notNull().references("organizations.id").onDelete("restrict"))
    .addColumn("name", "text", (col) => col.notNull())
    .addColumn("title", "text")
    .addColumn("email", "text")
    .addColumn("phone", "text")
    .addColumn("preferred_language", "text", (col) => col.notNull().defaultTo("en"))
    .addColumn("verified_on", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();
  await db.schema.createIndex("contacts_organization_idx").on("contacts").column("organization_id").execute();

  await db.schema
    .createTable("partnerships")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("program_id", "text", (col) => col.notNull().references("programs.id").onDelete("restrict"))
    .addColumn("name", "text", (col) => col.notNull())
    .addColumn("name_key", "text", (col) => col.notNull())
    .addColumn("lead_organization_id", "text", (col) => col.notNull().references("organizations.id").onDelete("restrict"))
    .addColumn("region", "text")
    .addColumn("priority_groups", "text", (col) => col.notNull().defaultTo("[]"))
    .addColumn("focus_issues", "text", (col) => col.notNull().defaultTo("[]"))
    .addColumn("start_date", "text")
    .addColumn("end_date", "text")
    .addColumn("funding_end_date", "text")
    .addColumn("status", "text", (col) => col.notNull())
    .addColumn("description", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();
  await db.schema.createIndex("partnerships_program_idx").on("partnerships").column("program_id").execute();
  await db.schema.createIndex("partnerships_lead_idx").on("partnerships").column("lead_organization_id").execute();
  await db.schema.createIndex("partnerships_name_key_idx").on("partnerships").column("name_key").execute();

  await db.schema
    .createTable("partnership_coordinators")
    .addColumn("partnership_id", "text", (col) => col.notNull().references("partnerships.id").onDelete("cascade"))
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("partnership_coordinators_pk", ["partnership_id", "user_id"])
    .execute();
  await db.schema.createIndex("partnership_coordinators_user_idx").on("partnership_coordinators").column("user_id").execute();

  await db.schema
    .createTable("memberships")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("partnership_id", "text", (col) => col.notNull().references("partnerships.id").onDelete("restrict"))
    .addColumn("organization_id", "text", (col) => col.notNull().references("organizations.id").onDelete("restrict"))
    .addColumn("joined_on", "text")
    .addColumn("left_on", "text")
    .addColumn("representative_contact_id", "text", (col) => col.references("contacts.id").onDelete("set null"))
    .addColumn("origin", "text")
    .addColumn("is_new_partner", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("notes", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .addUniqueConstraint("memberships_partnership_organization_unique", ["partnership_id", "organization_id"])
    .execute();
  await db.schema.createIndex("memberships_organization_idx").on("memberships").column("organization_id").execute();

  await db.schema
    .createTable("audit_events")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("at", "text", (col) => col.notNull())
    .addColumn("user_id", "text")
    .addColumn("action", "text", (col) => col.notNull())
    .addColumn("entity", "text", (col) => col.notNull())
    .addColumn("entity_id", "text", (col) => col.notNull())
    .addColumn("details", "text")
    .execute();
  await db.schema.createIndex("audit_events_entity_idx").on("audit_events").columns(["entity", "entity_id"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "audit_events",
    "memberships",
    "partnership_coordinators",
    "partnerships",
    "contacts",
    "user_programs",
    "rate_limits",
    "api_tokens",
    "sessions",
    "users",
    "organizations",
    "programs",
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
