import { sql, type Kysely } from "kysely";
import type { DB } from "../../db/schema.js";

/** Counts one hit in a fixed window; the window restarts once it has passed. Atomic on both databases. */
export async function countHit(db: Kysely<DB>, key: string, windowMs: number): Promise<{ current: number; ttl: number }> {
  const at = new Date();
  const atIso = at.toISOString();
  const resetAt = new Date(at.getTime() + windowMs).toISOString();
  const row = await db
    .insertInto("rate_limits")
    .values({ key, count: 1, reset_at: resetAt })
    .onConflict((oc) =>
      oc.column("key").doUpdateSet({
        count: sql<number>`case when rate_limits.reset_at <= ${atIso} then 1 else rate_limits.count + 1 end`,
        reset_at: sql<string>`case when rate_limits.reset_at <= ${atIso} then ${resetAt} else rate_limits.reset_at end`,
      }),
    )
    .returning(["count", "reset_at"])
    .executeTakeFirstOrThrow();
  return { current: Number(row.count), ttl: Math.max(0, Date.parse(row.reset_at) - at.getTime()) };
}
