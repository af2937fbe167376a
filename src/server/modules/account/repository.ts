import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";

/** Turns the user's reminders off (true) or on; what it was before, null when there is no such user. */
export async function updateRemindersOptOut(db: Kysely<DB>, userId: string, optOut: boolean, at: string): Promise<boolean | null> {
  const row = await db.selectFrom("users").select("reminders_opt_out").where("id", "=", userId).executeTakeFirst();
  if (!row) return null;
  await db
    .updateTable("users")
    .set({ reminders_opt_out: optOut ? 1 : 0, updated_at: at })
    .where("id", "=", userId)
    .execute();
  return row.reminders_opt_out === 1;
}
