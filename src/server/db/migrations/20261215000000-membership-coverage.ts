import type { Kysely } from "kysely";

// Membership coverage: what a member does along the prevention-to-re-entry axis, whether it was invited
// as a critic, and each program's own recommended composition.
export async function up(db: Kysely<any>): Promise<void> {
  // 0/1 like the other flags; existing members are not critics.
  await db.schema
    .alterTable("memberships")
    .addColumn("is_critic", "integer", (col) => col.notNull().defaultTo(0))
    .execute();
  // A JSON text array of stages; null means "what the member's sector usually covers".
  await db.schema.alterTable("memberships").addColumn("axis_stages", "text").execute();

  // A small table rather than a column on programs: most programs keep the built-in composition.
  await db.schema
    .createTable("program_compositions")
    .addColumn("program_id", "text", (col) => col.primaryKey().references("programs.id").onDelete("cascade"))
    .addColumn("document", "text", (col) => col.notNull())
    .addColumn("updated_by", "text")
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("program_compositions").ifExists().execute();
  await db.schema.alterTable("memberships").dropColumn("axis_stages").execute();
  await db.schema.alterTable("memberships").dropColumn("is_critic").execute();
}
