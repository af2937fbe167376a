import type { Attendee, Meeting, MeetingSettings, ReviewItem } from "../../../contracts/meetings.js";
import { DEFAULT_NOTICE_DAYS } from "../../../contracts/meetings.js";
import { AXIS_STAGES } from "../../../domain/coverage/axis.js";
import { MEETING_CADENCES } from "../../../domain/meetings/cadence.js";
import { REVIEW_REPORTS, type ReviewReason } from "../../../domain/meetings/review.js";
import { storedKey } from "../partnerships/stored-keys.js";
import type { MeetingRow } from "./repository.js";

export function presentMeeting(row: MeetingRow, canManage: boolean): Meeting {
  const open = canManage && row.status === "scheduled";
  return {
    id: row.id,
    partnershipId: row.partnership_id,
    title: row.title,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    location: row.location,
    agenda: row.agenda,
    minutes: row.minutes,
    decisions: row.decisions,
    status: row.status === "cancelled" ? "cancelled" : "scheduled",
    sequence: row.sequence,
    version: row.version,
    abilities: { update: open, cancel: open },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function presentSettings(row: { meeting_cadence: string | null; meeting_notice_days: number | null }): MeetingSettings {
  return { cadence: storedKey(MEETING_CADENCES, row.meeting_cadence) ?? null, noticeDays: row.meeting_notice_days ?? DEFAULT_NOTICE_DAYS };
}

export function presentAttendee(row: {
  organization_id: string;
  organization_name: string;
  attendee: string | null;
  contact_id: string | null;
  contact_name: string | null;
  can_commit: number;
}): Attendee {
  return {
    organization: { id: row.organization_id, name: row.organization_name },
    attendee: row.attendee,
    contact: row.contact_id !== null && row.contact_name !== null ? { id: row.contact_id, name: row.contact_name } : null,
    canCommit: row.can_commit === 1,
  };
}

export type ReviewRow = {
  id: string;
  organization_id: string;
  organization_name: string;
  description: string;
  axis: string;
  status: string;
  due_on: string;
  current_due_on: string;
  delivered_on: string | null;
  report: string | null;
  note: string | null;
  recorded_at: string | null;
  recorded_by_name: string | null;
};

export function presentReviewItem(row: ReviewRow, reason: ReviewReason): ReviewItem {
  const report = storedKey(REVIEW_REPORTS, row.report);
  return {
    commitment: {
      id: row.id,
      organization: { id: row.organization_id, name: row.organization_name },
      description: row.description,
      axis: storedKey(AXIS_STAGES, row.axis) ?? "prevention",
      status: row.status,
      dueOn: row.due_on,
      currentDueOn: row.current_due_on,
      deliveredOn: row.delivered_on,
    },
    reason,
    report:
      report !== undefined && row.recorded_at !== null
        ? { report, note: row.note, recordedAt: row.recorded_at, recordedBy: row.recorded_by_name }
        : null,
  };
}
