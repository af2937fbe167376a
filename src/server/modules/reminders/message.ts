// A due reminder as the outbox records it: its template, its values, in the contact's language. The
// lists are written here, line by line, so that the templates stay one sentence per line.
import type { DigestItem, DueReminder, ReviewItem } from "../../../domain/reminders/due.js";
import { daysBetween, dayOf } from "../../../domain/reminders/period.js";
import type { Language } from "../../../domain/vocabulary.js";
import { render, text, type MessageParams } from "../../messages/render.js";
import type { MailTemplate } from "../mail/compose.js";

/** A date as people read it, e.g. "December 5, 2026" or "5 décembre 2026". */
export function longDate(language: Language, day: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
}

/** A meeting's start, in UTC (a partnership has no time zone of its own). */
export function meetingTime(language: Language, instant: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: "full", timeStyle: "short", timeZone: "UTC" }).format(new Date(instant));
}

function section(language: Language, heading: Parameters<typeof text>[0], lines: string[]): string[] {
  return lines.length === 0 ? [] : [`${render(language, text(heading))}\n${lines.join("\n")}`];
}

/** Sections one blank line apart, ending with a line break, as the templates expect. */
function sections(...blocks: string[][]): string {
  return `${blocks.flat().join("\n\n")}\n`;
}

function digestItems(language: Language, today: string, overdue: DigestItem[], dueSoon: DigestItem[]): string {
  const late = overdue.map((item) =>
    render(
      language,
      text("reminders.overdueItem", {
        description: item.description,
        date: longDate(language, item.dueOn),
        count: daysBetween(item.dueOn, today),
      }),
    ),
  );
  const soon = dueSoon.map((item) =>
    render(language, text("reminders.dueSoonItem", { description: item.description, date: longDate(language, item.dueOn) })),
  );
  return sections(section(language, "reminders.overdueHeading", late), section(language, "reminders.dueSoonHeading", soon));
}

function reviewItems(language: Language, open: ReviewItem[], delivered: ReviewItem[]): string {
  if (open.length === 0 && delivered.length === 0) return sections([render(language, text("reminders.nothingToReview"))]);
  const line = (key: "reminders.reviewOpenItem" | "reminders.reviewDeliveredItem", item: ReviewItem, day: string) =>
    render(language, text(key, { organization: item.organizationName, description: item.description, date: longDate(language, day) }));
  return sections(
    section(
      language,
      "reminders.reviewOpenHeading",
      open.map((item) => line("reminders.reviewOpenItem", item, item.dueOn)),
    ),
    section(
      language,
      "reminders.reviewDeliveredHeading",
      delivered.map((item) => line("reminders.reviewDeliveredItem", item, item.deliveredOn ?? item.dueOn)),
    ),
  );
}

/** The template and values of a reminder's message; `link` makes absolute links into the web app. */
export function reminderMail(
  reminder: DueReminder,
  at: Date,
  links: { app: string; unsubscribe: string },
): { template: MailTemplate; params: MessageParams } {
  const language = reminder.contact.language;
  const common = {
    name: reminder.contact.name,
    organization: reminder.organizationName,
    partnership: reminder.partnershipName,
    link: links.app,
    unsubscribe: links.unsubscribe,
  };
  if (reminder.kind === "digest") {
    return {
      template: "reminderDigest",
      params: {
        ...common,
        week: reminder.period,
        count: reminder.overdue.length + reminder.dueSoon.length,
        items: digestItems(language, dayOf(at), reminder.overdue, reminder.dueSoon),
      },
    };
  }
  return {
    template: "meetingNotice",
    params: {
      ...common,
      title: reminder.meeting.title,
      when: meetingTime(language, reminder.meeting.startsAt),
      timeZone: "UTC",
      location: reminder.meeting.location,
      items: reviewItems(language, reminder.open, reminder.delivered),
    },
  };
}

/** Where a reminder's link points in the web app. */
export function reminderPath(reminder: DueReminder): string {
  return reminder.kind === "digest"
    ? `/partnerships/${reminder.partnershipId}/commitments`
    : `/partnerships/${reminder.partnershipId}/meetings/${reminder.meeting.id}`;
}
