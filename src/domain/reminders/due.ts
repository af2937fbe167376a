// What reminders are due at a moment: the weekly digest of each member's overdue and coming
// commitments, and the notice before each meeting. Pure: the server loads the partnerships, their
// members' representative contacts, commitments and meetings, and this decides who gets what, and the
// key that makes each reminder go out once.
import type { Language } from "../vocabulary.js";
import { addDays, dayOf, isoWeek } from "./period.js";

export type ReminderKind = "digest" | "meeting_notice";

/** How many days ahead the digest looks, that day included. */
export const DIGEST_HORIZON_DAYS = 7;
/** Days before a meeting its notice goes out when the partnership sets none. */
export const DEFAULT_NOTICE_DAYS = 3;

export type ReminderContact = {
  id: string;
  name: string;
  email: string | null;
  language: Language;
  /** The contact followed the unsubscribe link of an earlier reminder. */
  unsubscribed: boolean;
  /** A user with the contact's email address turned reminders off in their account. */
  optedOut: boolean;
};

export type ReminderMember = { organizationId: string; organizationName: string; contact: ReminderContact | null };

export type ReminderPartnership = { id: string; name: string; noticeDays: number | null; members: ReminderMember[] };

export type ReminderCommitment = {
  id: string;
  partnershipId: string;
  organizationId: string;
  organizationName: string;
  description: string;
  pledgedOn: string;
  currentDueOn: string;
  /** pledged, in_progress, slipped, delivered, withdrawn. */
  status: string;
  deliveredOn: string | null;
};

export type ReminderMeeting = {
  id: string;
  partnershipId: string;
  title: string;
  startsAt: string;
  endsAt: string;
  location: string;
  /** scheduled or cancelled. */
  status: string;
  /** When the partnership's meeting before this one started; null for its first. */
  previousStartsAt: string | null;
};

export type ReminderWorld = {
  partnerships: ReminderPartnership[];
  commitments: ReminderCommitment[];
  meetings: ReminderMeeting[];
};

export type DigestItem = { commitmentId: string; description: string; dueOn: string };
export type ReviewItem = { commitmentId: string; organizationName: string; description: string; dueOn: string; deliveredOn: string | null };

type Addressed = {
  key: string;
  period: string;
  partnershipId: string;
  partnershipName: string;
  organizationName: string;
  contact: ReminderContact & { email: string };
};

export type DueReminder =
  | (Addressed & { kind: "digest"; overdue: DigestItem[]; dueSoon: DigestItem[] })
  | (Addressed & {
      kind: "meeting_notice";
      meeting: Pick<ReminderMeeting, "id" | "title" | "startsAt" | "endsAt" | "location">;
      open: ReviewItem[];
      delivered: ReviewItem[];
    });

const OPEN_STATUSES = new Set(["pledged", "in_progress", "slipped"]);

/** Whether a commitment is still owed: neither delivered nor withdrawn. */
export function isOpen(commitment: Pick<ReminderCommitment, "status">): boolean {
  return OPEN_STATUSES.has(commitment.status);
}

/**
 * The key of a reminder: what it is, for which period, to whom. Unique in the database; inserting it
 * is the claim that the reminder is being sent.
 * @example reminderKey({ kind: "digest", period: "2026-W49", partnershipId: "p1", contactId: "c1" }) === "digest|2026-W49|p1|c1"
 */
export function reminderKey(parts: { kind: ReminderKind; period: string; partnershipId: string; contactId: string }): string {
  return [parts.kind, parts.period, parts.partnershipId, parts.contactId].join("|");
}

/**
 * The period of a meeting's notice: the meeting and when it starts. A meeting moved to another time
 * gets a new notice; a change of title, place or agenda does not send another.
 * @example meetingNoticePeriod({ id: "m1", startsAt: "2026-12-03T18:00:00.000Z" }) === "m1@2026-12-03T18:00:00.000Z"
 */
export function meetingNoticePeriod(meeting: Pick<ReminderMeeting, "id" | "startsAt">): string {
  return `${meeting.id}@${meeting.startsAt}`;
}

/** The contact a member's reminders go to, when there is one that may receive them. */
function reachable(member: ReminderMember): (ReminderContact & { email: string }) | null {
  const contact = member.contact;
  if (!contact || contact.email === null || contact.email.trim() === "" || contact.unsubscribed || contact.optedOut) return null;
  return { ...contact, email: contact.email };
}

function byDue<T extends { dueOn: string; description: string }>(a: T, b: T): number {
  return a.dueOn.localeCompare(b.dueOn) || a.description.localeCompare(b.description);
}

/**
 * The weekly digests due at `at`: one per member of each partnership given, for the ISO week of `at`
 * (so any moment of the week yields the same digests, and the first run of the week sends them), to its
 * representative contact, listing its open commitments overdue (current due date before today) and due
 * from today to today + 7 days. A member with none of either gets no digest.
 */
export function dueDigests(at: Date, world: Pick<ReminderWorld, "partnerships" | "commitments">): DueReminder[] {
  const today = dayOf(at);
  const horizon = addDays(today, DIGEST_HORIZON_DAYS);
  const period = isoWeek(today);
  const owed = new Map<string, ReminderCommitment[]>();
  for (const commitment of world.commitments) {
    if (!isOpen(commitment) || commitment.pledgedOn > today || commitment.currentDueOn > horizon) continue;
    const member = `${commitment.partnershipId}|${commitment.organizationId}`;
    owed.set(member, [...(owed.get(member) ?? []), commitment]);
  }
  const due: DueReminder[] = [];
  for (const partnership of world.partnerships) {
    for (const member of partnership.members) {
      const contact = reachable(member);
      const commitments = owed.get(`${partnership.id}|${member.organizationId}`) ?? [];
      if (!contact || commitments.length === 0) continue;
      const items = commitments.map((commitment) => ({
        commitmentId: commitment.id,
        description: commitment.description,
        dueOn: commitment.currentDueOn,
      }));
      due.push({
        kind: "digest",
        key: reminderKey({ kind: "digest", period, partnershipId: partnership.id, contactId: contact.id }),
        period,
        partnershipId: partnership.id,
        partnershipName: partnership.name,
        organizationName: member.organizationName,
        contact,
        overdue: items.filter((item) => item.dueOn < today).sort(byDue),
        dueSoon: items.filter((item) => item.dueOn >= today).sort(byDue),
      });
    }
  }
  return due;
}

/**
 * The meeting notices due at `at`: for each scheduled meeting that has not started yet and falls on a
 * day from today to today + the partnership's notice days, one to each member's representative contact,
 * with the commitments up for review: the partnership's open ones, and those delivered since the
 * previous meeting (every delivered one before the first meeting).
 */
export function dueMeetingNotices(at: Date, world: ReminderWorld): DueReminder[] {
  const today = dayOf(at);
  const partnerships = new Map(world.partnerships.map((partnership) => [partnership.id, partnership]));
  const due: DueReminder[] = [];
  for (const meeting of world.meetings) {
    const partnership = partnerships.get(meeting.partnershipId);
    if (!partnership || meeting.status !== "scheduled" || Date.parse(meeting.startsAt) <= at.getTime()) continue;
    const lastDay = addDays(today, partnership.noticeDays ?? DEFAULT_NOTICE_DAYS);
    if (dayOf(new Date(meeting.startsAt)) > lastDay) continue;
    const since = meeting.previousStartsAt === null ? null : dayOf(new Date(meeting.previousStartsAt));
    const ofPartnership = world.commitments.filter((commitment) => commitment.partnershipId === partnership.id);
    const item = (commitment: ReminderCommitment): ReviewItem => ({
      commitmentId: commitment.id,
      organizationName: commitment.organizationName,
      description: commitment.description,
      dueOn: commitment.currentDueOn,
      deliveredOn: commitment.deliveredOn,
    });
    const open = ofPartnership.filter((commitment) => isOpen(commitment) && commitment.pledgedOn <= today).map(item);
    const delivered = ofPartnership
      .filter(
        (commitment) =>
          commitment.status === "delivered" &&
          commitment.deliveredOn !== null &&
          (since === null || commitment.deliveredOn > since) &&
          commitment.deliveredOn <= today,
      )
      .map(item);
    const byOrganization = (a: ReviewItem, b: ReviewItem) => a.organizationName.localeCompare(b.organizationName) || byDue(a, b);
    const period = meetingNoticePeriod(meeting);
    for (const member of partnership.members) {
      const contact = reachable(member);
      if (!contact) continue;
      due.push({
        kind: "meeting_notice",
        key: reminderKey({ kind: "meeting_notice", period, partnershipId: partnership.id, contactId: contact.id }),
        period,
        partnershipId: partnership.id,
        partnershipName: partnership.name,
        organizationName: member.organizationName,
        contact,
        meeting: { id: meeting.id, title: meeting.title, startsAt: meeting.startsAt, endsAt: meeting.endsAt, location: meeting.location },
        open: [...open].sort(byOrganization),
        delivered: [...delivered].sort(byOrganization),
      });
    }
  }
  return due;
}

/** Every reminder due at `at`, digests first. */
export function dueReminders(at: Date, world: ReminderWorld): DueReminder[] {
  return [...dueDigests(at, world), ...dueMeetingNotices(at, world)];
}
