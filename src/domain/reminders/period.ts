// The calendar arithmetic reminders are keyed and timed by, in UTC: a reminder's period is a fact of
// the moment it is computed for, never of the machine's clock or time zone.

/** The UTC date of an instant, e.g. dayOf(new Date("2026-12-01T23:30:00Z")) === "2026-12-01". */
export function dayOf(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

/** A date moved by whole days, e.g. addDays("2026-12-30", 3) === "2027-01-02". */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * The ISO 8601 week of a date: weeks start on Monday and week 1 holds the year's first Thursday, so the
 * days around New Year may belong to the other year's week.
 * @example isoWeek("2026-12-01") === "2026-W49"; isoWeek("2027-01-01") === "2026-W53"
 */
export function isoWeek(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const weekday = date.getUTCDay() === 0 ? 7 : date.getUTCDay();
  // The Thursday of the same week decides the year.
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const year = date.getUTCFullYear();
  const week = Math.floor((date.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 / 7) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** Whole days from one date to another, e.g. daysBetween("2026-12-01", "2026-12-04") === 3. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
