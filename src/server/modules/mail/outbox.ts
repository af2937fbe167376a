// Recording messages. A message is written inside the transaction of the change that causes it, so
// a change that rolls back sends nothing and a committed change is never without its message; a
// worker sends it afterwards (worker.ts). Without an SMTP server it is kept as "held".
import type { Kysely } from "kysely";
import type { MailListQuery, MailPage } from "../../../contracts/mail.js";
import type { Language } from "../../../domain/vocabulary.js";
import type { DB } from "../../db/schema.js";
import { AppError } from "../../app-error.js";
import { newId, now } from "../../ids.js";
import type { MessageParams } from "../../messages/render.js";
import { text } from "../../messages/render.js";
import { offsetOf, pageFrom } from "../../pagination.js";
import { requeueJob } from "../jobs/repository.js";
import { composeMail, type MailTemplate } from "./compose.js";
import { presentMessage } from "./presenter.js";
import * as repo from "./repository.js";

/** What services need to send mail: whether it leaves at all, where links point, and a nudge for the worker. */
export type Mailer = {
  delivers: boolean;
  /** An absolute link into the web app, e.g. link("/reset-password?token=…"). */
  link: (pathAndQuery: string) => string;
  /** Tells this instance's worker there is something to send (after the transaction committed). */
  wake: () => void;
};

export type OutgoingMail = {
  to: string;
  userId: string | null;
  language: Language;
  template: MailTemplate;
  params: MessageParams;
  /** The link that stops messages like this one (a reminder's unsubscribe link), sent as List-Unsubscribe. */
  listUnsubscribe?: string;
};

export async function queueMail(trx: Kysely<DB>, mailer: Mailer, mail: OutgoingMail): Promise<string> {
  const { subject, body } = composeMail(mail.language, mail.template, mail.params);
  const id = newId();
  const at = now();
  await repo.insertMessage(trx, {
    id,
    recipient: mail.to,
    user_id: mail.userId,
    language: mail.language,
    template: mail.template,
    subject,
    body,
    status: mailer.delivers ? "queued" : "held",
    attempts: 0,
    next_attempt_at: at,
    claimed_by: null,
    claimed_until: null,
    sent_at: null,
    last_error: null,
    created_at: at,
    list_unsubscribe: mail.listUnsubscribe ?? null,
  });
  return id;
}

export async function listMessages(db: Kysely<DB>, mailer: Mailer, query: MailListQuery): Promise<MailPage> {
  const { rows, total } = await repo.listMessages(db, query.status, query.pageSize, offsetOf(query));
  const page = pageFrom(
    rows.map((row) => presentMessage(row, mailer.delivers)),
    total,
    query,
  );
  return { ...page, delivery: mailer.delivers ? "smtp" : "outbox" };
}

/** Sends a failed (or held) message again, from its first attempt. Only with an SMTP server. */
export async function retryMessage(db: Kysely<DB>, mailer: Mailer, id: string) {
  const message = await repo.findMessage(db, id);
  if (!message) throw AppError.notFound("mailMessage");
  if (
    !presentMessage(message, mailer.delivers).abilities.retry ||
    !(await requeueJob(db, "mail_messages", id, ["failed", "held"], now()))
  ) {
    throw new AppError("conflict", text("mail.notRetryable"));
  }
  mailer.wake();
  const updated = await repo.findMessage(db, id);
  if (!updated) throw AppError.notFound("mailMessage");
  return presentMessage(updated, mailer.delivers);
}
