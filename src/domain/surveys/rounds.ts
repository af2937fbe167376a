// The calendar of a survey round, in UTC: when it is scheduled, open or closed, how long its personal
// links work, whose invitation is due and who is due a reminder. Pure: every rule takes the day or the
// instant it is asked about, never the machine's clock.
import { addDays, dayOf } from "../reminders/period.js";

export type RoundStatus = "scheduled" | "open" | "closed";

export type RoundCalendar = { opensOn: string; closesOn: string; closedAt: string | null };

/**
 * Scheduled before its opening day, open from it through its closing day, closed after (or once closed early).
 * @example roundStatus({ opensOn: "2026-12-01", closesOn: "2026-12-15", closedAt: null }, "2026-12-15") === "open"
 */
export function roundStatus(round: RoundCalendar, today: string): RoundStatus {
  if (round.closedAt !== null || today > round.closesOn) return "closed";
  return today < round.opensOn ? "scheduled" : "open";
}

export type DateProblem = { field: "opensOn" | "closesOn"; key: "closesBeforeOpens" | "closesInPast" };

/**
 * What is wrong with a round's dates: it cannot close before it opens, nor on a day already past.
 * @example checkRoundDates({ opensOn: "2026-12-10", closesOn: "2026-12-01" }, "2026-11-01")?.key === "closesBeforeOpens"
 */
export function checkRoundDates(dates: { opensOn: string; closesOn: string }, today: string): DateProblem | null {
  if (dates.closesOn < dates.opensOn) return { field: "closesOn", key: "closesBeforeOpens" };
  if (dates.closesOn < today) return { field: "closesOn", key: "closesInPast" };
  return null;
}

/**
 * The instant a personal link stops working: the end of the closing day, UTC (a link works while now is before it).
 * @example linkExpiry("2026-12-15") === "2026-12-16T00:00:00.000Z"
 */
export function linkExpiry(closesOn: string): string {
  return `${addDays(closesOn, 1)}T00:00:00.000Z`;
}

export type MailedRespondent = {
  id: string;
  submitted: boolean;
  revoked: boolean;
  invitedAt: string | null;
  lastRemindedAt: string | null;
};

export type DueReminder = { respondentId: string; key: string };

/** The last mail a respondent was sent (invitation, new link or reminder), or null before any. */
export function lastMailAt(respondent: Pick<MailedRespondent, "invitedAt" | "lastRemindedAt">): string | null {
  const { invitedAt, lastRemindedAt } = respondent;
  if (invitedAt === null) return lastRemindedAt;
  if (lastRemindedAt === null) return invitedAt;
  return invitedAt > lastRemindedAt ? invitedAt : lastRemindedAt;
}

/**
 * Who is due a reminder at `at`: invited, not submitted, not revoked, in an open round that sends reminders,
 * and last mailed at least `reminderDays` days before (counted in UTC days). Each reminder's key names the
 * mail it follows, so that however many runs compute it, one interval gives one reminder.
 * @example a respondent invited on 1 December with reminders every 7 days is due from 8 December, once.
 */
export function respondentsToRemind(
  round: RoundCalendar & { reminderDays: number | null },
  respondents: readonly MailedRespondent[],
  at: Date,
): DueReminder[] {
  const today = dayOf(at);
  if (round.reminderDays === null || roundStatus(round, today) !== "open") return [];
  const days = round.reminderDays;
  return respondents.flatMap((respondent) => {
    const last = lastMailAt(respondent);
    if (respondent.submitted || respondent.revoked || respondent.invitedAt === null || last === null) return [];
    if (addDays(last.slice(0, 10), days) > today) return [];
    return [{ respondentId: respondent.id, key: `reminder|${respondent.id}|${last}` }];
  });
}

/** Whether the round's invitations are due: it has opened and not closed. */
export function invitationsDue(round: RoundCalendar, today: string): boolean {
  return roundStatus(round, today) === "open";
}
