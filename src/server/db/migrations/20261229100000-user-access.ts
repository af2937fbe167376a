import type { Kysely } from "kysely";

// When each account last signed in, for the administrators' list of users. Existing accounts start
// without one: nobody knows when they last signed in before this column existed.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("users").addColumn("last_sign_in_at", "text").execute();
  // Administrators are counted before one is demoted or disabled, so that one always remains.
  await db.schema.createIndex("users_role_disabled_idx").on("users").columns(["role", "disabled"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("users_role_disabled_idx").ifExists().execute();
  await db.schema.alterTable("users").dropColumn("last_sign_in_at").execute();
}
