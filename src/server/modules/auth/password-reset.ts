// A forgotten password: a mailed one-time link, then a new password that signs out every session.
// Asking gives the same answer, in about the same time, whether the address is known or not.
import { setTimeout as delay } from "node:timers/promises";
import type { Kysely } from "kysely";
import { PASSWORD_RESET_HOURS } from "../../../contracts/account-links.js";
import { LANGUAGES, type Language } from "../../../domain/vocabulary.js";
import type { DB } from "../../db/schema.js";
import { now } from "../../ids.js";
import { recordAudit } from "../audit/repository.js";
import { consumeLink, endLinks, invalidLink, issueLink } from "../links/service.js";
import { queueMail, type Mailer } from "../mail/outbox.js";
import { assertNewPassword, hashPassword } from "./passwords.js";
import * as repo from "./repository.js";

/** Every request takes at least this long, so that the time taken does not tell a known address from an unknown one. */
const REQUEST_FLOOR_MS = 250;

function languageOf(locale: string): Language {
  return (LANGUAGES as readonly string[]).includes(locale) ? (locale as Language) : "en";
}

export async function requestPasswordReset(db: Kysely<DB>, mailer: Mailer, email: string): Promise<void> {
  const floor = delay(REQUEST_FLOOR_MS);
  const user = await repo.findUserByEmail(db, email);
  if (user && !user.disabled) {
    await db.transaction().execute(async (trx) => {
      const secret = await issueLink(trx, user.id, "password_reset", PASSWORD_RESET_HOURS * 3_600_000);
      await queueMail(trx, mailer, {
        to: user.email,
        userId: user.id,
        language: languageOf(user.locale),
        template: "passwordReset",
        params: {
          name: user.name,
          email: user.email,
          count: PASSWORD_RESET_HOURS,
          link: mailer.link(`/reset-password?token=${encodeURIComponent(secret)}`),
        },
      });
    });
    mailer.wake();
  }
  await floor;
}

/** Sets the new password and signs the user out everywhere, in one transaction with using the link. */
export async function confirmPasswordReset(db: Kysely<DB>, secret: string, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    const userId = await consumeLink(trx, secret, "password_reset");
    const user = await repo.findUserById(trx, userId);
    if (!user || user.disabled) throw invalidLink();
    // Refused here, the transaction undoes using the link: the person can try another password with it.
    assertNewPassword(password, user.email);
    await repo.updateUserPassword(trx, userId, passwordHash, now());
    await repo.deleteSessionsOfUser(trx, userId);
    // An invited person who chose a password this way has no further use for the invitation.
    await endLinks(trx, userId, "invitation");
    await recordAudit(trx, { userId, action: "update", entity: "user", entityId: userId, details: { fields: ["password"], via: "reset" } });
  });
}
