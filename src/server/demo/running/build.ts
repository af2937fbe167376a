// Turns the hand-written running partnerships into rows: the charter and each save of it, the plan,
// the ledger replayed move by move, a year of monthly meetings with their attendance and the review
// of the commitments up for it, and the log of contacts between members.
import type { DemoCharterMember, DemoCharterText, DemoMeetings, DemoRunning } from "../portfolio/running-types.js";
import { dayOfMonth, daysFrom, nthWeekday } from "../dates.js";
import { replayCommitment } from "./commitments.js";
import { emptyRunningRows, type NewCommitment, type RunningRows } from "./rows.js";

export type RunningMember = { organizationId: string; organizationName: string; joinedOn: string; leftOn: string | null };

export type RunningPartnership = {
  id: string;
  startDate: string;
  /** Members by organization key, the lead included. */
  members: Map<string, RunningMember>;
  /** Contacts by organization key. */
  contacts: Map<string, { id: string; name: string }[]>;
  /** Who wrote the charter, ran the meetings and kept the log: the coordinator, or the administrator. */
  authorId: string | null;
  /** Partner accounts by organization key: they move their own organization's commitments. */
  partnerUsers: Map<string, string>;
};

export type RunningOptions = { today: Date; at: string; newId: () => string };

/** The cadence every running demo partnership keeps, and how many days ahead its members are reminded. */
export const DEMO_CADENCE = { cadence: "monthly", noticeDays: 3 } as const;

function memberOf(partnership: RunningPartnership, key: string, on: string, what: string): RunningMember {
  const member = partnership.members.get(key);
  if (!member) throw new Error(`Demo ${what}: "${key}" is not a member`);
  if (member.joinedOn > on || (member.leftOn !== null && member.leftOn < on)) {
    throw new Error(`Demo ${what}: "${key}" was not a member on ${on}`);
  }
  return member;
}

function instant(day: string, time: string): string {
  return `${day}T${time}:00.000Z`;
}

/** The earlier of two days or instants (ISO text sorts in time order). */
function earlier(a: string, b: string): string {
  return a < b ? a : b;
}

/** The day `days` after an ISO day. */
function after(day: string, days: number): string {
  return daysFrom(new Date(`${day}T00:00:00Z`), days);
}

function charterRows(spec: DemoRunning, partnership: RunningPartnership, options: RunningOptions, rows: RunningRows): void {
  const [first, ...later] = spec.charter;
  if (!first?.text || !first.members) throw new Error(`Demo charter of ${spec.partnership}: the first save gives everything`);
  let text = first.text as DemoCharterText;
  const members = new Map<string, DemoCharterMember>();
  let version = 0;
  let savedAt = options.at;
  for (const save of [first, ...later]) {
    version += 1;
    text = { ...text, ...save.text };
    const day = daysFrom(options.today, -save.daysAgo);
    for (const line of save.members ?? []) {
      memberOf(partnership, line.organization, day, `charter of ${spec.partnership}`);
      members.set(line.organization, line);
    }
    savedAt = `${day}T14:00:00.000Z`;
    const content = {
      need: text.need,
      vision: text.vision,
      mission: text.mission,
      values: text.values,
      formality: text.formality,
      governance: text.governance,
      decisionMaking: text.decisionMaking,
      conflictResolution: text.conflictResolution,
      members: [...members.values()].map((line) => ({
        organizationId: memberOf(partnership, line.organization, day, "charter").organizationId,
        organizationName: memberOf(partnership, line.organization, day, "charter").organizationName,
        gains: line.gains,
        intendedRole: line.role,
        expectations: line.expectations,
      })),
    };
    rows.charterRevisions.push({
      id: options.newId(),
      partnership_id: partnership.id,
      version,
      content: JSON.stringify(content),
      saved_at: savedAt,
      saved_by: partnership.authorId,
    });
  }
  rows.charters.push({
    partnership_id: partnership.id,
    need: text.need,
    vision: text.vision,
    mission: text.mission,
    values: text.values,
    formality: text.formality,
    governance: text.governance,
    decision_making: text.decisionMaking,
    conflict_resolution: text.conflictResolution,
    version,
    updated_at: savedAt,
    updated_by: partnership.authorId,
  });
  for (const line of members.values()) {
    rows.charterMembers.push({
      partnership_id: partnership.id,
      organization_id: memberOf(partnership, line.organization, daysFrom(options.today, 0), "charter").organizationId,
      gains: line.gains,
      intended_role: line.role,
      expectations: line.expectations,
    });
  }
}

function planRows(spec: DemoRunning, partnership: RunningPartnership, options: RunningOptions, rows: RunningRows) {
  const { today, newId } = options;
  // The plan was written when the partnership's year began: a year ago, or at its start if later.
  const yearAgo = daysFrom(today, -365);
  const writtenOn = yearAgo > partnership.startDate ? yearAgo : partnership.startDate;
  const stamps = (on: string) => ({
    version: 1,
    created_at: `${on}T16:00:00.000Z`,
    created_by: partnership.authorId,
    updated_at: `${on}T16:00:00.000Z`,
    updated_by: partnership.authorId,
  });
  const goalIds: string[] = [];
  const objectiveIds: string[][] = [];
  spec.goals.forEach((goal, goalIndex) => {
    const goalId = newId();
    goalIds.push(goalId);
    rows.goals.push({
      id: goalId,
      partnership_id: partnership.id,
      title: goal.title,
      description: goal.description,
      position: goalIndex,
      ...stamps(writtenOn),
    });
    goal.risks.forEach((risk, position) => {
      rows.risks.push({
        id: newId(),
        goal_id: goalId,
        partnership_id: partnership.id,
        risk: risk.risk,
        contingency: risk.contingency,
        position,
      });
    });
    const ids: string[] = [];
    objectiveIds.push(ids);
    goal.objectives.forEach((objective, objectiveIndex) => {
      const objectiveId = newId();
      ids.push(objectiveId);
      const measure = objective.measure;
      // Values are observed on the first of each month, the last one this month.
      const observed = (measure?.values ?? []).map((_, index, all) => dayOfMonth(today, index - all.length + 1, 1));
      rows.objectives.push({
        id: objectiveId,
        goal_id: goalId,
        partnership_id: partnership.id,
        title: objective.title,
        description: objective.description ?? null,
        position: objectiveIndex,
        measure_name: measure?.name ?? null,
        measure_unit: measure?.unit ?? null,
        measure_source: measure?.source ?? null,
        baseline_value: measure?.baseline ?? null,
        baseline_on: measure ? dayOfMonth(today, -measure.values.length, 1) : null,
        target_value: measure?.target ?? null,
        target_on: measure ? dayOfMonth(today, 12, 1) : null,
        measure_direction: measure?.direction ?? null,
        ...stamps(writtenOn),
      });
      measure?.values.forEach((value, index) => {
        const on = observed[index] ?? writtenOn;
        rows.measureValues.push({
          id: newId(),
          objective_id: objectiveId,
          partnership_id: partnership.id,
          observed_on: on,
          value,
          note: null,
          // Entered some days into the next month, once the figures were in.
          created_at: earlier(instant(after(on, 9), "13:00"), options.at),
          created_by: partnership.authorId,
        });
      });
      objective.activities.forEach((activity, position) => {
        const dueOn = daysFrom(today, activity.dueDays);
        const contacts = partnership.contacts.get(activity.owner) ?? [];
        const contact = activity.contact === undefined ? null : contacts[activity.contact];
        if (activity.contact !== undefined && !contact) throw new Error(`Demo activity "${activity.title}": no such contact`);
        memberOf(partnership, activity.owner, earlier(dueOn, daysFrom(today, 0)), `activity "${activity.title}"`);
        rows.activities.push({
          id: newId(),
          objective_id: objectiveId,
          partnership_id: partnership.id,
          title: activity.title,
          owner_organization_id: partnership.members.get(activity.owner)?.organizationId ?? null,
          owner_contact_id: contact?.id ?? null,
          due_on: dueOn,
          resources: activity.resources ?? null,
          status: activity.status,
          notes: activity.notes ?? null,
          meeting_id: null,
          position,
          ...stamps(writtenOn),
        });
      });
    });
  });
  return { goalIds, objectiveIds };
}

type HeldMeeting = { id: string; day: string; endsAt: string; topic: string };

/** The months a partnership meets in: the past eleven, this one and the next, from its start. */
function meetingMonths(spec: DemoMeetings, partnership: RunningPartnership, today: Date): { offset: number; day: string }[] {
  const months: { offset: number; day: string }[] = [];
  for (let offset = -11; offset <= 1; offset += 1) {
    const day = nthWeekday(today, offset, spec.weekday, spec.week);
    if (day >= partnership.startDate) months.push({ offset, day });
  }
  if (months.length !== spec.topics.length) {
    throw new Error(`Demo meetings: ${months.length} meetings need as many topics (${spec.topics.length} given)`);
  }
  return months;
}

function meetingRows(spec: DemoMeetings, partnership: RunningPartnership, options: RunningOptions, rows: RunningRows): HeldMeeting[] {
  const { today, at, newId } = options;
  const held: HeldMeeting[] = [];
  meetingMonths(spec, partnership, today).forEach(({ offset, day }, index) => {
    const topic = spec.topics[index] ?? "";
    const startsAt = instant(day, spec.startsAt);
    const endsAt = instant(spec.endsAt < spec.startsAt ? after(day, 1) : day, spec.endsAt);
    const cancelled = offset === -spec.cancelled.monthsAgo;
    const past = endsAt < at;
    const id = newId();
    if (past && !cancelled) attendanceRows(spec, partnership, id, day, index, rows);
    // A meeting is written a month ahead; a cancelled one was changed once more (its SEQUENCE rose).
    const createdAt = earlier(instant(dayOfMonth(new Date(`${day}T00:00:00Z`), -1, 20), "15:00"), at);
    rows.meetings.push({
      id,
      partnership_id: partnership.id,
      title: `${spec.title} — ${topic}`,
      starts_at: startsAt,
      ends_at: endsAt,
      location: spec.location,
      agenda: `${spec.agenda}\n3. ${topic}`,
      // The minutes of a held meeting are written once its review is known.
      minutes: cancelled ? spec.words.cancelled(spec.cancelled.reason) : null,
      decisions: past && !cancelled ? spec.decisions[index] || null : null,
      status: cancelled ? "cancelled" : "scheduled",
      sequence: cancelled ? 1 : 0,
      version: cancelled ? 2 : past ? 2 : 1,
      created_at: createdAt,
      created_by: partnership.authorId,
      updated_at: past || cancelled ? earlier(endsAt, at) : createdAt,
      updated_by: partnership.authorId,
    });
    if (past && !cancelled) held.push({ id, day, endsAt, topic });
  });
  return held;
}

function attendanceRows(
  spec: DemoMeetings,
  partnership: RunningPartnership,
  meetingId: string,
  day: string,
  index: number,
  rows: RunningRows,
): void {
  spec.delegates.forEach((delegate, position) => {
    const member = partnership.members.get(delegate.organization);
    if (!member || member.joinedOn > day || (member.leftOn !== null && member.leftOn < day)) return;
    // Now and then a member sends nobody, or someone who cannot commit it.
    const turn = (index + position * 2) % 7;
    if (turn === 3) return;
    const contacts = partnership.contacts.get(delegate.organization) ?? [];
    const contact = contacts[delegate.contact ?? 0];
    const standIn = delegate.standIn !== undefined && turn === 5;
    rows.attendance.push({
      meeting_id: meetingId,
      organization_id: member.organizationId,
      partnership_id: partnership.id,
      attendee: standIn ? (delegate.standIn ?? null) : (contact?.name ?? null),
      contact_id: standIn ? null : (contact?.id ?? null),
      can_commit: !standIn && delegate.canCommit ? 1 : 0,
    });
  });
}

/** What a commitment looked like at the end of a day: its status and current due date then. */
function asOf(commitment: NewCommitment, events: RunningRows["commitmentEvents"], day: string) {
  let status: string | null = null;
  let dueOn = commitment.due_on;
  let slippedSince: string | null = null;
  for (const event of events) {
    if (event.effective_on > day) break;
    status = event.to_status;
    if (event.due_after) {
      dueOn = event.due_after;
      slippedSince = event.effective_on;
    }
  }
  return { status, dueOn, slippedSince };
}

/** Each held meeting reviews the commitments open at it or delivered since the meeting before. */
function reviewRows(
  spec: DemoMeetings,
  partnership: RunningPartnership,
  held: HeldMeeting[],
  ledger: { commitment: NewCommitment; events: RunningRows["commitmentEvents"] }[],
  rows: RunningRows,
) {
  held.forEach((meeting, index) => {
    const previous = held[index - 1]?.day ?? "0000-00-00";
    let reviewed = 0;
    for (const { commitment, events } of ledger) {
      if (commitment.pledged_on >= meeting.day) continue;
      const then = asOf(commitment, events, meeting.day);
      const deliveredSince =
        commitment.delivered_on !== null &&
        commitment.delivered_on !== undefined &&
        commitment.delivered_on > previous &&
        commitment.delivered_on <= meeting.day;
      const open = then.status !== "delivered" && then.status !== "withdrawn";
      if (!open && !deliveredSince) continue;
      const slipping = then.dueOn < meeting.day || (then.slippedSince !== null && then.slippedSince > previous);
      const report = deliveredSince ? "delivered" : slipping ? "slipping" : "on_track";
      rows.reviews.push({
        meeting_id: meeting.id,
        commitment_id: commitment.id,
        partnership_id: partnership.id,
        report,
        note:
          report === "delivered"
            ? spec.words.reviews.delivered
            : report === "slipping"
              ? spec.words.reviews.slipping
              : spec.words.reviews.onTrack,
        recorded_at: meeting.endsAt,
        recorded_by: partnership.authorId,
      });
      reviewed += 1;
    }
    const row = rows.meetings.find((candidate) => candidate.id === meeting.id);
    const present = rows.attendance.filter((line) => line.meeting_id === meeting.id).length;
    if (row) row.minutes = spec.words.minutes(meeting.topic, present, reviewed);
  });
}

/** Every running partnership's rows; throws on anything the application itself would refuse. */
export function buildRunningRows(
  specs: readonly DemoRunning[],
  partnerships: Map<string, RunningPartnership>,
  options: RunningOptions,
): RunningRows {
  const rows = emptyRunningRows();
  const { today, at, newId } = options;
  for (const spec of specs) {
    const partnership = partnerships.get(spec.partnership);
    if (!partnership) throw new Error(`Demo running partnership: unknown "${spec.partnership}"`);
    charterRows(spec, partnership, options, rows);
    const { goalIds, objectiveIds } = planRows(spec, partnership, options, rows);
    const held = meetingRows(spec.meetings, partnership, options, rows);
    const todayText = daysFrom(today, 0);
    const ledger = spec.commitments.map((written) => {
      // An action item is pledged on the day of the meeting that took it.
      const meeting = written.atMeeting
        ? held.filter((candidate) => candidate.day <= daysFrom(today, written.pledgedDays)).at(-1)
        : undefined;
      if (written.atMeeting && !meeting) throw new Error(`Demo commitment "${written.description}": no meeting before its pledge`);
      const commitment = meeting
        ? { ...written, pledgedDays: Math.round((Date.parse(meeting.day) - Date.parse(todayText)) / 86_400_000) }
        : written;
      const member = memberOf(
        partnership,
        commitment.organization,
        daysFrom(today, commitment.pledgedDays),
        `commitment "${commitment.description}"`,
      );
      const replayed = replayCommitment(commitment, {
        today,
        at,
        newId,
        partnershipId: partnership.id,
        organizationId: member.organizationId,
        userId: partnership.partnerUsers.get(commitment.organization) ?? partnership.authorId,
        goalId: commitment.goal === undefined ? null : (goalIds[commitment.goal] ?? null),
        objectiveId:
          commitment.goal === undefined || commitment.objective === undefined
            ? null
            : (objectiveIds[commitment.goal]?.[commitment.objective] ?? null),
        meetingId: meeting?.id ?? null,
      });
      rows.commitments.push(replayed.commitment);
      rows.commitmentEvents.push(...replayed.events);
      return replayed;
    });
    reviewRows(spec.meetings, partnership, held, ledger, rows);
    for (const contact of spec.communications) {
      const day = daysFrom(today, contact.day);
      const id = newId();
      const stamp = earlier(instant(day, "18:00"), at);
      rows.communications.push({
        id,
        partnership_id: partnership.id,
        occurred_on: day,
        channel: contact.channel,
        subject: contact.subject,
        version: 1,
        created_at: stamp,
        created_by: partnership.authorId,
        updated_at: stamp,
        updated_by: partnership.authorId,
      });
      if (new Set(contact.parties).size < 2) throw new Error(`Demo contact "${contact.subject}": two parties or more`);
      for (const key of new Set(contact.parties)) {
        rows.communicationParties.push({
          communication_id: id,
          organization_id: memberOf(partnership, key, day, `contact "${contact.subject}"`).organizationId,
          partnership_id: partnership.id,
        });
      }
    }
  }
  return rows;
}
