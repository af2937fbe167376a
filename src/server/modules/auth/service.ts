import type { Kysely } from "kysely";
import { TOKEN_DEFAULT_DAYS } from "../../../contracts/auth.js";
import { LANGUAGES, ROLES, type Language, type Role } from "../../../domain/vocabulary.js";
import type { DB } from "../../db/schema.js";
import { userIdOf, type Actor, type Authentication, type Caller } from "../../actor.js";
import { hashToken, randomToken } from "../../crypto.js";
import { AppError } from "../../app-error.js";
import { newId, now } from "../../ids.js";
import { offsetOf, pageFrom } from "../../pagination.js";
import type { PaginationQuery } from "../../../contracts/common.js";
import { text } from "../../messages/render.js";
import * as repo from "./repository.js";
import { isBusy, withLockBudget } from "../../db/sqlite-dialect.js";
import { verifyPassword } from "./passwords.js";
import { presentToken } from "./presenter.js";
import { recordAudit } from "../audit/repository.js";
import { recordFailedSignIn, recordSignedIn, recordSignedOut, type Client, type SignInMethod } from "../audit/security.js";

export const TOKEN_PREFIX = "cvn_";
/** A session's idle expiry (and its cookie) moves forward at most this often, not on every request. */
const SESSION_TOUCH_MS = 60 * 60 * 1000;
/** A token's last use is written at most this often. */
export const TOKEN_TOUCH_MS = 60 * 1000;
const DAY_MS = 86_400_000;

function asRole(value: string): Role {
  return (ROLES as readonly string[]).includes(value) ? (value as Role) : "partner";
}

function asLanguage(value: string): Language {
  return (LANGUAGES as readonly string[]).includes(value) ? (value as Language) : "en";
}

function toActor(row: { id: string; email: string; name: string; role: string; organization_id: string | null; locale: string }): Actor {
  return {
    userId: row.id,
    email: row.email,
    name: row.name,
    role: asRole(row.role),
    organizationId: row.organization_id,
    locale: asLanguage(row.locale),
  };
}

export type NewSession = { token: string; csrfToken: string; actor: Actor; expiresAt: Date };

export type SignIn = Client & { via?: SignInMethod };

export async function login(
  db: Kysely<DB>,
  email: string,
  password: string,
  sessionDays: number,
  client: SignIn = {},
): Promise<NewSession> {
  const user = await repo.findUserByEmail(db, email);
  const ok = await verifyPassword(user?.password_hash ?? null, password);
  if (!user || !ok || user.disabled) {
    const reason = !user ? "unknown_email" : ok ? "disabled" : "wrong_password";
    await recordFailedSignIn(db, { email, userId: user?.id ?? null, reason }, client);
    throw new AppError("invalid_credentials", text("auth.invalidCredentials"));
  }
  const token = randomToken();
  const csrfToken = randomToken();
  const createdAt = new Date();
  await repo.recordSignIn(db, user.id, createdAt.toISOString());
  const expiresAt = new Date(createdAt.getTime() + sessionDays * 86_400_000);
  await repo.deleteExpiredSessions(db, createdAt.toISOString());
  await repo.insertSession(db, {
    id: hashToken(token),
    userId: user.id,
    csrfToken,
    createdAt: createdAt.toISOString(),
    expiresAt: expiresAt.toISOString(),
  });
  await recordSignedIn(db, user.id, client.via ?? "password", client);
  return { token, csrfToken, actor: toActor(user), expiresAt };
}

export async function logout(db: Kysely<DB>, auth: Extract<Authentication, { kind: "session" }>, client: Client = {}): Promise<void> {
  await repo.deleteSession(db, auth.sessionId);
  await recordSignedOut(db, auth.actor.userId, client);
}

export type SessionLifetime = { idleDays: number; maxDays: number };
/** How long a request waits for SQLite's write lock to record a session's or a token's use. */
export const TOUCH_LOCK_BUDGET_MS = 100;
/** A touch not written is tried again by this process after this long, not by every request meanwhile. */
const TOUCH_RETRY_MS = 60 * 1000;
const touchesMissed = new Map<string, number>();

/**
 * Whether a touch (a session's or a token's last use) was written. It is bookkeeping that a later
 * request can do as well: when another writer (a large import) holds SQLite's write lock, the request
 * waits at most TOUCH_LOCK_BUDGET_MS and goes on without it, and this process leaves that touch for a
 * minute, so that the requests meanwhile do not each wait again.
 */
async function touched(key: string, write: () => Promise<void>): Promise<boolean> {
  const missedAt = touchesMissed.get(key);
  if (missedAt !== undefined && Date.now() - missedAt < TOUCH_RETRY_MS) return false;
  try {
    await withLockBudget(TOUCH_LOCK_BUDGET_MS, write);
    touchesMissed.delete(key);
    return true;
  } catch (error) {
    if (!isBusy(error)) throw error;
    if (touchesMissed.size > 10_000) touchesMissed.clear();
    touchesMissed.set(key, Date.now());
    return false;
  }
}

/** A session's caller, and the session's new expiry when this request moved it forward (the cookie's to follow). */
export type SessionAuthentication = { auth: Authentication; renewedUntil: Date | null };

/**
 * The session behind a cookie: live while used within the idle lifetime and for at most `maxDays`
 * after sign-in. Activity moves the idle expiry forward, written at most once an hour.
 */
export async function authenticateSession(db: Kysely<DB>, token: string, lifetime: SessionLifetime): Promise<SessionAuthentication | null> {
  const at = new Date();
  const signedInAfter = new Date(at.getTime() - lifetime.maxDays * DAY_MS).toISOString();
  const row = await repo.findLiveSession(db, hashToken(token), at.toISOString(), signedInAfter);
  if (!row) return null;
  let renewedUntil: Date | null = null;
  if (at.getTime() - Date.parse(row.lastSeenAt) > SESSION_TOUCH_MS) {
    const idle = at.getTime() + lifetime.idleDays * DAY_MS;
    const absolute = Date.parse(row.createdAt) + lifetime.maxDays * DAY_MS;
    const until = new Date(Math.min(idle, absolute));
    if (await touched(`session:${row.sessionId}`, () => repo.touchSession(db, row.sessionId, at.toISOString(), until.toISOString())))
      renewedUntil = until;
  }
  return { auth: { kind: "session", actor: toActor(row), sessionId: row.sessionId, csrfToken: row.csrfToken }, renewedUntil };
}

/** The caller behind a bearer token; null for an unknown or revoked one, a `token_expired` error for an expired one. */
export async function authenticateToken(db: Kysely<DB>, token: string): Promise<Authentication | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const row = await repo.findLiveToken(db, hashToken(token));
  if (!row) return null;
  const at = now();
  if (row.expiresAt !== null && row.expiresAt <= at) {
    throw new AppError("token_expired", text("auth.tokenExpired", { date: row.expiresAt.slice(0, 10) }));
  }
  if (!row.lastUsedAt || Date.parse(at) - Date.parse(row.lastUsedAt) >= TOKEN_TOUCH_MS) {
    await touched(`token:${row.tokenId}`, () => repo.markTokenUsed(db, row.tokenId, at));
  }
  return { kind: "token", actor: toActor(row), tokenId: row.tokenId };
}

export type TokenOptions = {
  /** Days until it stops working; null for never. */
  expiresInDays?: number | null;
  /** Who made it, for the audit trail: the user themself unless given (an administrator, the operator). */
  createdBy?: Caller;
};

/** Creates a token (expiring after a year unless told otherwise) and records it; the secret is in the result, and only there. */
export async function createApiToken(db: Kysely<DB>, userId: string, name: string, options: TokenOptions = {}) {
  const secret = `${TOKEN_PREFIX}${randomToken()}`;
  const id = newId();
  const created = new Date();
  const createdAt = created.toISOString();
  const days = options.expiresInDays === undefined ? TOKEN_DEFAULT_DAYS : options.expiresInDays;
  const expiresAt = days === null ? null : new Date(created.getTime() + days * DAY_MS).toISOString();
  const prefix = secret.slice(0, TOKEN_PREFIX.length + 6);
  await db.transaction().execute(async (trx) => {
    await repo.insertApiToken(trx, { id, userId, name, tokenHash: hashToken(secret), prefix, createdAt, expiresAt });
    await recordAudit(trx, {
      userId: options.createdBy === undefined ? userId : userIdOf(options.createdBy),
      action: "create",
      entity: "api_token",
      entityId: id,
      context: { owner: userId, name, prefix, expiresAt },
    });
  });
  return { id, name, prefix, createdAt, lastUsedAt: null, expiresAt, abilities: { revoke: true }, token: secret };
}

export async function listApiTokens(db: Kysely<DB>, userId: string, query: PaginationQuery) {
  const { rows, total } = await repo.listTokensOfUser(db, userId, query.pageSize, offsetOf(query));
  return pageFrom(rows.map(presentToken), total, query);
}

/** Revokes one of the caller's own tokens, and records it. */
export async function revokeApiToken(db: Kysely<DB>, userId: string, tokenId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (!(await repo.revokeToken(trx, tokenId, userId, now()))) throw AppError.notFound("token");
    await recordAudit(trx, { userId, action: "delete", entity: "api_token", entityId: tokenId, context: { owner: userId } });
  });
}

export async function setLocale(db: Kysely<DB>, actor: Actor, locale: Language): Promise<Actor> {
  if (locale !== actor.locale) await repo.updateUserLocale(db, actor.userId, locale, now());
  return { ...actor, locale };
}
