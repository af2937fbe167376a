// A demo commitment's history replayed into its row and its events, refusing any move the ledger's
// rules would refuse, so that the hand-written ledger cannot drift from what the application allows.
import type { NewCommitment, NewCommitmentEvent } from "./rows.js";
import type { DemoCommitment } from "../portfolio/running-types.js";
import { daysFrom } from "../dates.js";
import { nameKey } from "../../../domain/registry/name-key.js";

/** The statuses a commitment may move to from each status; delivered and withdrawn are final. */
export const DEMO_MOVES: Readonly<Record<string, readonly string[]>> = {
  pledged: ["in_progress", "delivered", "slipped", "withdrawn"],
  in_progress: ["delivered", "slipped", "withdrawn"],
  slipped: ["in_progress", "delivered", "slipped", "withdrawn"],
  delivered: [],
  withdrawn: [],
};

export type CommitmentContext = {
  today: Date;
  at: string;
  newId: () => string;
  partnershipId: string;
  organizationId: string;
  userId: string | null;
  goalId: string | null;
  objectiveId: string | null;
  /** The meeting it was pledged at, if any. */
  meetingId?: string | null;
};

/** An event's instant: the afternoon of the day it took effect, never later than the load itself. */
function instant(day: string, at: string): string {
  const stamp = `${day}T15:00:00.000Z`;
  return stamp < at ? stamp : at;
}

export function replayCommitment(
  spec: DemoCommitment,
  context: CommitmentContext,
): { commitment: NewCommitment; events: NewCommitmentEvent[] } {
  const { today, at, newId } = context;
  const where = `Demo commitment "${spec.description}"`;
  const pledgedOn = daysFrom(today, spec.pledgedDays);
  const dueOn = daysFrom(today, spec.dueDays);
  const todayText = daysFrom(today, 0);
  if (dueOn < pledgedOn) throw new Error(`${where}: due before it was pledged`);
  if (pledgedOn > todayText) throw new Error(`${where}: pledged in the future`);
  const id = newId();
  const event = (fields: Partial<NewCommitmentEvent> & Pick<NewCommitmentEvent, "to_status" | "effective_on">): NewCommitmentEvent => ({
    id: newId(),
    commitment_id: id,
    partnership_id: context.partnershipId,
    at: instant(fields.effective_on, at),
    user_id: context.userId,
    from_status: null,
    due_before: null,
    due_after: null,
    reason: null,
    evidence: null,
    evidence_url: null,
    meeting_id: null,
    ...fields,
  });
  const meetingId = context.meetingId ?? null;
  const events = [event({ to_status: "pledged", effective_on: pledgedOn, meeting_id: meetingId })];
  let status = "pledged";
  let statusOn = pledgedOn;
  let currentDueOn = dueOn;
  let firstSlippedOn: string | null = null;
  let deliveredOn: string | null = null;
  let withdrawnOn: string | null = null;
  let evidence: string | null = null;
  let evidenceUrl: string | null = null;
  for (const move of spec.moves) {
    const on = daysFrom(today, move.day);
    if (!(DEMO_MOVES[status] ?? []).includes(move.to)) throw new Error(`${where}: cannot move from ${status} to ${move.to}`);
    if (on < statusOn) throw new Error(`${where}: a move on ${on} before the one on ${statusOn}`);
    if (on > todayText) throw new Error(`${where}: a move in the future`);
    const from = status;
    if (move.to === "slipped") {
      const dueAfter = daysFrom(today, move.dueDays);
      if (dueAfter <= currentDueOn) throw new Error(`${where}: a slip must move the due date later`);
      events.push(
        event({
          from_status: from,
          to_status: "slipped",
          effective_on: on,
          due_before: currentDueOn,
          due_after: dueAfter,
          reason: move.reason,
        }),
      );
      currentDueOn = dueAfter;
      firstSlippedOn ??= on;
    } else if (move.to === "delivered") {
      deliveredOn = on;
      evidence = move.evidence ?? null;
      evidenceUrl = move.evidenceUrl ?? null;
      events.push(event({ from_status: from, to_status: "delivered", effective_on: on, evidence, evidence_url: evidenceUrl }));
    } else if (move.to === "withdrawn") {
      withdrawnOn = on;
      events.push(event({ from_status: from, to_status: "withdrawn", effective_on: on, reason: move.reason }));
    } else {
      events.push(event({ from_status: from, to_status: "in_progress", effective_on: on }));
    }
    status = move.to;
    statusOn = on;
  }
  const lastAt = events.at(-1)?.at ?? at;
  return {
    commitment: {
      id,
      partnership_id: context.partnershipId,
      organization_id: context.organizationId,
      description: spec.description,
      description_key: nameKey(spec.description),
      axis: spec.axis,
      goal_id: context.goalId,
      objective_id: context.objectiveId,
      meeting_id: meetingId,
      pledged_on: pledgedOn,
      due_on: dueOn,
      current_due_on: currentDueOn,
      status,
      status_on: statusOn,
      delivered_on: deliveredOn,
      withdrawn_on: withdrawnOn,
      first_slipped_on: firstSlippedOn,
      evidence,
      evidence_url: evidenceUrl,
      version: events.length,
      created_at: events[0]?.at ?? at,
      created_by: context.userId,
      updated_at: lastAt,
      updated_by: context.userId,
    },
    events,
  };
}
