// The rules a pledge and a move must follow, each problem named by the field at fault. A problem is a
// key and its values (see the server's ledger messages), never a sentence.
import { isAllowedMove, type CommitmentStatus } from "./statuses.js";

export const LEDGER_PROBLEMS = [
  "moveNotAllowed",
  "dateInFuture",
  "beforePledge",
  "beforeLastMove",
  "dueBeforePledge",
  "dueNotLater",
  "reasonRequired",
  "notForMove",
  "webAddress",
] as const;
export type LedgerProblemKey = (typeof LEDGER_PROBLEMS)[number];
export type LedgerProblem = { field: string; key: LedgerProblemKey; values?: Record<string, string> };

/** What a move is checked against: the commitment as stored. */
export type MovableCommitment = {
  status: CommitmentStatus;
  pledgedOn: string;
  currentDueOn: string;
  /** The date of the last move (the pledge's date until one is made). */
  statusOn: string;
};

/** A move as asked for: `on` is the date it took effect (today when left out). */
export type Move = {
  to: CommitmentStatus;
  on?: string | null;
  dueOn?: string | null;
  reason?: string | null;
  evidence?: string | null;
  evidenceUrl?: string | null;
};

/** What a checked move does to the commitment. */
export type MoveEffect = {
  from: CommitmentStatus;
  to: CommitmentStatus;
  on: string;
  dueBefore: string | null;
  dueAfter: string | null;
  reason: string | null;
  evidence: string | null;
  evidenceUrl: string | null;
};

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: LedgerProblem[] };

function given(value: string | null | undefined): value is string {
  return value !== undefined && value !== null && value.trim() !== "";
}

/**
 * Whether a text is a web address a reader may follow: http or https, with a host.
 * @example isWebAddress("https://example.org/report.pdf") === true; isWebAddress("javascript:alert(1)") === false
 */
export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

/**
 * A new pledge: due on or after the day it is pledged, and pledged no later than today (a pledge not
 * made yet is not recorded ahead of time).
 * @example checkPledge({ pledgedOn: "2026-03-01", dueOn: "2026-02-01" }, "2026-03-05") → dueOn: dueBeforePledge
 */
export function checkPledge(pledge: { pledgedOn: string; dueOn: string }, today: string): LedgerProblem[] {
  const problems: LedgerProblem[] = [];
  if (pledge.pledgedOn > today) problems.push({ field: "pledgedOn", key: "dateInFuture", values: { today } });
  if (pledge.dueOn < pledge.pledgedOn) problems.push({ field: "dueOn", key: "dueBeforePledge", values: { pledgedOn: pledge.pledgedOn } });
  return problems;
}

/**
 * Checks a move against the rules: the move must be allowed from the current status; it takes effect
 * on a date neither in the future, nor before the pledge, nor before the last move; a slip needs a new
 * due date later than the current one and a reason; a withdrawal a reason; evidence belongs to a
 * delivery and a new due date to a slip only.
 * @example checkMove(c, { to: "slipped", dueOn: c.currentDueOn, reason: "x" }, today) → dueOn: dueNotLater
 */
export function checkMove(commitment: MovableCommitment, move: Move, today: string): Checked<MoveEffect> {
  const problems: LedgerProblem[] = [];
  const { to } = move;
  const from = commitment.status;
  if (!isAllowedMove(from, to)) problems.push({ field: "to", key: "moveNotAllowed", values: { from, to } });
  const on = given(move.on) ? move.on : today;
  if (on > today) problems.push({ field: "on", key: "dateInFuture", values: { today } });
  else if (on < commitment.pledgedOn) problems.push({ field: "on", key: "beforePledge", values: { pledgedOn: commitment.pledgedOn } });
  else if (on < commitment.statusOn) problems.push({ field: "on", key: "beforeLastMove", values: { statusOn: commitment.statusOn } });

  if (to === "slipped") {
    if (!given(move.dueOn)) problems.push({ field: "dueOn", key: "dueNotLater", values: { current: commitment.currentDueOn } });
    else if (move.dueOn <= commitment.currentDueOn) {
      problems.push({ field: "dueOn", key: "dueNotLater", values: { current: commitment.currentDueOn } });
    }
  } else if (given(move.dueOn)) problems.push({ field: "dueOn", key: "notForMove", values: { to } });
  if ((to === "slipped" || to === "withdrawn") && !given(move.reason)) problems.push({ field: "reason", key: "reasonRequired" });
  if (to !== "delivered") {
    if (given(move.evidence)) problems.push({ field: "evidence", key: "notForMove", values: { to } });
    if (given(move.evidenceUrl)) problems.push({ field: "evidenceUrl", key: "notForMove", values: { to } });
  } else if (given(move.evidenceUrl) && !isWebAddress(move.evidenceUrl)) {
    problems.push({ field: "evidenceUrl", key: "webAddress" });
  }
  if (problems.length > 0) return { ok: false, problems };
  const slipping = to === "slipped" && given(move.dueOn);
  return {
    ok: true,
    value: {
      from,
      to,
      on,
      dueBefore: slipping ? commitment.currentDueOn : null,
      dueAfter: slipping ? (move.dueOn ?? null) : null,
      reason: given(move.reason) ? move.reason : null,
      evidence: to === "delivered" && given(move.evidence) ? move.evidence : null,
      evidenceUrl: to === "delivered" && given(move.evidenceUrl) ? move.evidenceUrl : null,
    },
  };
}

/** The columns a checked move sets on the commitment: due_on never changes; current_due_on only by slipping. */
export function applyMove(
  commitment: { firstSlippedOn: string | null },
  effect: MoveEffect,
): {
  status: CommitmentStatus;
  statusOn: string;
  currentDueOn?: string;
  firstSlippedOn?: string;
  deliveredOn?: string;
  withdrawnOn?: string;
  evidence?: string | null;
  evidenceUrl?: string | null;
} {
  const base = { status: effect.to, statusOn: effect.on };
  switch (effect.to) {
    case "slipped":
      return {
        ...base,
        ...(effect.dueAfter ? { currentDueOn: effect.dueAfter } : {}),
        ...(commitment.firstSlippedOn === null ? { firstSlippedOn: effect.on } : {}),
      };
    case "delivered":
      return { ...base, deliveredOn: effect.on, evidence: effect.evidence, evidenceUrl: effect.evidenceUrl };
    case "withdrawn":
      return { ...base, withdrawnOn: effect.on };
    case "pledged":
    case "in_progress":
      return base;
  }
}
