// One-time links: a secret mailed to someone, stored as its SHA-256 hash, valid until it expires or
// is used once, whichever comes first.
import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import { AppError } from "../../app-error.js";
import { hashToken, randomToken } from "../../crypto.js";
import { text } from "../../messages/render.js";
import * as repo from "./repository.js";

export type { LinkPurpose } from "./repository.js";

const DAY_MS = 86_400_000;

/** Issues a new link (ending the user's earlier unused ones of the same purpose) and returns its secret. */
export async function issueLink(trx: Kysely<DB>, userId: string, purpose: repo.LinkPurpose, validForMs: number): Promise<string> {
  const secret = randomToken();
  const at = new Date();
  await repo.deleteDeadLinks(trx, new Date(at.getTime() - 30 * DAY_MS).toISOString());
  await repo.expireLinksOf(trx, userId, purpose, at.toISOString());
  await repo.insertLink(trx, {
    id: hashToken(secret),
    userId,
    purpose,
    createdAt: at.toISOString(),
    expiresAt: new Date(at.getTime() + validForMs).toISOString(),
  });
  return secret;
}

/** Uses a link: the user it was issued to, or 400 link_invalid when it is unknown, expired or already used. */
export async function consumeLink(trx: Kysely<DB>, secret: string, purpose: repo.LinkPurpose): Promise<string> {
  const at = new Date().toISOString();
  const userId = await repo.useLink(trx, hashToken(secret), purpose, at);
  if (!userId) throw invalidLink();
  await repo.expireLinksOf(trx, userId, purpose, at);
  return userId;
}

/** Ends a user's unused links of a purpose, e.g. an invitation once a password has been set another way. */
export async function endLinks(trx: Kysely<DB>, userId: string, purpose: repo.LinkPurpose): Promise<void> {
  await repo.expireLinksOf(trx, userId, purpose, new Date().toISOString());
}

export function invalidLink(): AppError {
  return new AppError("link_invalid", text("auth.linkInvalid"));
}
