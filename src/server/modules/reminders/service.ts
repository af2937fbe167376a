// Sending the reminders due at a moment. Each goes out once whoever runs this at the same time (server
// instances on their timer, `convene reminders send`): the reminder's row, keyed by what it is, for
// which period and to whom, is inserted in the same transaction as its message in the outbox, and a
// key already there means someone else has it. The outbox worker then sends the message with its own
// claim, lease and retries; nothing here talks to the mail server or waits for it.
import type { Kysely } from "kysely";
import {
  dueDigests,
  dueMeetingNotices,
  DEFAULT_NOTICE_DAYS,
  DIGEST_HORIZON_DAYS,
  type DueReminder,
} from "../../../domain/reminders/due.js";
import { addDays, dayOf } from "../../../domain/reminders/period.js";
import { randomToken } from "../../crypto.js";
import type { DB } from "../../db/schema.js";
import { AppError } from "../../app-error.js";
import { text } from "../../messages/render.js";
import { recordAudit } from "../audit/repository.js";
import { queueMail, type Mailer } from "../mail/outbox.js";
import { reminderMail, reminderPath } from "./message.js";
import * as repo from "./repository.js";

/** Every reminder due at `at`, from the database; those already claimed included. */
export async function remindersDueAt(db: Kysely<DB>, at: Date): Promise<DueReminder[]> {
  const today = dayOf(at);
  const partnerships = await repo.activePartnerships(db, today);
  const longestNotice = Math.max(DEFAULT_NOTICE_DAYS, ...partnerships.map((partnership) => partnership.noticeDays ?? DEFAULT_NOTICE_DAYS));
  const active = new Set(partnerships.map((partnership) => partnership.id));
  const meetings = (await repo.upcomingMeetings(db, at.toISOString(), `${addDays(today, longestNotice + 1)}T00:00:00.000Z`)).filter(
    (meeting) => active.has(meeting.partnershipId),
  );
  const [owed, reviewable] = await Promise.all([
    repo.openCommitmentsDueBy(db, addDays(today, DIGEST_HORIZON_DAYS)),
    repo.reviewableCommitments(db, [...new Set(meetings.map((meeting) => meeting.partnershipId))]),
  ]);
  return [
    ...dueDigests(at, { partnerships, commitments: owed }),
    ...dueMeetingNotices(at, { partnerships, commitments: reviewable, meetings }),
  ];
}

/**
 * Claims one reminder and puts its message in the outbox, in one transaction; null when it was
 * claimed already (now or earlier) or its contact unsubscribed meanwhile; else its message in the outbox.
 */
async function claimAndQueue(db: Kysely<DB>, mailer: Mailer, reminder: DueReminder, at: Date): Promise<string | null> {
  return db.transaction().execute(async (trx) => {
    const contact = await repo.findContactForReminder(trx, reminder.contact.id);
    if (!contact || contact.unsubscribed_at !== null) return null;
    const claimed = await repo.claimReminder(trx, {
      key: reminder.key,
      kind: reminder.kind,
      partnershipId: reminder.partnershipId,
      recipient: reminder.contact.email,
      period: reminder.period,
      at: at.toISOString(),
    });
    if (!claimed) return null;
    const token = contact.unsubscribe_token ?? (await repo.ensureUnsubscribeToken(trx, contact.id, randomToken(24)));
    const unsubscribe = mailer.link(`/unsubscribe?token=${encodeURIComponent(token)}`);
    const { template, params } = reminderMail(reminder, at, { app: mailer.link(reminderPath(reminder)), unsubscribe });
    const messageId = await queueMail(trx, mailer, {
      to: reminder.contact.email,
      userId: null,
      language: reminder.contact.language,
      template,
      params,
      listUnsubscribe: unsubscribe,
    });
    await repo.attachMessage(trx, reminder.key, messageId);
    return messageId;
  });
}

export type SentReminders = { digests: number; notices: number; messageIds: string[] };

/**
 * Sends every reminder due at `at` that nobody has claimed yet: the ones this call claimed, and their
 * messages' ids in the outbox. Safe to run anywhere at any time, as often as wanted.
 */
export async function sendDueReminders(db: Kysely<DB>, mailer: Mailer, at: Date = new Date()): Promise<SentReminders> {
  const due = await remindersDueAt(db, at);
  const taken = await repo.claimedKeys(db, [...new Set(due.map((reminder) => reminder.period))]);
  const result: SentReminders = { digests: 0, notices: 0, messageIds: [] };
  for (const reminder of due) {
    if (taken.has(reminder.key)) continue;
    taken.add(reminder.key);
    const messageId = await claimAndQueue(db, mailer, reminder, at);
    if (messageId === null) continue;
    result.messageIds.push(messageId);
    if (reminder.kind === "digest") result.digests += 1;
    else result.notices += 1;
  }
  if (result.messageIds.length > 0) mailer.wake();
  return result;
}

/** Follows an unsubscribe link: the contact receives no reminder any more. Its language, to confirm in. */
export async function unsubscribe(db: Kysely<DB>, token: string): Promise<{ language: string; alreadyUnsubscribed: boolean }> {
  return db.transaction().execute(async (trx) => {
    const contact = await repo.findContactByUnsubscribeToken(trx, token);
    if (!contact) throw new AppError("not_found", text("reminders.unsubscribeInvalid"));
    const changed = await repo.markUnsubscribed(trx, contact.id, new Date().toISOString());
    if (changed) {
      await recordAudit(trx, {
        userId: null,
        action: "update",
        entity: "contact",
        entityId: contact.id,
        organizationId: contact.organization_id,
        details: { fields: ["unsubscribedAt"] },
      });
    }
    return { language: contact.preferred_language, alreadyUnsubscribed: !changed };
  });
}
