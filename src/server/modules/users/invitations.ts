// An account opened by an administrator: the user exists at once, without a password, and is mailed
// a one-time link to choose one; choosing it signs them in.
import type { Kysely } from "kysely";
import { INVITATION_DAYS, type InvitationCreate } from "../../../contracts/account-links.js";
import type { DB } from "../../db/schema.js";
import type { Actor } from "../../actor.js";
import { AppError } from "../../app-error.js";
import { now } from "../../ids.js";
import { text } from "../../messages/render.js";
import { recordAudit } from "../audit/repository.js";
import { updateUserPassword } from "../auth/repository.js";
import { assertNewPassword, hashPassword } from "../auth/passwords.js";
import { consumeLink, invalidLink, issueLink } from "../links/service.js";
import { queueMail, type Mailer } from "../mail/outbox.js";
import * as repo from "./repository.js";
import { assertRoleFits, getUser, insertAccount } from "./service.js";

export async function inviteUser(db: Kysely<DB>, mailer: Mailer, input: InvitationCreate, inviter: Actor) {
  assertRoleFits(input.role, input.organizationId);
  const id = await db.transaction().execute(async (trx) => {
    const id = await insertAccount(trx, input, null, inviter, { invited: true });
    await mailInvitation(trx, mailer, { id, email: input.email, name: input.name, locale: input.locale }, inviter);
    return id;
  });
  mailer.wake();
  return getUser(db, id, inviter);
}

async function mailInvitation(
  trx: Kysely<DB>,
  mailer: Mailer,
  user: { id: string; email: string; name: string; locale: string },
  inviter: Actor,
): Promise<void> {
  const secret = await issueLink(trx, user.id, "invitation", INVITATION_DAYS * 86_400_000);
  await queueMail(trx, mailer, {
    to: user.email,
    userId: user.id,
    language: user.locale === "fr" ? "fr" : "en",
    template: "invitation",
    params: {
      name: user.name,
      email: user.email,
      inviter: inviter.name,
      count: INVITATION_DAYS,
      link: mailer.link(`/accept-invitation?token=${encodeURIComponent(secret)}`),
    },
  });
}

/** Mails a new invitation link (the earlier one stops working) to someone who has not chosen a password yet. */
export async function reinviteUser(db: Kysely<DB>, mailer: Mailer, id: string, inviter: Actor) {
  await db.transaction().execute(async (trx) => {
    const user = await repo.findUser(trx, id);
    if (!user) throw AppError.notFound("user");
    if (user.password_hash !== null || user.disabled) throw new AppError("conflict", text("user.notInvitable"));
    await mailInvitation(trx, mailer, user, inviter);
    await recordAudit(trx, { userId: inviter.userId, action: "update", entity: "user", entityId: id, details: { invited: true } });
  });
  mailer.wake();
  return getUser(db, id, inviter);
}

/** Sets the invited user's first password; returns their email so that the caller can sign them in. */
export async function acceptInvitation(db: Kysely<DB>, secret: string, password: string): Promise<string> {
  const passwordHash = await hashPassword(password);
  return db.transaction().execute(async (trx) => {
    const userId = await consumeLink(trx, secret, "invitation");
    const user = await repo.findUser(trx, userId);
    if (!user || user.disabled) throw invalidLink();
    // Refused here, the transaction undoes using the link: the person can try another password with it.
    assertNewPassword(password, user.email);
    await updateUserPassword(trx, userId, passwordHash, now());
    await recordAudit(trx, {
      userId,
      action: "update",
      entity: "user",
      entityId: userId,
      details: { fields: ["password"], via: "invitation" },
    });
    return user.email;
  });
}
