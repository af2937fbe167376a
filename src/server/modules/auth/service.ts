import type { Kysely } from "kysely";
import { LANGUAGES, ROLES, type Language, type Role } from "../../../domain/vocabulary.js";
import type { DB } from "../../db/schema.js";
import type { Actor, Authentication } from "../../actor.js";
import { hashToken, randomToken } from "../../crypto.js";
import { AppError } from "../../app-error.js";
import { newId, now } from "../../ids.js";
import { offsetOf, pageFrom } from "../../pagination.js";
import type { PaginationQuery } from "../../../contracts/common.js";
import { text } from "../../messages/render.js";
import * as repo from "./repository.js";
import { verifyPassword } from "./passwords.js";
import { presentToken } from "./presenter.js";

export const TOKEN_PREFIX = "cvn_";
const TOUCH_AFTER_MS = 60 * 60 * 1000;

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

export async function login(db: Kysely<DB>, email: string, password: string, sessionDays: number): Promise<NewSession> {
  const user = await repo.findUserByEmail(db, email);
  const ok = await verifyPassword(user?.password_hash ?? null, password);
  if (!user || !ok || user.disabled) {
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
  return { token, csrfToken, actor: toActor(user), expiresAt };
}

export async function logout(db: Kysely<DB>, sessionId: string): Promise<void> {
  await repo.deleteSession(db, sessionId);
}

export async function authenticateSession(db: Kysely<DB>, token: string, sessionDays: number): Promise<Authentication | null> {
  const at = new Date();
  const row = await repo.findLiveSession(db, hashToken(token), at.toISOString());
  if (!row) return null;
  if (at.getTime() - Date.parse(row.lastSeenAt) > TOUCH_AFTER_MS) {
    const expiresAt = new Date(at.getTime() + sessionDays * 86_400_000).toISOString();
    await repo.touchSession(db, row.sessionId, at.toISOString(), expiresAt);
  }
  return { kind: "session", actor: toActor(row), sessionId: row.sessionId, csrfToken: row.csrfToken };
}

export async function authenticateToken(db: Kysely<DB>, token: string): Promise<Authentication | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const row = await repo.findLiveToken(db, hashToken(token));
  if (!row) return null;
  const at = now();
  if (!row.lastUsedAt || Date.parse(at) - Date.parse(row.lastUsedAt) > TOUCH_AFTER_MS) {
    await repo.markTokenUsed(db, row.tokenId, at);
  }
  return { kind: "token", actor: toActor(row), tokenId: row.tokenId };
}

export async function createApiToken(db: Kysely<DB>, userId: string, name: string) {
  const secret = `${TOKEN_PREFIX}${randomToken()}`;
  const id = newId();
  const createdAt = now();
  const prefix = secret.slice(0, TOKEN_PREFIX.length + 6);
  await repo.insertApiToken(db, { id, userId, name, tokenHash: hashToken(secret), prefix, createdAt });
  return { id, name, prefix, createdAt, lastUsedAt: null, abilities: { revoke: true }, token: secret };
}

export async function listApiTokens(db: Kysely<DB>, userId: string, query: PaginationQuery) {
  const { rows, total } = await repo.listTokensOfUser(db, userId, query.pageSize, offsetOf(query));
  return pageFrom(rows.map(presentToken), total, query);
}

export async function revokeApiToken(db: Kysely<DB>, userId: string, tokenId: string): Promise<void> {
  const revoked = await repo.revokeToken(db, tokenId, userId, now());
  if (!revoked) throw AppError.notFound("token");
}

export async function setLocale(db: Kysely<DB>, actor: Actor, locale: Language): Promise<Actor> {
  if (locale !== actor.locale) await repo.updateUserLocale(db, actor.userId, locale, now());
  return { ...actor, locale };
}
