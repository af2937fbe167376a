// The states of a plan activity. Any move between them is allowed (a plan is revised as it runs):
// what matters for progress is whether an activity is done, dropped, or still to be done.

export const ACTIVITY_STATUSES = ["planned", "under_way", "done", "dropped"] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

/** Whether the text names an activity status: `isActivityStatus("under_way")` → true. */
export function isActivityStatus(value: string): value is ActivityStatus {
  return (ACTIVITY_STATUSES as readonly string[]).includes(value);
}
