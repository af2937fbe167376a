import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";

/** Live (unrevoked) API tokens with their user's email, newest first, of one user or of everyone. */
export async function listLiveTokens(db: Kysely<DB>, userId: string | null, limit: number, offset: number) {
  let rows = db
    .selectFrom("api_tokens")
    .innerJoin("users", "users.id", "api_tokens.user_id")
    .select([
      "api_tokens.id",
      "api_tokens.name",
      "api_tokens.prefix",
      "api_tokens.created_at",
      "api_tokens.last_used_at",
      "api_tokens.expires_at",
      "users.email",
    ])
    .where("api_tokens.revoked_at", "is", null);
  let count = db
    .selectFrom("api_tokens")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("revoked_at", "is", null);
  if (userId !== null) {
    rows = rows.where("api_tokens.user_id", "=", userId);
    count = count.where("user_id", "=", userId);
  }
  const [page, total] = await Promise.all([
    rows.orderBy("api_tokens.created_at", "desc").orderBy("api_tokens.id").limit(limit).offset(offset).execute(),
    count.executeTakeFirstOrThrow(),
  ]);
  return { rows: page, total: Number(total.n) };
}

/** Revokes a live token whoever holds it, and gives its holder's id; null when there is no such live token. */
export async function revokeTokenById(db: Kysely<DB>, id: string, at: string): Promise<string | null> {
  const row = await db
    .updateTable("api_tokens")
    .set({ revoked_at: at })
    .where("id", "=", id)
    .where("revoked_at", "is", null)
    .returning("user_id")
    .executeTakeFirst();
  return row?.user_id ?? null;
}
