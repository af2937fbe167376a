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
