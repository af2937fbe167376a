// A commitment's state on a given day, read back from its history: what was pledged by then, whether
// it had been delivered or withdrawn, which due date was in force, whether it had slipped. Figures for
// a past month are computed from this, never from the commitment's state today.
import type { AxisStage } from "../coverage/axis.js";

/** A slip as recorded: the day it took effect and the due date it set. */
export type Slip = { on: string; dueAfter: string };

/** What the figures need to know about one commitment over its whole life. */
export type CommitmentHistory = {
  axis: AxisStage;
  pledgedOn: string;
  /** The date first promised; never changes. */
  dueOn: string;
  /** The current due date today, used only when no slip was recorded (a ledger that kept none). */
  currentDueOn: string;
  deliveredOn: string | null;
  withdrawnOn: string | null;
  firstSlippedOn: string | null;
  /** Every slip, in any order. */
  slips: readonly Slip[];
};

/** A commitment as it stood at the end of one day. */
export type CommitmentAt = {
  axis: AxisStage;
  dueOn: string;
  /** The due date in force that day. */
  dueAt: string;
  state: "open" | "delivered" | "withdrawn";
  /** Set when state is delivered. */
  deliveredOn: string | null;
  hasSlipped: boolean;
};

/**
 * The due date in force at the end of day D: the original until the first slip took effect, then the
 * one set by the last slip effective by D (each slip sets a later date than the one before, so it is
 * the latest of them); the current due date when the slips left no event (a ledger that kept none),
 * e.g. dueAt({ dueOn: "2026-03-01", firstSlippedOn: "2026-02-20", slips: [{ on: "2026-02-20", dueAfter: "2026-04-01" }], … }, "2026-02-19") === "2026-03-01".
 */
export function dueAt(history: CommitmentHistory, day: string): string {
  if (!hasSlippedBy(history, day)) return history.dueOn;
  let due: string | null = null;
  for (const slip of history.slips) {
    if (slip.on <= day && (due === null || slip.dueAfter > due)) due = slip.dueAfter;
  }
  return due ?? history.currentDueOn;
}

/** Whether the commitment had slipped by the end of D: its first slip, as the ledger records it, took effect by then. */
export function hasSlippedBy(history: CommitmentHistory, day: string): boolean {
  return history.firstSlippedOn !== null && history.firstSlippedOn <= day;
}

/**
 * The commitment at the end of day D, or null when it had not been pledged yet,
 * e.g. a commitment delivered on the 10th is open on the 9th and delivered on the 10th.
 */
export function commitmentAt(history: CommitmentHistory, day: string): CommitmentAt | null {
  if (history.pledgedOn > day) return null;
  const delivered = history.deliveredOn !== null && history.deliveredOn <= day;
  const withdrawn = !delivered && history.withdrawnOn !== null && history.withdrawnOn <= day;
  return {
    axis: history.axis,
    dueOn: history.dueOn,
    dueAt: dueAt(history, day),
    state: delivered ? "delivered" : withdrawn ? "withdrawn" : "open",
    deliveredOn: delivered ? history.deliveredOn : null,
    hasSlipped: hasSlippedBy(history, day),
  };
}
