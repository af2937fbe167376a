import type { Kysely } from "kysely";
import type { DB, NewUser, UserRow } from "../../db/schema.js";

export function findUserByEmail(db: Kysely<DB>, email: string): Promise<UserRow | undefined> {
  return db.selectFrom("users").selectAll().where("email", "=", email).executeTakeFirst();
}

export function findUserById(db: Kysely<DB>, id: string): Promise<UserRow | undefined> {
  return db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function insertUser(db: Kysely<DB>, user: NewUser): Promise<void> {
  await db.insertInto("users").values(user).execute();
}

export async function countUsers(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom("users")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function updateUserLocale(db: Kysely<DB>, id: string, locale: string, at: string): Promise<void> {
  await db.updateTable("users").set({ locale, updated_at: at }).where("id", "=", id).execute();
}

export async function recordSignIn(db: Kysely<DB>, id: string, at: string): Promise<void> {
  await db.updateTable("users").set({ last_sign_in_at: at }).where("id", "=", id).execute();
}

export async function updateUserName(db: Kysely<DB>, id: string, name: string, at: string): Promise<void> {
  await db.updateTable("users").set({ name, updated_at: at }).where("id", "=", id).execute();
}

/** Signs the user out everywhere but in the session given (none when the caller used an API token). */
export async function deleteOtherSessionsOfUser(db: Kysely<DB>, userId: string, keepSessionId: string | null): Promise<void> {
  await db
    .deleteFrom("sessions")
    .where("user_id", "=", userId)
    .$if(keepSessionId !== null, (qb) => qb.where("id", "<>", keepSessionId ?? ""))
    .execute();
}

export async function updateUserPassword(db: Kysely<DB>, id: string, passwordHash: string, at: string): Promise<void> {
  await db.updateTable("users").set({ password_hash: passwordHash, updated_at: at }).where("id", "=", id).execute();
}

export async function insertSession(
  db: Kysely<DB>,
  session: { id: string; userId: string; csrfToken: string; createdAt: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto("sessions")
    .values({
      id: session.id,
      user_id: session.userId,
      csrf_token: session.csrfToken,
      created_at: session.createdAt,
      expires_at: session.expiresAt,
      last_seen_at: session.createdAt,
    })
    .execute();
}

/** A live session (idle expiry not passed, signed in after `signedInAfter`) and its enabled user, in one query. */
export function findLiveSession(db: Kysely<DB>, id: string, at: string, signedInAfter: string) {
  return db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select([
      "sessions.id as sessionId",
      "sessions.csrf_token as csrfToken",
      "sessions.last_seen_at as lastSeenAt",
      "sessions.created_at as createdAt",
      "users.id",
      "users.email",
      "users.name",
      "users.role",
      "users.organization_id",
      "users.locale",
    ])
    .where("sessions.id", "=", id)
    .where("sessions.expires_at", ">", at)
    .where("sessions.created_at", ">", signedInAfter)
    .where("users.disabled", "=", 0)
    .executeTakeFirst();
}

export async function touchSession(db: Kysely<DB>, id: string, at: string, expiresAt: string): Promise<void> {
  await db.updateTable("sessions").set({ last_seen_at: at, expires_at: expiresAt }).where("id", "=", id).execute();
}

export async function deleteSession(db: Kysely<DB>, id: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", id).execute();
}

export async function deleteExpiredSessions(db: Kysely<DB>, at: string): Promise<void> {
  await db.deleteFrom("sessions").where("expires_at", "<=", at).execute();
}

export async function deleteSessionsOfUser(db: Kysely<DB>, userId: string): Promise<void> {
  await db.deleteFrom("sessions").where("user_id", "=", userId).execute();
}

export async function insertApiToken(
  db: Kysely<DB>,
  token: { id: string; userId: string; name: string; tokenHash: string; prefix: string; createdAt: string; expiresAt: string | null },
): Promise<void> {
  await db
    .insertInto("api_tokens")
    .values({
      id: token.id,
      user_id: token.userId,
      name: token.name,
      token_hash: token.tokenHash,
      prefix: token.prefix,
      created_at: token.createdAt,
      expires_at: token.expiresAt,
    })
    .execute();
}

/** An unrevoked token of an enabled user, expired or not (an expired one is refused with its own answer). */
export function findLiveToken(db: Kysely<DB>, tokenHash: string) {
  return db
    .selectFrom("api_tokens")
    .innerJoin("users", "users.id", "api_tokens.user_id")
    .select([
      "api_tokens.id as tokenId",
      "api_tokens.last_used_at as lastUsedAt",
      "api_tokens.expires_at as expiresAt",
      "users.id",
      "users.email",
      "users.name",
      "users.role",
      "users.organization_id",
      "users.locale",
    ])
    .where("api_tokens.token_hash", "=", tokenHash)
    .where("api_tokens.revoked_at", "is", null)
    .where("users.disabled", "=", 0)
    .executeTakeFirst();
}

export async function markTokenUsed(db: Kysely<DB>, id: string, at: string): Promise<void> {
  await db.updateTable("api_tokens").set({ last_used_at: at }).where("id", "=", id).execute();
}

export async function listTokensOfUser(db: Kysely<DB>, userId: string, limit: number, offset: number) {
  const [rows, total] = await Promise.all([
    db
      .selectFrom("api_tokens")
      .select(["id", "name", "prefix", "created_at", "last_used_at", "expires_at"])
      .where("user_id", "=", userId)
      .where("revoked_at", "is", null)
      .orderBy("created_at", "desc")
      .orderBy("id")
      .limit(limit)
      .offset(offset)
      .execute(),
    db
      .selectFrom("api_tokens")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("user_id", "=", userId)
      .where("revoked_at", "is", null)
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export async function revokeToken(db: Kysely<DB>, id: string, userId: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable("api_tokens")
    .set({ revoked_at: at })
    .where("id", "=", id)
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Revokes every live token of the user, as disabling the account does. */
export async function revokeTokensOfUser(db: Kysely<DB>, userId: string, at: string): Promise<number> {
  const result = await db
    .updateTable("api_tokens")
    .set({ revoked_at: at })
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
