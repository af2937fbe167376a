import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";

export type LinkPurpose = "password_reset" | "invitation";

export async function insertLink(
  db: Kysely<DB>,
  link: { id: string; userId: string; purpose: LinkPurpose; createdAt: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto("one_time_links")
    .values({
      id: link.id,
      user_id: link.userId,
      purpose: link.purpose,
      created_at: link.createdAt,
      expires_at: link.expiresAt,
      used_at: null,
    })
    .execute();
}

/** Marks a live link used and says whose it was, in one conditional update: a link works once, even when opened twice at the same time. */
export async function useLink(db: Kysely<DB>, id: string, purpose: LinkPurpose, at: string): Promise<string | null> {
  const row = await db
    .updateTable("one_time_links")
    .set({ used_at: at })
    .where("id", "=", id)
    .where("purpose", "=", purpose)
    .where("used_at", "is", null)
    .where("expires_at", ">", at)
    .returning("user_id")
    .executeTakeFirst();
  return row?.user_id ?? null;
}

/** Ends every unused link of a user for a purpose (an older reset link once a newer one is sent or used). */
export async function expireLinksOf(db: Kysely<DB>, userId: string, purpose: LinkPurpose, at: string): Promise<void> {
  await db
    .updateTable("one_time_links")
    .set({ expires_at: at })
    .where("user_id", "=", userId)
    .where("purpose", "=", purpose)
    .where("used_at", "is", null)
    .where("expires_at", ">", at)
    .execute();
}

/** Links that can no longer be used are of no further interest. */
export async function deleteDeadLinks(db: Kysely<DB>, before: string): Promise<void> {
  await db.deleteFrom("one_time_links").where("expires_at", "<", before).execute();
}
