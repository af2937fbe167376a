import { sql, type Kysely } from "kysely";

// A membership gives the partnership's staff rights over the member organization's record and its
// contacts only once it is confirmed (by a user of that organization or an administrator, or at once
// when whoever added it could vouch for the organization). Memberships made before this rule were
// made by the people who run those partnerships, with the rights they had then, and are what their
// daily work stands on: they are kept as confirmed, on the day they were made, so an upgrade changes
// nobody's access. Written out in full: a migration must keep meaning what it meant when it first ran.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("memberships").addColumn("confirmed_at", "text").execute();
  await db
    .updateTable("memberships")
    .set({ confirmed_at: sql.ref("created_at") })
    .execute();
}
