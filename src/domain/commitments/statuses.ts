// The statuses of a pledged commitment and the only moves between them. A commitment starts pledged;
// delivered and withdrawn are final.
export { AXIS_STAGES, type AxisStage } from "../coverage/axis.js";

export const COMMITMENT_STATUSES = ["pledged", "in_progress", "delivered", "slipped", "withdrawn"] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/** The statuses a commitment may move to from each status, in the order a form offers them. */
export const ALLOWED_MOVES: Readonly<Record<CommitmentStatus, readonly CommitmentStatus[]>> = {
  pledged: ["in_progress", "delivered", "slipped", "withdrawn"],
  in_progress: ["delivered", "slipped", "withdrawn"],
  slipped: ["in_progress", "delivered", "slipped", "withdrawn"],
  delivered: [],
  withdrawn: [],
};

/**
 * Whether the rules allow moving from one status to another.
 * @example isAllowedMove("pledged", "slipped") === true; isAllowedMove("delivered", "slipped") === false
 */
export function isAllowedMove(from: CommitmentStatus, to: CommitmentStatus): boolean {
  return ALLOWED_MOVES[from].includes(to);
}

/** Whether a commitment can no longer move: delivered or withdrawn. */
export function isFinal(status: CommitmentStatus): boolean {
  return ALLOWED_MOVES[status].length === 0;
}

/**
 * Whether a commitment is open (neither delivered nor withdrawn) and its current due date has passed.
 * @example isOverdue({ status: "pledged", currentDueOn: "2026-03-01" }, "2026-03-02") === true
 */
export function isOverdue(commitment: { status: CommitmentStatus; currentDueOn: string }, today: string): boolean {
  return !isFinal(commitment.status) && commitment.currentDueOn < today;
}
