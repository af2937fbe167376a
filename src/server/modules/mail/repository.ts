import type { Kysely } from "kysely";
import type { MailStatus } from "../../../contracts/mail.js";
import type { DB, NewMailMessage } from "../../db/schema.js";

export async function insertMessage(db: Kysely<DB>, message: NewMailMessage): Promise<void> {
  await db.insertInto("mail_messages").values(message).execute();
}

/** The outbox, newest first, optionally of one status; one page and the count. */
export async function listMessages(db: Kysely<DB>, status: MailStatus | undefined, limit: number, offset: number) {
  let rows = db.selectFrom("mail_messages").selectAll();
  let count = db.selectFrom("mail_messages").select((eb) => eb.fn.countAll<number>().as("n"));
  if (status) {
    rows = rows.where("status", "=", status);
    count = count.where("status", "=", status);
  }
  const [page, total] = await Promise.all([
    rows.orderBy("created_at", "desc").orderBy("id", "desc").limit(limit).offset(offset).execute(),
    count.executeTakeFirstOrThrow(),
  ]);
  return { rows: page, total: Number(total.n) };
}

export function findMessage(db: Kysely<DB>, id: string) {
  return db.selectFrom("mail_messages").selectAll().where("id", "=", id).executeTakeFirst();
}
