import type { MailMessage, MailStatus } from "../../../contracts/mail.js";
import type { Language } from "../../../domain/vocabulary.js";
import type { MailMessageRow } from "../../db/schema.js";

/**
 * A message of the outbox. Only administrators read the outbox. A failed message may be sent again,
 * and so may one kept while no SMTP server was configured, once one is.
 */
export function presentMessage(row: MailMessageRow, delivers: boolean): MailMessage {
  const status = row.status as MailStatus;
  return {
    id: row.id,
    to: row.recipient,
    language: row.language as Language,
    template: row.template,
    subject: row.subject,
    body: row.body,
    status,
    attempts: row.attempts,
    nextAttemptAt: status === "queued" ? row.next_attempt_at : null,
    sentAt: row.sent_at,
    lastError: row.last_error,
    createdAt: row.created_at,
    abilities: { retry: delivers && (status === "failed" || status === "held") },
  };
}
