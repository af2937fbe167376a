import { describe, expect, it } from "vitest";
import type { CommitmentHistory } from "./history.js";
import { trendDays, trendOf } from "./trend.js";

describe("the trend", () => {
  it("reads the last day of the eleven months before D's, then D", () => {
    const days = trendDays("2026-03-15");
    expect(days).toHaveLength(12);
    expect(days[0]).toEqual({ month: "2025-04", asOf: "2025-04-30" });
    expect(days[10]).toEqual({ month: "2026-02", asOf: "2026-02-28" });
    expect(days[11]).toEqual({ month: "2026-03", asOf: "2026-03-15" });
    expect(trendDays("2024-03-31")[10]?.asOf).toBe("2024-02-29");
    expect(
      trendDays("2026-01-31")
        .map((entry) => entry.month)
        .slice(0, 2),
    ).toEqual(["2025-02", "2025-03"]);
  });

  it("shows each month as it stood then: not yet pledged, then open and overdue, then delivered late", () => {
    const commitment: CommitmentHistory = {
      axis: "reentry",
      pledgedOn: "2026-01-20",
      dueOn: "2026-02-15",
      currentDueOn: "2026-02-15",
      deliveredOn: "2026-04-02",
      withdrawnOn: null,
      firstSlippedOn: null,
      slips: [],
    };
    const byMonth = Object.fromEntries(trendOf([commitment], "2026-05-10").map((point) => [point.month, point.figures]));
    expect(byMonth["2025-12"]).toMatchObject({ pledged: 0, keptRate: null });
    expect(byMonth["2026-01"]).toMatchObject({ pledged: 1, open: 1, overdue: 0, keptRate: null });
    expect(byMonth["2026-02"]).toMatchObject({ open: 1, overdue: 1, keptRate: 0 });
    expect(byMonth["2026-03"]).toMatchObject({ open: 1, overdue: 1 });
    expect(byMonth["2026-04"]).toMatchObject({ open: 0, delivered: 1, late: 1, keptRate: 0 });
    expect(byMonth["2026-05"]).toMatchObject({ delivered: 1 });
  });
});
