// A goal's progress, as the plan view shows it: activities done of those due, and measures on track of
// those with values.
import type { ActivityStatus } from "./activity-status.js";
import { isMeasureOnTrack, type Measure, type MeasureValue } from "./measure.js";

export type ActivityForProgress = { status: ActivityStatus; dueOn: string | null };
export type MeasureForProgress = { measure: Measure; values: readonly MeasureValue[] };

export type GoalProgress = {
  /** Activities that have come due: not dropped, and due on or before today or already done. */
  activitiesDue: number;
  /** Of those, the ones done. */
  activitiesDone: number;
  /** Measures with at least one value. */
  measuresWithValues: number;
  /** Of those, the ones whose latest value is on track. */
  measuresOnTrack: number;
};

/** Whether an activity counts among those due on a day: dropped ones never do, done ones always do (done early is done). */
export function isActivityDue(activity: ActivityForProgress, today: string): boolean {
  if (activity.status === "dropped") return false;
  if (activity.status === "done") return true;
  return activity.dueOn !== null && activity.dueOn <= today;
}

/**
 * A goal's progress on a day (YYYY-MM-DD). `goalProgress([{ status: "done", dueOn: "2026-01-01" },
 * { status: "planned", dueOn: "2026-12-31" }], [], "2026-06-01")` → { activitiesDue: 1, activitiesDone: 1, … }.
 */
export function goalProgress(
  activities: readonly ActivityForProgress[],
  measures: readonly MeasureForProgress[],
  today: string,
): GoalProgress {
  let activitiesDue = 0;
  let activitiesDone = 0;
  for (const activity of activities) {
    if (!isActivityDue(activity, today)) continue;
    activitiesDue += 1;
    if (activity.status === "done") activitiesDone += 1;
  }
  let measuresWithValues = 0;
  let measuresOnTrack = 0;
  for (const { measure, values } of measures) {
    const onTrack = isMeasureOnTrack(measure, values);
    if (onTrack === null) continue;
    measuresWithValues += 1;
    if (onTrack) measuresOnTrack += 1;
  }
  return { activitiesDue, activitiesDone, measuresWithValues, measuresOnTrack };
}
