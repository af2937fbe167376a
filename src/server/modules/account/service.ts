// The signed-in person's own account: their name, language and password. API tokens, also their own,
// are in auth/service.ts.
import type { Kysely } from "kysely";
import type { AccountUpdate, PasswordChange } from "../../../contracts/account.js";
import type { DB } from "../../db/schema.js";
import type { Actor } from "../../actor.js";
import { AppError } from "../../app-error.js";
import { now } from "../../ids.js";
import { text } from "../../messages/render.js";
import { deleteOtherSessionsOfUser, findUserById, updateUserLocale, updateUserName, updateUserPassword } from "../auth/repository.js";
import { assertNewPassword, hashPassword, verifyPassword } from "../auth/passwords.js";
import { recordAudit } from "../audit/repository.js";
import { presentAccount } from "./presenter.js";
import { updateRemindersOptOut } from "./repository.js";

export async function getAccount(db: Kysely<DB>, actor: Actor) {
  const row = await findUserById(db, actor.userId);
  if (!row) throw AppError.notFound("user");
  return presentAccount(row);
}

export async function updateAccount(db: Kysely<DB>, actor: Actor, input: AccountUpdate) {
  await db.transaction().execute(async (trx) => {
    const at = now();
    if (input.name !== undefined && input.name !== actor.name) {
      await updateUserName(trx, actor.userId, input.name, at);
      await recordAudit(trx, {
        userId: actor.userId,
        action: "update",
        entity: "user",
        entityId: actor.userId,
        details: { changes: { name: { before: actor.name, after: input.name } } },
      });
    }
    if (input.locale !== undefined && input.locale !== actor.locale) await updateUserLocale(trx, actor.userId, input.locale, at);
    if (input.remindersOptOut !== undefined) {
      const before = await updateRemindersOptOut(trx, actor.userId, input.remindersOptOut, at);
      if (before !== null && before !== input.remindersOptOut) {
        await recordAudit(trx, {
          userId: actor.userId,
          action: "update",
          entity: "user",
          entityId: actor.userId,
          details: { changes: { remindersOptOut: { before, after: input.remindersOptOut } } },
        });
      }
    }
  });
  return getAccount(db, actor);
}

/**
 * Replaces the password after checking the current one, and signs the account out of every other
 * session: whoever learnt the old password is shut out, the person changing it stays signed in.
 * `keepSessionId` is the session making the change (null when it came with an API token).
 */
export async function changePassword(db: Kysely<DB>, actor: Actor, input: PasswordChange, keepSessionId: string | null): Promise<void> {
  const row = await findUserById(db, actor.userId);
  if (!row) throw AppError.notFound("user");
  if (!(await verifyPassword(row.password_hash, input.currentPassword))) {
    throw AppError.invalid("currentPassword", text("account.wrongPassword"));
  }
  assertNewPassword(input.newPassword, row.email, "newPassword");
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction().execute(async (trx) => {
    await updateUserPassword(trx, actor.userId, passwordHash, now());
    await deleteOtherSessionsOfUser(trx, actor.userId, keepSessionId);
    await recordAudit(trx, {
      userId: actor.userId,
      action: "update",
      entity: "user",
      entityId: actor.userId,
      details: { fields: ["password"] },
    });
  });
}
