import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AXIS_STAGES } from "../coverage/axis.js";
import { addDays } from "../attention/attention.js";
import { addTally, count, emptyTally, figuresAt, figuresOf } from "./figures.js";
import { commitmentAt, type CommitmentHistory } from "./history.js";

const BASE = "2026-01-01";
const offset = fc.integer({ min: 0, max: 120 });
const day = offset.map((days) => addDays(BASE, days));

// Histories a ledger could hold: pledged, due after the pledge, slips moving the due date later,
// at most one of delivered and withdrawn, each on or after the pledge.
const historyArb: fc.Arbitrary<CommitmentHistory> = fc
  .record({
    axis: fc.constantFrom(...AXIS_STAGES),
    pledged: offset,
    dueIn: fc.integer({ min: 0, max: 60 }),
    slips: fc.array(fc.record({ after: fc.integer({ min: 0, max: 40 }), by: fc.integer({ min: 1, max: 30 }) }), { maxLength: 3 }),
    end: fc.option(fc.record({ kind: fc.constantFrom("delivered", "withdrawn"), after: fc.integer({ min: 0, max: 90 }) }), { nil: null }),
  })
  .map(({ axis, pledged, dueIn, slips, end }) => {
    const pledgedOn = addDays(BASE, pledged);
    const dueOn = addDays(pledgedOn, dueIn);
    let due = dueOn;
    let on = pledgedOn;
    const recorded = slips.map((slip) => {
      on = addDays(on, slip.after);
      due = addDays(due, slip.by);
      return { on, dueAfter: due };
    });
    const endOn = end ? addDays(pledgedOn, end.after) : null;
    return {
      axis,
      pledgedOn,
      dueOn,
      currentDueOn: due,
      deliveredOn: end?.kind === "delivered" ? endOn : null,
      withdrawnOn: end?.kind === "withdrawn" ? endOn : null,
      firstSlippedOn: recorded[0]?.on ?? null,
      slips: recorded,
    };
  });

function at(histories: CommitmentHistory[], on: string) {
  return histories.flatMap((entry) => {
    const state = commitmentAt(entry, on);
    return state ? [state] : [];
  });
}

describe("accountability figures, for any ledger and any day", () => {
  it("keep their sums: open + delivered + withdrawn = pledged, onTime + late = delivered, overdue + dueSoon ≤ open", () => {
    fc.assert(
      fc.property(fc.array(historyArb, { maxLength: 30 }), day, (histories, on) => {
        const figures = figuresAt(at(histories, on), on);
        expect(figures.open + figures.delivered + figures.withdrawn).toBe(figures.pledged);
        expect(figures.onTime + figures.late).toBe(figures.delivered);
        expect(figures.overdue + figures.dueSoon).toBeLessThanOrEqual(figures.open);
        expect(figures.slipped).toBeLessThanOrEqual(figures.pledged);
        for (const stage of AXIS_STAGES) expect(figures.axis[stage].delivered).toBeLessThanOrEqual(figures.axis[stage].pledged);
        expect(AXIS_STAGES.reduce((sum, stage) => sum + figures.axis[stage].pledged, 0)).toBe(figures.pledged);
        if (figures.keptRate !== null) {
          expect(figures.keptRate).toBeGreaterThanOrEqual(0);
          expect(figures.keptRate).toBeLessThanOrEqual(100);
        } else {
          expect(figures.delivered).toBe(0);
        }
      }),
    );
  });

  it("never lose a pledge, a delivery, a withdrawal or a slip as the day moves later", () => {
    fc.assert(
      fc.property(fc.array(historyArb, { maxLength: 20 }), day, fc.integer({ min: 1, max: 60 }), (histories, on, later) => {
        const before = figuresAt(at(histories, on), on);
        const next = addDays(on, later);
        const after = figuresAt(at(histories, next), next);
        for (const key of ["pledged", "delivered", "withdrawn", "slipped", "onTime", "late"] as const) {
          expect(after[key]).toBeGreaterThanOrEqual(before[key]);
        }
      }),
    );
  });

  it("give the same total whether counted at once or group by group", () => {
    fc.assert(
      fc.property(fc.array(fc.array(historyArb, { maxLength: 8 }), { maxLength: 5 }), day, (groups, on) => {
        const total = emptyTally();
        for (const group of groups) {
          const tally = emptyTally();
          for (const state of at(group, on)) count(tally, state, on);
          addTally(total, tally);
        }
        expect(figuresOf(total)).toEqual(figuresAt(at(groups.flat(), on), on));
      }),
    );
  });
});
