// Calendar arithmetic for the demo portfolio, in UTC, producing YYYY-MM-DD text.

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The given day of the month `months` after (or, if negative, before) the month of `from`.
 * @example dayOfMonth(new Date("2026-11-22"), -2, 1) === "2026-09-01"
 */
export function dayOfMonth(from: Date, months: number, day: number): string {
  return isoDate(new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + months, Math.min(Math.max(day, 1), 28))));
}

/**
 * The same day `months` earlier, clamped to the 28th so that every month has it.
 * @example monthsBefore(new Date("2026-11-22"), 3) === "2026-08-22"
 */
export function monthsBefore(from: Date, months: number): string {
  return dayOfMonth(from, -months, from.getUTCDate());
}

/**
 * The last day of a term of `months` that starts on `start` (YYYY-MM-01).
 * @example endOfTerm("2026-01-01", 12) === "2026-12-31"
 */
export function endOfTerm(start: string, months: number): string {
  const first = new Date(`${start}T00:00:00Z`);
  return isoDate(new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + months, 0)));
}

/**
 * The day `days` after (or, if negative, before) `from`.
 * @example daysFrom(new Date("2026-11-22"), -30) === "2026-10-23"
 */
export function daysFrom(from: Date, days: number): string {
  return isoDate(new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate() + days)));
}

/**
 * The `week`th `weekday` (0 Sunday … 6 Saturday) of the month `months` after (or before) the month of `from`.
 * @example nthWeekday(new Date("2026-11-22"), 0, 2, 2) === "2026-11-10"
 */
export function nthWeekday(from: Date, months: number, weekday: number, week: number): string {
  const first = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + months, 1));
  const offset = (weekday - first.getUTCDay() + 7) % 7;
  return isoDate(new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1 + offset + 7 * (week - 1))));
}
