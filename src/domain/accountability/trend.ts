// The figures month by month over the last year, each as of its last day, so a member's record can be
// seen rising or falling.
import { figuresAt, type Figures } from "./figures.js";
import { commitmentAt, type CommitmentHistory } from "./history.js";

/** Months a trend covers, the month of D included. */
export const TREND_MONTHS = 12;

export type TrendPoint = { month: string; asOf: string; figures: Figures };

function lastDayOf(year: number, monthIndex: number): string {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).toISOString().slice(0, 10);
}

/**
 * The days a trend reads the figures on: the last day of each of the eleven months before D's, then D
 * itself, e.g. trendDays("2026-03-15")[10] === "2026-02-28" and trendDays("2026-03-15")[11] === "2026-03-15".
 */
export function trendDays(day: string): Array<{ month: string; asOf: string }> {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7)) - 1;
  const days: Array<{ month: string; asOf: string }> = [];
  for (let back = TREND_MONTHS - 1; back >= 1; back -= 1) {
    const asOf = lastDayOf(year, month - back);
    days.push({ month: asOf.slice(0, 7), asOf });
  }
  days.push({ month: day.slice(0, 7), asOf: day });
  return days;
}

/** The figures of a set of commitments at the end of each month of the year up to D (D for its own month). */
export function trendOf(histories: readonly CommitmentHistory[], day: string): TrendPoint[] {
  return trendDays(day).map(({ month, asOf }) => ({
    month,
    asOf,
    figures: figuresAt(
      histories.flatMap((history) => {
        const at = commitmentAt(history, asOf);
        return at ? [at] : [];
      }),
      asOf,
    ),
  }));
}
