// The accountability figures of a set of commitments as of a day D: what was pledged, kept, late,
// open, overdue, due soon, slipped, and the share of promises come due that were kept on time.
import { AXIS_STAGES, type AxisStage } from "../coverage/axis.js";
import { percent } from "../reports/percent.js";
import { addDays } from "../attention/attention.js";
import type { CommitmentAt } from "./history.js";

/** Days after D within which an open commitment's due date makes it "due soon" (D itself included). */
export const DUE_SOON_DAYS = 7;

export type AxisFigures = { pledged: number; delivered: number; open: number };

export type Figures = {
  pledged: number;
  delivered: number;
  withdrawn: number;
  open: number;
  overdue: number;
  dueSoon: number;
  onTime: number;
  late: number;
  slipped: number;
  /** onTime ÷ (delivered + open whose original due date is before D), in percent to one decimal; null when nothing has come due. */
  keptRate: number | null;
  axis: Record<AxisStage, AxisFigures>;
};

/** A running tally that figures are read from, so that large sets can be counted row by row. */
export type Tally = Omit<Figures, "keptRate"> & { cameDue: number };

export function emptyTally(): Tally {
  return {
    pledged: 0,
    delivered: 0,
    withdrawn: 0,
    open: 0,
    overdue: 0,
    dueSoon: 0,
    onTime: 0,
    late: 0,
    slipped: 0,
    cameDue: 0,
    axis: {
      prevention: { pledged: 0, delivered: 0, open: 0 },
      intervention: { pledged: 0, delivered: 0, open: 0 },
      enforcement: { pledged: 0, delivered: 0, open: 0 },
      reentry: { pledged: 0, delivered: 0, open: 0 },
    },
  };
}

/** Counts one commitment as it stood at the end of D into the tally (mutating it, for speed over many rows). */
export function count(tally: Tally, commitment: CommitmentAt, day: string): Tally {
  const stage = tally.axis[commitment.axis];
  tally.pledged += 1;
  stage.pledged += 1;
  if (commitment.hasSlipped) tally.slipped += 1;
  switch (commitment.state) {
    case "delivered":
      tally.delivered += 1;
      stage.delivered += 1;
      if (commitment.deliveredOn !== null && commitment.deliveredOn <= commitment.dueOn) tally.onTime += 1;
      else tally.late += 1;
      break;
    case "withdrawn":
      tally.withdrawn += 1;
      break;
    case "open":
      tally.open += 1;
      stage.open += 1;
      if (commitment.dueOn < day) tally.cameDue += 1;
      if (commitment.dueAt < day) tally.overdue += 1;
      else if (commitment.dueAt <= addDays(day, DUE_SOON_DAYS)) tally.dueSoon += 1;
      break;
  }
  return tally;
}

/** Adds one tally into another (mutating the first), for totals over groups. */
export function addTally(into: Tally, other: Tally): Tally {
  for (const key of ["pledged", "delivered", "withdrawn", "open", "overdue", "dueSoon", "onTime", "late", "slipped", "cameDue"] as const) {
    into[key] += other[key];
  }
  for (const stage of AXIS_STAGES) {
    into.axis[stage].pledged += other.axis[stage].pledged;
    into.axis[stage].delivered += other.axis[stage].delivered;
    into.axis[stage].open += other.axis[stage].open;
  }
  return into;
}

/** The figures a tally holds, e.g. 3 on time of 4 delivered and 1 open past its original due date give a kept rate of 60. */
export function figuresOf(tally: Tally): Figures {
  const { cameDue, ...counts } = tally;
  const divisor = tally.delivered + cameDue;
  return { ...counts, keptRate: divisor === 0 ? null : percent(tally.onTime, divisor) };
}

/** The figures of a set of commitments as they stood at the end of D. */
export function figuresAt(commitments: Iterable<CommitmentAt>, day: string): Figures {
  const tally = emptyTally();
  for (const commitment of commitments) count(tally, commitment, day);
  return figuresOf(tally);
}

/** The stages of the axis with no open or delivered commitment: nobody is, or has been, acting on them. */
export function uncoveredStages(figures: Pick<Figures, "axis">): AxisStage[] {
  return AXIS_STAGES.filter((stage) => figures.axis[stage].open === 0 && figures.axis[stage].delivered === 0);
}
