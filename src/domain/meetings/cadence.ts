// How often a partnership means to meet, and whether it has kept to it. Times are UTC instants
// (ISO 8601); months are calendar months, clamped to the last day of a shorter month.

export const MEETING_CADENCES = ["weekly", "fortnightly", "monthly", "bimonthly", "quarterly"] as const;
export type MeetingCadence = (typeof MEETING_CADENCES)[number];

/** The interval between two meetings, and the grace allowed past it before the cadence counts as not kept. */
export const CADENCE_RULES: Readonly<Record<MeetingCadence, { days: number; months: number; graceDays: number }>> = {
  weekly: { days: 7, months: 0, graceDays: 2 },
  fortnightly: { days: 14, months: 0, graceDays: 3 },
  monthly: { days: 0, months: 1, graceDays: 7 },
  bimonthly: { days: 0, months: 2, graceDays: 10 },
  quarterly: { days: 0, months: 3, graceDays: 14 },
};

export type MeetingTimes = { readonly startsAt: string; readonly status: "scheduled" | "cancelled" };

const DAY_MS = 86_400_000;

function addMonths(instant: Date, months: number): Date {
  const result = new Date(instant.getTime());
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}

/**
 * The latest instant the meeting after one held at `from` may start for the cadence to be kept: one
 * interval and the grace later.
 * @example latestNextStart("monthly", "2026-01-31T18:00:00.000Z") → "2026-03-07T18:00:00.000Z"
 */
export function latestNextStart(cadence: MeetingCadence, from: string): string {
  const rule = CADENCE_RULES[cadence];
  const interval = addMonths(new Date(from), rule.months).getTime() + rule.days * DAY_MS;
  return new Date(interval + rule.graceDays * DAY_MS).toISOString();
}

const compare = (a: string, b: string) => new Date(a).getTime() - new Date(b).getTime();
const isHeld = (meeting: MeetingTimes, asOf: string) => meeting.status === "scheduled" && compare(meeting.startsAt, asOf) <= 0;

/** The last meeting held (not cancelled, started at or before `asOf`), if any. */
export function lastHeldMeeting<M extends MeetingTimes>(meetings: readonly M[], asOf: string): M | null {
  let last: M | null = null;
  for (const meeting of meetings) {
    if (isHeld(meeting, asOf) && (last === null || compare(meeting.startsAt, last.startsAt) > 0)) last = meeting;
  }
  return last;
}

/** The next meeting: the first not cancelled that starts after `asOf`, if any. */
export function nextMeeting<M extends MeetingTimes>(meetings: readonly M[], asOf: string): M | null {
  let next: M | null = null;
  for (const meeting of meetings) {
    if (meeting.status !== "scheduled" || compare(meeting.startsAt, asOf) <= 0) continue;
    if (next === null || compare(meeting.startsAt, next.startsAt) < 0) next = meeting;
  }
  return next;
}

/** Why a cadence is not kept: the last meeting is too long ago, no meeting is scheduled, or the next one comes too late. */
export type CadenceProblem = "lastTooOld" | "noNextMeeting" | "nextTooLate";
export type CadenceCheck =
  | { readonly kept: true; readonly nextDueBy: string }
  | { readonly kept: false; readonly problem: CadenceProblem; readonly nextDueBy: string };

/**
 * Whether a partnership keeps its cadence at `asOf`. The next meeting is due by one interval plus the
 * grace after the last meeting held (or after `asOf` when none has been held yet). The cadence is kept
 * when that moment has not passed and a meeting not cancelled is scheduled after `asOf` and no later
 * than it; both bounds are inclusive.
 * @example checkCadence("monthly", [{ startsAt: "2026-01-10T18:00:00Z", status: "scheduled" }], "2026-03-01T00:00:00Z") → { kept: false, problem: "lastTooOld", … }
 */
export function checkCadence(cadence: MeetingCadence, meetings: readonly MeetingTimes[], asOf: string): CadenceCheck {
  const last = lastHeldMeeting(meetings, asOf);
  const nextDueBy = latestNextStart(cadence, last?.startsAt ?? asOf);
  if (compare(asOf, nextDueBy) > 0) return { kept: false, problem: "lastTooOld", nextDueBy };
  const next = nextMeeting(meetings, asOf);
  if (next === null) return { kept: false, problem: "noNextMeeting", nextDueBy };
  if (compare(next.startsAt, nextDueBy) > 0) return { kept: false, problem: "nextTooLate", nextDueBy };
  return { kept: true, nextDueBy };
}
