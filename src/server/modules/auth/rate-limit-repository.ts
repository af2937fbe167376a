import { sql, type Kysely } from "kysely";
import type { DB } from "../../db/schema.js";

export type HitCount = { current: number; ttl: number };

/** Counts one hit in a fixed window; the window restarts once it has passed. Atomic on both databases. */
export async function countHit(db: Kysely<DB>, key: string, windowMs: number): Promise<HitCount> {
  const counts = await countHits(db, [key], windowMs);
  return counts.get(key) ?? { current: 1, ttl: windowMs };
}

/** Counts one hit on each key in one statement (each in its own fixed window), by key. */
export async function countHits(db: Kysely<DB>, keys: readonly string[], windowMs: number): Promise<Map<string, HitCount>> {
  const at = new Date();
  const atIso = at.toISOString();
  const resetAt = new Date(at.getTime() + windowMs).toISOString();
  const rows = await db
    .insertInto("rate_limits")
    .values(keys.map((key) => ({ key, count: 1, reset_at: resetAt })))
    .onConflict((oc) =>
      oc.column("key").doUpdateSet({
        count: sql<number>`case when rate_limits.reset_at <= ${atIso} then 1 else rate_limits.count + 1 end`,
        reset_at: sql<string>`case when rate_limits.reset_at <= ${atIso} then ${resetAt} else rate_limits.reset_at end`,
      }),
    )
    .returning(["key", "count", "reset_at"])
    .execute();
  return new Map(rows.map((row) => [row.key, { current: Number(row.count), ttl: Math.max(0, Date.parse(row.reset_at) - at.getTime()) }]));
}

/** Takes back one hit from each key whose window is still open: an attempt that turned out not to count. */
export async function uncountHits(db: Kysely<DB>, keys: readonly string[]): Promise<void> {
  await db
    .updateTable("rate_limits")
    .set({ count: sql<number>`count - 1` })
    .where("key", "in", keys)
    .where("count", ">", 0)
    .where("reset_at", ">", new Date().toISOString())
    .execute();
}

/** Forgets the windows that have ended. */
export async function deleteEndedWindows(db: Kysely<DB>): Promise<void> {
  await db.deleteFrom("rate_limits").where("reset_at", "<=", new Date().toISOString()).execute();
}
