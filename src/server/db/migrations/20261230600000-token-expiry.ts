import type { Kysely } from "kysely";

// API tokens may expire (null: never, as every token issued before this did), and a disabled account's
// tokens are revoked rather than merely ignored, so that enabling the account again does not bring
// back tokens that may have leaked meanwhile. Tokens of accounts already disabled are revoked now.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("api_tokens").addColumn("expires_at", "text").execute();
  const at = new Date().toISOString();
  await db
    .updateTable("api_tokens")
    .set({ revoked_at: at })
    .where("revoked_at", "is", null)
    .where("user_id", "in", db.selectFrom("users").select("id").where("disabled", "=", 1))
    .execute();
  // Security events are read newest first within an action (failed sign-ins, refused writes).
  await db.schema.createIndex("audit_events_action_idx").on("audit_events").columns(["action", "at"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("audit_events_action_idx").ifExists().execute();
  await db.schema.alterTable("api_tokens").dropColumn("expires_at").execute();
}
