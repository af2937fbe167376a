// A demo commitment's history replayed into its row and its events, refusing any move the ledger's
// rules would refuse, so that the hand-written ledger cannot drift from what the application allows.
import type { NewCommitment, NewCommitmentEvent } from "./rows.js";
import type { DemoCommitment } from "../portfolio/running-types.js";
import { daysFrom } from "../dates.js";
import { applyMove, checkMove, checkPledge, type LedgerProblem } from "../../../domain/commitments/checks.js";
import type { CommitmentStatus } from "../../../domain/commitments/statuses.js";
import { nameKey } from "../../../domain/registry/name-key.js";

function refused(where: string, problems: LedgerProblem[]): Error {
  return new Error(`${where}: the ledger refuses it (${problems.map((problem) => `${problem.field}: ${problem.key}`).join("; ")})`);
}

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
  const pledgeProblems = checkPledge({ pledgedOn, dueOn }, todayText);
  if (pledgeProblems.length > 0) throw refused(where, pledgeProblems);
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
  let status: CommitmentStatus = "pledged";
  let statusOn = pledgedOn;
  let currentDueOn = dueOn;
  let firstSlippedOn: string | null = null;
  let deliveredOn: string | null = null;
  let withdrawnOn: string | null = null;
  let evidence: string | null = null;
  let evidenceUrl: string | null = null;
  for (const move of spec.moves) {
    const checked = checkMove(
      { status, pledgedOn, currentDueOn, statusOn },
      {
        to: move.to,
        on: daysFrom(today, move.day),
        dueOn: move.to === "slipped" ? daysFrom(today, move.dueDays) : null,
        reason: move.to === "slipped" || move.to === "withdrawn" ? move.reason : null,
        evidence: move.to === "delivered" ? (move.evidence ?? null) : null,
        evidenceUrl: move.to === "delivered" ? (move.evidenceUrl ?? null) : null,
      },
      todayText,
    );
    if (!checked.ok) throw refused(where, checked.problems);
    const effect = checked.value;
    events.push(
      event({
        from_status: effect.from,
        to_status: effect.to,
        effective_on: effect.on,
        due_before: effect.dueBefore,
        due_after: effect.dueAfter,
        reason: effect.reason,
        evidence: effect.evidence,
        evidence_url: effect.evidenceUrl,
      }),
    );
    const applied = applyMove({ firstSlippedOn }, effect);
    status = applied.status;
    statusOn = applied.statusOn;
    currentDueOn = applied.currentDueOn ?? currentDueOn;
    firstSlippedOn = applied.firstSlippedOn ?? firstSlippedOn;
    deliveredOn = applied.deliveredOn ?? deliveredOn;
    withdrawnOn = applied.withdrawnOn ?? withdrawnOn;
    if (effect.to === "delivered") {
      evidence = effect.evidence;
      evidenceUrl = effect.evidenceUrl;
    }
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
