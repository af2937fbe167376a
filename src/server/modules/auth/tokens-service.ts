// API tokens seen by whoever runs the server: everyone's, or one user's, and revoked by id. The
// token's owner manages its own through service.ts (the API's /auth/tokens).
import type { Kysely } from "kysely";
import type { PaginationQuery } from "../../../contracts/common.js";
import type { DB } from "../../db/schema.js";
import { AppError } from "../../app-error.js";
import { now } from "../../ids.js";
import { offsetOf, pageFrom } from "../../pagination.js";
import { recordAudit } from "../audit/repository.js";
import { userIdByEmail } from "../users/accounts-service.js";
import { presentToken } from "./presenter.js";
import { createApiToken } from "./service.js";
import * as repo from "./tokens-repository.js";
import { OPERATOR, userIdOf, type Caller } from "../../actor.js";

/** Creates a token for the user with this email, on the operator's behalf; the secret is in the result, and only there. */
export async function createApiTokenFor(db: Kysely<DB>, email: string, name: string, expiresInDays: number | null) {
  return createApiToken(db, await userIdByEmail(db, email), name, { expiresInDays, createdBy: OPERATOR });
}

/** A page of live tokens with their user's email: of the user with this email, or of everyone. */
export async function listLiveApiTokens(db: Kysely<DB>, email: string | null, query: PaginationQuery) {
  const userId = email === null ? null : await userIdByEmail(db, email);
  const { rows, total } = await repo.listLiveTokens(db, userId, query.pageSize, offsetOf(query));
  return pageFrom(
    rows.map((row) => ({ ...presentToken(row), email: row.email })),
    total,
    query,
  );
}

/** Revokes a token by its id, whoever holds it (the operator on the server, or an administrator). */
export async function revokeApiTokenById(db: Kysely<DB>, id: string, revokedBy: Caller): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const owner = await repo.revokeTokenById(trx, id, now());
    if (owner === null) throw AppError.notFound("token");
    await recordAudit(trx, { userId: userIdOf(revokedBy), action: "delete", entity: "api_token", entityId: id, context: { owner } });
  });
}
