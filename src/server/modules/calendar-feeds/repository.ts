import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import type { Scope } from "../access/scope.js";

export type NewFeed = { id: string; user_id: string; partnership_id: string | null; token_hash: string; created_at: string };

export async function insertFeed(db: Kysely<DB>, row: NewFeed): Promise<void> {
  await db.insertInto("calendar_feeds").values(row).execute();
}

/** Revokes the user's live feeds of the same scope (one partnership, or all of them); their ids. */
export async function revokeFeedsLike(db: Kysely<DB>, userId: string, partnershipId: string | null, at: string): Promise<string[]> {
  const rows = await db
    .updateTable("calendar_feeds")
    .set({ revoked_at: at })
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .$call((qb) => (partnershipId === null ? qb.where("partnership_id", "is", null) : qb.where("partnership_id", "=", partnershipId)))
    .returning("id")
    .execute();
  return rows.map((row) => row.id);
}

function liveFeedsOf(db: Kysely<DB>, userId: string) {
  return db.selectFrom("calendar_feeds as f").where("f.user_id", "=", userId).where("f.revoked_at", "is", null);
}

export async function listFeeds(db: Kysely<DB>, userId: string, limit: number, offset: number) {
  const [rows, count] = await Promise.all([
    liveFeedsOf(db, userId)
      .leftJoin("partnerships as p", "p.id", "f.partnership_id")
      .select(["f.id", "f.partnership_id", "p.name as partnership_name", "f.created_at", "f.last_used_at"])
      .orderBy("f.created_at", "desc")
      .orderBy("f.id", "desc")
      .limit(limit)
      .offset(offset)
      .execute(),
    liveFeedsOf(db, userId)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
export type FeedRow = Awaited<ReturnType<typeof listFeeds>>["rows"][number];

export function findLiveFeedOf(db: Kysely<DB>, userId: string, id: string) {
  return liveFeedsOf(db, userId).select(["f.id", "f.partnership_id"]).where("f.id", "=", id).executeTakeFirst();
}

export async function revokeFeed(db: Kysely<DB>, id: string, at: string): Promise<void> {
  await db.updateTable("calendar_feeds").set({ revoked_at: at }).where("id", "=", id).execute();
}

/** A live feed by its secret's hash, with its owner as they are now. */
export function findFeedByHash(db: Kysely<DB>, tokenHash: string) {
  return db
    .selectFrom("calendar_feeds as f")
    .innerJoin("users as u", "u.id", "f.user_id")
    .leftJoin("partnerships as p", "p.id", "f.partnership_id")
    .select([
      "f.id as feed_id",
      "f.partnership_id",
      "p.name as partnership_name",
      "f.last_used_at",
      "u.id",
      "u.email",
      "u.name",
      "u.role",
      "u.organization_id",
      "u.locale",
      "u.disabled",
    ])
    .where("f.token_hash", "=", tokenHash)
    .where("f.revoked_at", "is", null)
    .executeTakeFirst();
}

export async function markFeedUsed(db: Kysely<DB>, id: string, at: string): Promise<void> {
  await db.updateTable("calendar_feeds").set({ last_used_at: at }).where("id", "=", id).execute();
}

/** At most this many meetings go into one feed: the first ones from the bound on. */
export const FEED_MEETINGS_MAX = 2000;

/**
 * The meetings a feed shows: of one partnership or of every one in the reader's scope, starting on or
 * after `since`, within the scope the owner has now.
 */
export function feedMeetings(db: Kysely<DB>, partnershipId: string | null, readable: Scope, since: string) {
  return db
    .selectFrom("meetings as m")
    .innerJoin("partnerships as p", "p.id", "m.partnership_id")
    .select([
      "m.id",
      "m.title",
      "m.starts_at",
      "m.ends_at",
      "m.location",
      "m.agenda",
      "m.status",
      "m.sequence",
      "m.created_at",
      "m.updated_at",
      "p.name as partnership_name",
    ])
    .where("m.starts_at", ">=", since)
    .$call((qb) => (partnershipId === null ? qb : qb.where("m.partnership_id", "=", partnershipId)))
    .$call((qb) => (readable ? qb.where("m.partnership_id", "in", readable) : qb))
    .orderBy("m.starts_at")
    .orderBy("m.id")
    .limit(FEED_MEETINGS_MAX)
    .execute();
}
export type FeedMeetingRow = Awaited<ReturnType<typeof feedMeetings>>[number];
