import { describe, expect, it } from "vitest";
import { figuresAt, uncoveredStages } from "./figures.js";
import { commitmentAt, dueAt, type CommitmentHistory } from "./history.js";

const D = "2026-06-15";

function history(overrides: Partial<CommitmentHistory> = {}): CommitmentHistory {
  return {
    axis: "prevention",
    pledgedOn: "2026-01-10",
    dueOn: "2026-06-30",
    currentDueOn: overrides.dueOn ?? "2026-06-30",
    deliveredOn: null,
    withdrawnOn: null,
    firstSlippedOn: null,
    slips: [],
    ...overrides,
  };
}

function figures(histories: CommitmentHistory[], day = D) {
  return figuresAt(
    histories.flatMap((entry) => {
      const at = commitmentAt(entry, day);
      return at ? [at] : [];
    }),
    day,
  );
}

describe("a commitment on a given day", () => {
  it("does not exist before it was pledged, and counts on the day it was pledged", () => {
    expect(commitmentAt(history({ pledgedOn: D }), "2026-06-14")).toBeNull();
    expect(figures([history({ pledgedOn: D })]).pledged).toBe(1);
    expect(figures([history({ pledgedOn: "2026-06-16" })]).pledged).toBe(0);
  });

  it("is open the day before its delivery and delivered on that day", () => {
    const delivered = history({ deliveredOn: D });
    expect(commitmentAt(delivered, "2026-06-14")?.state).toBe("open");
    expect(commitmentAt(delivered, D)?.state).toBe("delivered");
  });

  it("is open the day before its withdrawal and withdrawn on that day", () => {
    const withdrawn = history({ withdrawnOn: D });
    expect(commitmentAt(withdrawn, "2026-06-14")?.state).toBe("open");
    expect(commitmentAt(withdrawn, D)?.state).toBe("withdrawn");
  });

  it("takes the due date in force on the day, from the slips that had taken effect", () => {
    const slipped = history({
      dueOn: "2026-03-01",
      currentDueOn: "2026-09-01",
      firstSlippedOn: "2026-02-20",
      slips: [
        { on: "2026-05-01", dueAfter: "2026-09-01" },
        { on: "2026-02-20", dueAfter: "2026-04-01" },
      ],
    });
    expect(dueAt(slipped, "2026-02-19")).toBe("2026-03-01");
    expect(dueAt(slipped, "2026-02-20")).toBe("2026-04-01");
    expect(dueAt(slipped, "2026-04-30")).toBe("2026-04-01");
    expect(dueAt(slipped, "2026-05-01")).toBe("2026-09-01");
    expect(commitmentAt(slipped, "2026-02-19")?.hasSlipped).toBe(false);
    expect(commitmentAt(slipped, "2026-02-20")?.hasSlipped).toBe(true);
  });

  it("takes the later due date of two slips on one day", () => {
    const twice = history({
      firstSlippedOn: "2026-05-01",
      slips: [
        { on: "2026-05-01", dueAfter: "2026-08-01" },
        { on: "2026-05-01", dueAfter: "2026-07-15" },
      ],
    });
    expect(dueAt(twice, D)).toBe("2026-08-01");
  });

  it("knows a commitment slipped only from its first slip's date", () => {
    const unrecorded = history({ slips: [{ on: "2026-05-01", dueAfter: "2026-08-01" }] });
    expect(dueAt(unrecorded, D)).toBe("2026-06-30");
    expect(commitmentAt(unrecorded, D)?.hasSlipped).toBe(false);
  });

  it("falls back on the current due date from the first slip on when no slip was recorded", () => {
    const bare = history({ dueOn: "2026-03-01", currentDueOn: "2026-09-01", firstSlippedOn: "2026-02-20" });
    expect(dueAt(bare, "2026-02-19")).toBe("2026-03-01");
    expect(dueAt(bare, "2026-02-20")).toBe("2026-09-01");
  });
});

describe("overdue and due soon", () => {
  it("counts a commitment due yesterday as overdue", () => {
    expect(figures([history({ dueOn: "2026-06-14" })])).toMatchObject({ open: 1, overdue: 1, dueSoon: 0 });
  });

  it("counts a commitment due today as due soon, not overdue", () => {
    expect(figures([history({ dueOn: D })])).toMatchObject({ open: 1, overdue: 0, dueSoon: 1 });
  });

  it("counts one due at D + 7 as due soon and one due at D + 8 as neither", () => {
    expect(figures([history({ dueOn: "2026-06-22" })])).toMatchObject({ overdue: 0, dueSoon: 1 });
    expect(figures([history({ dueOn: "2026-06-23" })])).toMatchObject({ overdue: 0, dueSoon: 0, open: 1 });
  });

  it("judges overdue by the due date in force, so a slip past D takes a commitment out of overdue", () => {
    const slipped = history({ dueOn: "2026-06-01", firstSlippedOn: "2026-06-10", slips: [{ on: "2026-06-10", dueAfter: "2026-07-31" }] });
    expect(figures([slipped])).toMatchObject({ open: 1, overdue: 0, dueSoon: 0, slipped: 1 });
    expect(figures([slipped], "2026-06-05")).toMatchObject({ open: 1, overdue: 1, slipped: 0 });
  });

  it("counts a withdrawn commitment as neither open nor overdue, even when it was overdue before", () => {
    const late = history({ dueOn: "2026-05-01", withdrawnOn: "2026-06-10" });
    expect(figures([late], "2026-06-01")).toMatchObject({ open: 1, overdue: 1, withdrawn: 0 });
    expect(figures([late])).toMatchObject({ pledged: 1, open: 0, overdue: 0, withdrawn: 1, keptRate: null });
  });
});

describe("on time, late and the kept rate", () => {
  it("counts a delivery on the original due date as on time, and the day after as late", () => {
    expect(figures([history({ dueOn: "2026-06-10", deliveredOn: "2026-06-10" })])).toMatchObject({
      delivered: 1,
      onTime: 1,
      late: 0,
      keptRate: 100,
    });
    expect(figures([history({ dueOn: "2026-06-10", deliveredOn: "2026-06-11" })])).toMatchObject({
      delivered: 1,
      onTime: 0,
      late: 1,
      keptRate: 0,
    });
  });

  it("counts a commitment slipped and then delivered by its new date as late against the original one", () => {
    const slipped = history({
      dueOn: "2026-05-01",
      currentDueOn: "2026-06-30",
      firstSlippedOn: "2026-04-20",
      slips: [{ on: "2026-04-20", dueAfter: "2026-06-30" }],
      deliveredOn: "2026-06-01",
    });
    expect(figures([slipped])).toMatchObject({ delivered: 1, onTime: 0, late: 1, slipped: 1, overdue: 0, keptRate: 0 });
  });

  it("divides on time by the delivered and the open ones past their original due date, leaving withdrawn ones out", () => {
    const result = figures([
      history({ dueOn: "2026-05-01", deliveredOn: "2026-04-30" }),
      history({ dueOn: "2026-05-01", deliveredOn: "2026-05-01" }),
      history({ dueOn: "2026-05-01", deliveredOn: "2026-05-02" }),
      // Open, past its original date though slipped beyond D: it has come due, and is not kept.
      history({ dueOn: "2026-06-01", firstSlippedOn: "2026-05-20", slips: [{ on: "2026-05-20", dueAfter: "2026-08-01" }] }),
      // Open, due today: not yet come due.
      history({ dueOn: D }),
      history({ dueOn: "2026-05-01", withdrawnOn: "2026-05-15" }),
    ]);
    expect(result).toMatchObject({ pledged: 6, delivered: 3, withdrawn: 1, open: 2, onTime: 2, late: 1, keptRate: 50 });
  });

  it("rounds the kept rate half up to one decimal", () => {
    const onTime = history({ dueOn: "2026-05-01", deliveredOn: "2026-05-01" });
    const late = history({ dueOn: "2026-05-01", deliveredOn: "2026-05-03" });
    expect(figures([onTime, onTime, late]).keptRate).toBe(66.7);
    expect(figures([onTime, late, late]).keptRate).toBe(33.3);
    expect(figures([onTime, ...Array.from({ length: 7 }, () => late)]).keptRate).toBe(12.5);
  });

  it("has no kept rate when nothing has come due or been delivered", () => {
    expect(figures([]).keptRate).toBeNull();
    expect(figures([history({ dueOn: "2026-07-01" })]).keptRate).toBeNull();
  });

  it("counts a delivery after D as open at D", () => {
    expect(figures([history({ dueOn: "2026-06-01", deliveredOn: "2026-06-20" })])).toMatchObject({
      delivered: 0,
      open: 1,
      overdue: 1,
      keptRate: 0,
    });
  });
});

describe("the axis", () => {
  it("counts pledged and delivered per stage and names the stages with nothing open or delivered", () => {
    const result = figures([
      history({ axis: "prevention", deliveredOn: "2026-06-01" }),
      history({ axis: "intervention" }),
      history({ axis: "enforcement", withdrawnOn: "2026-06-01" }),
    ]);
    expect(result.axis.prevention).toEqual({ pledged: 1, delivered: 1, open: 0 });
    expect(result.axis.intervention).toEqual({ pledged: 1, delivered: 0, open: 1 });
    expect(result.axis.enforcement).toEqual({ pledged: 1, delivered: 0, open: 0 });
    expect(uncoveredStages(result)).toEqual(["enforcement", "reentry"]);
  });
});
