// The invitations and reminders due at a moment: invitations of rounds that have opened, reminders to
// those who have not submitted once their round's interval has passed. Safe to run anywhere, at any
// time, as often as wanted (server instances on their timer, `convene survey send`): each mail is
// claimed in the database (mailing.ts), so whichever run inserts its key first sends it.
import type { Kysely } from "kysely";
import { dayOf } from "../../../domain/reminders/period.js";
import { respondentsToRemind, type MailedRespondent } from "../../../domain/surveys/rounds.js";
import type { DB } from "../../db/schema.js";
import type { Mailer } from "../mail/outbox.js";
import { invitationClaim, sendMail, type MailClaim } from "./mailing.js";
import * as repo from "./mailing-repository.js";

export type SentSurveyMail = { invitations: number; reminders: number; messageIds: string[] };

async function dueReminders(db: Kysely<DB>, at: Date): Promise<MailClaim[]> {
  const rows = await repo.remindableRespondents(db, dayOf(at));
  const rounds = new Map<string, { calendar: Parameters<typeof respondentsToRemind>[0]; respondents: MailedRespondent[] }>();
  for (const row of rows) {
    const round = rounds.get(row.round_id) ?? {
      calendar: { opensOn: row.opens_on, closesOn: row.closes_on, closedAt: row.closed_at, reminderDays: row.reminder_days },
      respondents: [],
    };
    round.respondents.push({
      id: row.id,
      submitted: row.submitted_at !== null,
      revoked: row.revoked_at !== null,
      invitedAt: row.invited_at,
      lastRemindedAt: row.last_reminded_at,
    });
    rounds.set(row.round_id, round);
  }
  return [...rounds.values()].flatMap((round) =>
    respondentsToRemind(round.calendar, round.respondents, at).map((due) => ({ respondentId: due.respondentId, key: due.key })),
  );
}

export async function sendDueSurveyMail(db: Kysely<DB>, mailer: Mailer, at: Date = new Date()): Promise<SentSurveyMail> {
  const stamp = at.toISOString();
  const uninvited = await repo.uninvitedRespondents(db, dayOf(at));
  const invitations = await sendMail(db, mailer, "invitation", uninvited.map(invitationClaim), stamp, false);
  const reminders = await sendMail(db, mailer, "reminder", await dueReminders(db, at), stamp, false);
  const messageIds = [...invitations, ...reminders];
  if (messageIds.length > 0) mailer.wake();
  return { invitations: invitations.length, reminders: reminders.length, messageIds };
}
