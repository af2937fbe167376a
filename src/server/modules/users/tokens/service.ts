// An administrator's view of another account's API tokens: list them, and revoke one that should no
// longer work (a lost laptop, a script that left with its author).
import type { Kysely } from "kysely";
import type { PaginationQuery } from "../../../../contracts/common.js";
import type { DB } from "../../../db/schema.js";
import { AppError } from "../../../app-error.js";
import { now } from "../../../ids.js";
import { listApiTokens } from "../../auth/service.js";
import { revokeToken } from "../../auth/repository.js";
import { recordAudit } from "../../audit/repository.js";
import * as repo from "../repository.js";
import { userIdOf, type Caller } from "../../../actor.js";

async function assertUserExists(db: Kysely<DB>, userId: string): Promise<void> {
  if (!(await repo.findUserIdById(db, userId))) throw AppError.notFound("user");
}

export async function listUserTokens(db: Kysely<DB>, userId: string, query: PaginationQuery) {
  await assertUserExists(db, userId);
  return listApiTokens(db, userId, query);
}

/** Revokes one of the user's live tokens; a token of someone else, or already revoked, is not found. */
export async function revokeUserToken(db: Kysely<DB>, userId: string, tokenId: string, revokedBy: Caller): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await assertUserExists(trx, userId);
    if (!(await revokeToken(trx, tokenId, userId, now()))) throw AppError.notFound("token");
    await recordAudit(trx, {
      userId: userIdOf(revokedBy),
      action: "delete",
      entity: "api_token",
      entityId: tokenId,
      context: { owner: userId },
    });
  });
}
