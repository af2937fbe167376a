import type { Kysely } from "kysely";
import type { PaginationQuery } from "../../../contracts/common.js";
import type {
  AttendanceUpdate,
  MeetingCreate,
  MeetingListQuery,
  MeetingSettingsUpdate,
  MeetingUpdate,
  ReviewUpdate,
} from "../../../contracts/meetings.js";
import { checkCadence } from "../../../domain/meetings/cadence.js";
import { AXIS_STAGES } from "../../../domain/coverage/axis.js";
import {
  changesSequence,
  endsAfterStart,
  meetingDay,
  REVIEW_REPORTS,
  reviewReason,
  summarizeReview,
} from "../../../domain/meetings/review.js";
import type { DB } from "../../db/schema.js";
import type { Actor } from "../../actor.js";
import { AppError } from "../../app-error.js";
import { newId, now } from "../../ids.js";
import { text } from "../../messages/render.js";
import { offsetOf, pageFrom } from "../../pagination.js";
import * as scope from "../access/scope.js";
import { insertChanges, patchChanges } from "../audit/changes.js";
import { recordAudit } from "../audit/repository.js";
import { loadPartnershipAccess } from "../partnerships/service.js";
import { storedKey } from "../partnerships/stored-keys.js";
import { presentAttendee, presentMeeting, presentReviewItem, presentSettings } from "./presenter.js";
import * as repo from "./repository.js";

type Access = { canManage: boolean };

/** The meeting (404 unless the caller reads its partnership) and whether the caller may hold the partnership's meetings. */
async function loadMeeting(db: Kysely<DB>, actor: Actor, meetingId: string) {
  const meeting = await repo.findMeeting(db, meetingId);
  if (!meeting) throw AppError.notFound("meeting");
  try {
    const partnership = await loadPartnershipAccess(db, actor, meeting.partnership_id);
    return { meeting, access: { canManage: partnership.can_manage_meetings === 1 } satisfies Access };
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") throw AppError.notFound("meeting");
    throw error;
  }
}

/** The meeting, for a change: the caller must hold the partnership's meetings, and the meeting must not be cancelled. */
async function loadChangeableMeeting(db: Kysely<DB>, actor: Actor, meetingId: string) {
  const loaded = await loadMeeting(db, actor, meetingId);
  if (!loaded.access.canManage) throw AppError.forbidden(text("meeting.manageForbidden"));
  if (loaded.meeting.status === "cancelled") throw new AppError("conflict", text("meeting.cancelledNoChange"));
  return loaded;
}

async function loadManagedPartnership(db: Kysely<DB>, actor: Actor, partnershipId: string) {
  const partnership = await loadPartnershipAccess(db, actor, partnershipId);
  if (partnership.can_manage_meetings !== 1) throw AppError.forbidden(text("meeting.manageForbidden"));
  return partnership;
}

function auditEvent(actor: Actor, entity: string, meeting: { id: string; partnership_id: string }) {
  return { userId: actor.userId, entity, entityId: meeting.id, partnershipId: meeting.partnership_id };
}

/** A page of meetings with the partnership's settings, its next meeting and whether it keeps its cadence. */
export async function listMeetings(db: Kysely<DB>, actor: Actor, partnershipId: string, query: MeetingListQuery) {
  const partnership = await loadPartnershipAccess(db, actor, partnershipId);
  const canManage = partnership.can_manage_meetings === 1;
  const asOf = now();
  const [page, settingsRow, around] = await Promise.all([
    repo.listMeetings(db, partnershipId, query.when, asOf, query.pageSize, offsetOf(query)),
    repo.findSettings(db, partnershipId),
    repo.meetingsAround(db, partnershipId, asOf),
  ]);
  const settings = presentSettings(settingsRow);
  const nearby = [around.last, around.next].flatMap((row) => (row ? [{ startsAt: row.starts_at, status: "scheduled" as const }] : []));
  const cadence = settings.cadence ? checkCadence(settings.cadence, nearby, asOf) : null;
  return {
    ...pageFrom(
      page.rows.map((row) => presentMeeting(row, canManage)),
      page.total,
      query,
    ),
    settings,
    nextMeeting: around.next ? presentMeeting(around.next, canManage) : null,
    cadenceKept: cadence ? cadence.kept : null,
    cadenceProblem: cadence && !cadence.kept ? cadence.problem : null,
    nextDueBy: cadence ? cadence.nextDueBy : null,
    abilities: { manageMeetings: canManage },
  };
}

export async function createMeeting(db: Kysely<DB>, actor: Actor, partnershipId: string, input: MeetingCreate) {
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await loadManagedPartnership(trx, actor, partnershipId);
    const at = now();
    const row = {
      id,
      partnership_id: partnershipId,
      title: input.title,
      starts_at: input.startsAt,
      ends_at: input.endsAt,
      location: input.location,
      agenda: input.agenda ?? null,
      minutes: null,
      decisions: null,
      status: "scheduled",
      sequence: 0,
      version: 1,
      created_at: at,
      created_by: actor.userId,
      updated_at: at,
      updated_by: actor.userId,
    };
    await repo.insertMeeting(trx, row);
    const { version: _version, sequence: _sequence, partnership_id: _partnership, ...recorded } = row;
    await recordAudit(trx, { ...auditEvent(actor, "meeting", row), action: "create", changes: insertChanges(recorded) });
  });
  return getMeeting(db, actor, id);
}

/** One meeting with its attendance and the commitments and activities made from its action items. */
export async function getMeeting(db: Kysely<DB>, actor: Actor, meetingId: string) {
  const { meeting, access } = await loadMeeting(db, actor, meetingId);
  const [attendance, actionItems] = await Promise.all([
    repo.listAttendance(db, meetingId, scope.scopeOf(db, actor, "organization", "readContacts")),
    repo.actionItemsOf(db, meetingId),
  ]);
  return {
    ...presentMeeting(meeting, access.canManage),
    attendance: attendance.map(presentAttendee),
    actionItems: {
      commitments: actionItems.commitments.map((row) => ({
        id: row.id,
        description: row.description,
        organization: { id: row.organization_id, name: row.organization_name },
        axis: storedKey(AXIS_STAGES, row.axis) ?? "prevention",
        status: row.status,
        currentDueOn: row.current_due_on,
      })),
      activities: actionItems.activities.map((row) => ({
        id: row.id,
        title: row.title,
        objectiveId: row.objective_id,
        status: row.status,
        dueOn: row.due_on,
      })),
    },
  };
}

/** Saves a change made to the version read; the iCalendar sequence rises when a calendar must pick the change up. */
async function writeChange(
  trx: Kysely<DB>,
  actor: Actor,
  meeting: repo.MeetingRow,
  version: number,
  fields: Partial<Pick<repo.MeetingRow, "title" | "starts_at" | "ends_at" | "location" | "agenda" | "minutes" | "decisions" | "status">>,
): Promise<void> {
  if (meeting.version !== version) throw AppError.stale();
  const changes = patchChanges(meeting, fields);
  if (Object.keys(changes).length === 0) return;
  const after = { ...meeting, ...fields };
  const moves = changesSequence(
    {
      title: meeting.title,
      startsAt: meeting.starts_at,
      endsAt: meeting.ends_at,
      location: meeting.location,
      agenda: meeting.agenda,
      status: meeting.status,
    },
    {
      title: after.title,
      startsAt: after.starts_at,
      endsAt: after.ends_at,
      location: after.location,
      agenda: after.agenda,
      status: after.status,
    },
  );
  const patch = {
    ...fields,
    sequence: moves ? meeting.sequence + 1 : meeting.sequence,
    version: meeting.version + 1,
    updated_at: now(),
    updated_by: actor.userId,
  };
  if (!(await repo.updateMeeting(trx, meeting.id, version, patch))) throw AppError.stale();
  await recordAudit(trx, { ...auditEvent(actor, "meeting", meeting), action: "update", changes });
}

export async function updateMeeting(db: Kysely<DB>, actor: Actor, meetingId: string, input: MeetingUpdate) {
  await db.transaction().execute(async (trx) => {
    const { meeting } = await loadChangeableMeeting(trx, actor, meetingId);
    const startsAt = input.startsAt ?? meeting.starts_at;
    const endsAt = input.endsAt ?? meeting.ends_at;
    if (!endsAfterStart(startsAt, endsAt)) {
      throw AppError.invalid(input.endsAt !== undefined ? "endsAt" : "startsAt", text("validation.endBeforeStart"));
    }
    const fields: Parameters<typeof writeChange>[4] = {};
    if (input.title !== undefined) fields.title = input.title;
    if (input.startsAt !== undefined) fields.starts_at = input.startsAt;
    if (input.endsAt !== undefined) fields.ends_at = input.endsAt;
    if (input.location !== undefined) fields.location = input.location;
    if (input.agenda !== undefined) fields.agenda = input.agenda;
    if (input.minutes !== undefined) fields.minutes = input.minutes;
    if (input.decisions !== undefined) fields.decisions = input.decisions;
    await writeChange(trx, actor, meeting, input.version, fields);
  });
  return getMeeting(db, actor, meetingId);
}

/** Cancels a meeting (its calendar entry then reads cancelled); cancelling a cancelled meeting changes nothing. */
export async function cancelMeeting(db: Kysely<DB>, actor: Actor, meetingId: string, version: number | undefined) {
  await db.transaction().execute(async (trx) => {
    const { meeting, access } = await loadMeeting(trx, actor, meetingId);
    if (!access.canManage) throw AppError.forbidden(text("meeting.manageForbidden"));
    if (meeting.status === "cancelled") return;
    await writeChange(trx, actor, meeting, version ?? meeting.version, { status: "cancelled" });
  });
  return getMeeting(db, actor, meetingId);
}

/** Replaces who came for each member organization, in one transaction; every organization must be a member, every contact its own. */
export async function replaceAttendance(db: Kysely<DB>, actor: Actor, meetingId: string, input: AttendanceUpdate) {
  await db.transaction().execute(async (trx) => {
    const { meeting } = await loadChangeableMeeting(trx, actor, meetingId);
    const members = await repo.memberOrganizations(
      trx,
      meeting.partnership_id,
      input.attendees.map((attendee) => attendee.organizationId),
    );
    const contacts = await repo.contactOrganizations(
      trx,
      input.attendees.flatMap((attendee) => (attendee.contactId ? [attendee.contactId] : [])),
    );
    input.attendees.forEach((attendee, index) => {
      if (!members.has(attendee.organizationId)) {
        throw AppError.invalid(`attendees.${index}.organizationId`, text("meeting.notMember"));
      }
      if (attendee.contactId && contacts.get(attendee.contactId) !== attendee.organizationId) {
        throw AppError.invalid(`attendees.${index}.contactId`, text("meeting.contactNotOfOrganization"));
      }
    });
    const before = await repo.attendanceRows(trx, meetingId);
    const rows = input.attendees.map((attendee) => ({
      meeting_id: meetingId,
      organization_id: attendee.organizationId,
      partnership_id: meeting.partnership_id,
      attendee: attendee.attendee ?? null,
      contact_id: attendee.contactId ?? null,
      can_commit: attendee.canCommit ? 1 : 0,
    }));
    const after = rows
      .map(({ organization_id, attendee, contact_id, can_commit }) => ({ organization_id, attendee, contact_id, can_commit }))
      .sort((a, b) => a.organization_id.localeCompare(b.organization_id));
    if (JSON.stringify(before) === JSON.stringify(after)) return;
    await repo.replaceAttendance(trx, meetingId, rows);
    await recordAudit(trx, {
      ...auditEvent(actor, "meeting_attendance", meeting),
      action: "update",
      changes: { attendees: [before.length, after.length] },
      details: { organizations: after.map((row) => row.organization_id) },
    });
  });
  const { meeting } = await loadMeeting(db, actor, meetingId);
  const attendance = await repo.listAttendance(db, meeting.id, scope.scopeOf(db, actor, "organization", "readContacts"));
  return { attendees: attendance.map(presentAttendee) };
}

type ReviewDates = { pledged_on: string; delivered_on: string | null; withdrawn_on: string | null };
// The query lists exactly the commitments reviewReason accepts; "open" only stands in for the compiler.
const reasonOf = (row: ReviewDates, day: string, previousDay: string | null) =>
  reviewReason({ pledgedOn: row.pledged_on, deliveredOn: row.delivered_on, withdrawnOn: row.withdrawn_on }, day, previousDay) ?? "open";

async function reviewDays(db: Kysely<DB>, meeting: repo.MeetingRow) {
  const previous = await repo.previousMeeting(db, meeting);
  return { day: meetingDay(meeting.starts_at), previousDay: previous ? meetingDay(previous.starts_at) : null };
}

/** The commitments up for review at the meeting, each with why and any report recorded, and what the reports add up to. */
export async function getReview(db: Kysely<DB>, actor: Actor, meetingId: string, query: PaginationQuery) {
  const { meeting, access } = await loadMeeting(db, actor, meetingId);
  const { day, previousDay } = await reviewDays(db, meeting);
  const { rows, reports, total } = await repo.listReview(db, meeting, day, previousDay, query.pageSize, offsetOf(query));
  const counted = reports.flatMap(({ report, n }) => Array.from({ length: n }, () => storedKey(REVIEW_REPORTS, report) ?? null));
  return {
    ...pageFrom(
      rows.map((row) => presentReviewItem(row, reasonOf(row, day, previousDay))),
      total,
      query,
    ),
    meetingId,
    day,
    previousDay,
    summary: summarizeReview(counted),
    abilities: { report: access.canManage && meeting.status === "scheduled" },
  };
}

/** Records (or replaces) the report-out on one commitment up for review at the meeting. */
export async function saveReview(db: Kysely<DB>, actor: Actor, meetingId: string, commitmentId: string, input: ReviewUpdate) {
  await db.transaction().execute(async (trx) => {
    const { meeting } = await loadChangeableMeeting(trx, actor, meetingId);
    const commitment = await repo.findCommitment(trx, meeting.partnership_id, commitmentId);
    if (!commitment) throw AppError.notFound("commitment");
    const { day, previousDay } = await reviewDays(trx, meeting);
    const dates = { pledgedOn: commitment.pledged_on, deliveredOn: commitment.delivered_on, withdrawnOn: commitment.withdrawn_on };
    if (reviewReason(dates, day, previousDay) === null) throw AppError.invalid("commitmentId", text("meeting.notUpForReview"));
    const existing = await repo.findReview(trx, meetingId, commitmentId);
    const fields = { report: input.report, note: input.note ?? null };
    const changes = existing ? patchChanges(existing, fields) : insertChanges(fields);
    if (Object.keys(changes).length === 0) return;
    await repo.saveReview(
      trx,
      {
        meeting_id: meetingId,
        commitment_id: commitmentId,
        partnership_id: meeting.partnership_id,
        ...fields,
        recorded_at: now(),
        recorded_by: actor.userId,
      },
      existing !== undefined,
    );
    await recordAudit(trx, {
      ...auditEvent(actor, "meeting_review", meeting),
      organizationId: commitment.organization_id,
      action: existing ? "update" : "create",
      changes,
      details: { commitmentId },
    });
  });
  const { meeting } = await loadMeeting(db, actor, meetingId);
  const { day, previousDay } = await reviewDays(db, meeting);
  const row = await repo.findReviewItem(db, meeting, day, previousDay, commitmentId);
  if (!row) throw AppError.notFound("commitment");
  return presentReviewItem(row, reasonOf(row, day, previousDay));
}

/** Sets how often the partnership meets and how many days before a meeting its members are reminded. */
export async function saveSettings(db: Kysely<DB>, actor: Actor, partnershipId: string, input: MeetingSettingsUpdate) {
  await db.transaction().execute(async (trx) => {
    await loadManagedPartnership(trx, actor, partnershipId);
    const current = await repo.findSettings(trx, partnershipId);
    const patch = { meeting_cadence: input.cadence, meeting_notice_days: input.noticeDays };
    const changes = patchChanges(current, patch);
    if (Object.keys(changes).length === 0) return;
    await repo.updateSettings(trx, partnershipId, input.cadence, input.noticeDays, now());
    await recordAudit(trx, {
      userId: actor.userId,
      entity: "partnership",
      entityId: partnershipId,
      partnershipId,
      action: "update",
      changes,
    });
  });
  return presentSettings(await repo.findSettings(db, partnershipId));
}
