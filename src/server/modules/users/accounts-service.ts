// Whether an account may be used: disabling one signs it out everywhere and stops its API tokens
// (sessions and tokens are only honoured for enabled users, see auth/repository.ts), enabling it
// lets it sign in again. Used by the command line; `by` is null for the operator on the server.
import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import { AppError } from "../../app-error.js";
import { now } from "../../ids.js";
import { text } from "../../messages/render.js";
import { recordAudit } from "../audit/repository.js";
import { deleteSessionsOfUser } from "../auth/repository.js";
import * as repo from "./repository.js";
import { getUser } from "./service.js";

/** The id of the account with this email, or a not-found error naming it. */
export async function userIdByEmail(db: Kysely<DB>, email: string): Promise<string> {
  const found = await repo.findUserIdByEmail(db, email);
  if (!found) throw new AppError("not_found", text("error.userNotFound", { email }));
  return found.id;
}

/** Disables or enables an account; disabling also ends its sessions. Nothing changes when it already is so. */
export async function setAccountDisabled(db: Kysely<DB>, userId: string, disabled: boolean, by: string | null) {
  const changed = await db.transaction().execute(async (trx) => {
    const current = await repo.findUser(trx, userId);
    if (!current) throw AppError.notFound("user");
    if ((current.disabled === 1) === disabled) return false;
    await repo.updateUser(trx, userId, { disabled: disabled ? 1 : 0, updated_at: now() });
    if (disabled) await deleteSessionsOfUser(trx, userId);
    await recordAudit(trx, { userId: by, action: "update", entity: "user", entityId: userId, details: { fields: ["disabled"] } });
    return true;
  });
  return { user: await getUser(db, userId), changed };
}
