import type { Commitment, CommitmentEvent } from "../../../contracts/commitments.js";
import { AXIS_STAGES, COMMITMENT_STATUSES, isFinal, type CommitmentStatus } from "../../../domain/commitments/statuses.js";
import { movesFor } from "../../../domain/commitments/rights.js";
import { storedKey } from "../partnerships/stored-keys.js";
import type { CommitmentEventRow, CommitmentRow } from "./repository.js";

function statusOf(stored: string): CommitmentStatus {
  return storedKey(COMMITMENT_STATUSES, stored) ?? "pledged";
}

export function presentCommitment(row: CommitmentRow): Commitment {
  const status = statusOf(row.status);
  const mayChange = row.can_pledge === 1;
  return {
    id: row.id,
    partnershipId: row.partnership_id,
    organization: { id: row.organization_id, name: row.organization_name },
    description: row.description,
    axis: storedKey(AXIS_STAGES, row.axis) ?? "prevention",
    goalId: row.goal_id,
    objectiveId: row.objective_id,
    meetingId: row.meeting_id,
    pledgedOn: row.pledged_on,
    dueOn: row.due_on,
    currentDueOn: row.current_due_on,
    status,
    statusOn: row.status_on,
    deliveredOn: row.delivered_on,
    withdrawnOn: row.withdrawn_on,
    evidence: row.evidence,
    evidenceUrl: row.evidence_url,
    version: row.version,
    // What was delivered or withdrawn is history: it is no longer edited.
    abilities: { update: mayChange && !isFinal(status), moves: movesFor(status, mayChange) },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function presentEvent(row: CommitmentEventRow): CommitmentEvent {
  return {
    id: row.id,
    at: row.at,
    user: row.user_id !== null && row.user_name !== null ? { id: row.user_id, name: row.user_name } : null,
    from: row.from_status === null ? null : statusOf(row.from_status),
    to: statusOf(row.to_status),
    effectiveOn: row.effective_on,
    dueBefore: row.due_before,
    dueAfter: row.due_after,
    reason: row.reason,
    evidence: row.evidence,
    evidenceUrl: row.evidence_url,
    meetingId: row.meeting_id,
  };
}
