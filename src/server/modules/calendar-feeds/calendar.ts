// A feed's meetings as an iCalendar document (RFC 5545), written by ical-generator.
import ical, { ICalEventStatus } from "ical-generator";
import type { FeedMeetingRow } from "./repository.js";

export type CalendarDocument = { name: string; host: string; meetings: readonly FeedMeetingRow[] };

/**
 * One VEVENT per meeting, its UID the meeting’s id at this server’s host name (stable across requests and
 * changes), its times in UTC, its SEQUENCE the meeting's, a cancelled meeting STATUS:CANCELLED. DTSTAMP is
 * when the meeting last changed, so the same meetings always give the same document.
 */
export function renderCalendar({ name, host, meetings }: CalendarDocument): string {
  const calendar = ical({ name, prodId: { company: "Convene", product: "Meetings", language: "EN" } });
  for (const meeting of meetings) {
    calendar.createEvent({
      id: `${meeting.id}@${host}`,
      start: new Date(meeting.starts_at),
      end: new Date(meeting.ends_at),
      stamp: new Date(meeting.updated_at),
      created: new Date(meeting.created_at),
      lastModified: new Date(meeting.updated_at),
      summary: meeting.title,
      location: meeting.location,
      description: meeting.agenda ?? null,
      sequence: meeting.sequence,
      status: meeting.status === "cancelled" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
