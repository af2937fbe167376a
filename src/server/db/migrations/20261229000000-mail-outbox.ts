import type { Kysely } from "kysely";

// The mail outbox and one-time links. A message is written in the same transaction as the change
// that causes it and sent later by whichever instance claims it first: claimed_by and claimed_until
// are that claim (a lease), so an instance that stops mid-send leaves the message to another one.
// Without an SMTP server a message is kept as "held" for administrators to read.
// A one-time link (password reset, invitation) is stored as the SHA-256 hash of its secret.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("mail_messages")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("recipient", "text", (col) => col.notNull())
    .addColumn("user_id", "text", (col) => col.references("users.id").onDelete("set null"))
    .addColumn("language", "text", (col) => col.notNull())
    .addColumn("template", "text", (col) => col.notNull())
    .addColumn("subject", "text", (col) => col.notNull())
    .addColumn("body", "text", (col) => col.notNull())
    .addColumn("status", "text", (col) => col.notNull())
    .addColumn("attempts", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("next_attempt_at", "text", (col) => col.notNull())
    .addColumn("claimed_by", "text")
    .addColumn("claimed_until", "text")
    .addColumn("sent_at", "text")
    .addColumn("last_error", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();
  // What the worker looks for: due messages of a status, oldest first.
  await db.schema.createIndex("mail_messages_due_idx").on("mail_messages").columns(["status", "next_attempt_at"]).execute();
  // The administrators' outbox, newest first, optionally of one status.
  await db.schema.createIndex("mail_messages_created_idx").on("mail_messages").columns(["created_at", "id"]).execute();

  await db.schema
    .createTable("one_time_links")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("purpose", "text", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("expires_at", "text", (col) => col.notNull())
    .addColumn("used_at", "text")
    .execute();
  await db.schema.createIndex("one_time_links_user_idx").on("one_time_links").columns(["user_id", "purpose"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("one_time_links").ifExists().execute();
  await db.schema.dropTable("mail_messages").ifExists().execute();
}
