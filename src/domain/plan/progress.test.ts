import { describe, expect, it } from "vitest";
import { ACTIVITY_STATUSES, isActivityStatus } from "./activity-status.js";
import type { Measure } from "./measure.js";
import { goalProgress, isActivityDue } from "./progress.js";

const today = "2026-06-15";
const measure: Measure = { baselineValue: 10, baselineOn: "2026-01-01", targetValue: 20, targetOn: "2026-12-31", direction: "up" };

describe("activity statuses", () => {
  it("are planned, under way, done and dropped", () => {
    expect(ACTIVITY_STATUSES).toEqual(["planned", "under_way", "done", "dropped"]);
    expect(isActivityStatus("under_way")).toBe(true);
    expect(isActivityStatus("cancelled")).toBe(false);
  });
});

describe("isActivityDue", () => {
  it("counts an activity due today or before, not one due tomorrow or undated", () => {
    expect(isActivityDue({ status: "planned", dueOn: today }, today)).toBe(true);
    expect(isActivityDue({ status: "under_way", dueOn: "2026-06-14" }, today)).toBe(true);
    expect(isActivityDue({ status: "planned", dueOn: "2026-06-16" }, today)).toBe(false);
    expect(isActivityDue({ status: "planned", dueOn: null }, today)).toBe(false);
  });

  it("never counts a dropped activity, and always a done one, even done before its date", () => {
    expect(isActivityDue({ status: "dropped", dueOn: "2026-01-01" }, today)).toBe(false);
    expect(isActivityDue({ status: "done", dueOn: "2026-12-01" }, today)).toBe(true);
    expect(isActivityDue({ status: "done", dueOn: null }, today)).toBe(true);
  });
});

describe("goalProgress", () => {
  it("counts activities done of those due and measures on track of those with values", () => {
    const progress = goalProgress(
      [
        { status: "done", dueOn: "2026-03-01" },
        { status: "planned", dueOn: "2026-05-01" },
        { status: "dropped", dueOn: "2026-04-01" },
        { status: "under_way", dueOn: "2026-09-01" },
        { status: "done", dueOn: "2026-09-01" },
      ],
      [
        { measure, values: [{ observedOn: "2026-07-01", value: 19 }] },
        { measure, values: [{ observedOn: "2026-07-01", value: 11 }] },
        { measure, values: [] },
      ],
      today,
    );
    expect(progress).toEqual({ activitiesDue: 3, activitiesDone: 2, measuresWithValues: 2, measuresOnTrack: 1 });
  });

  it("is all zeros for an empty goal", () => {
    expect(goalProgress([], [], today)).toEqual({ activitiesDue: 0, activitiesDone: 0, measuresWithValues: 0, measuresOnTrack: 0 });
  });
});
