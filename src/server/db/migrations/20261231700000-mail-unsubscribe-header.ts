import type { Kysely } from "kysely";

// A message may name the link that stops messages like it (the unsubscribe link of a reminder), which
// the worker sends as its List-Unsubscribe header so that mail programs can offer it too.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("mail_messages").addColumn("list_unsubscribe", "text").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("mail_messages").dropColumn("list_unsubscribe").execute();
}
