// Shares are shown as percentages with one decimal, rounded half up, the way the study's tables
// print them. Floating point gets some halves wrong: 23 / 80 * 100 is 28.749999999999996, so
// 23 of 80 would show as 28.7 instead of 28.8 (toFixed errs the same way). Everything is done on
// integers instead, which are exact for any count a database holds.

/**
 * A share in tenths of a percent, rounded half up; 0 when the whole is 0, e.g. percentTenths(2, 3) === 667.
 * Inputs are whole numbers with 0 <= part; the whole may be 0.
 */
export function percentTenths(part: number, whole: number): number {
  if (!Number.isSafeInteger(part) || !Number.isSafeInteger(whole) || part < 0 || whole < 0 || !Number.isSafeInteger(2000 * part + whole)) {
    throw new RangeError(`A share needs whole, non-negative counts (got ${part} of ${whole})`);
  }
  if (whole === 0) return 0;
  // round(1000 * part / whole) with halves up is floor((2000 * part + whole) / (2 * whole)).
  return Math.floor((2000 * part + whole) / (2 * whole));
}

/** A share as a percentage with one decimal, rounded half up, e.g. percent(1, 8) === 12.5 and percent(2, 3) === 66.7. */
export function percent(part: number, whole: number): number {
  return percentTenths(part, whole) / 10;
}

/** The difference of two shares in percentage points, from their tenths so that it matches the shown figures, e.g. pointsBetween(736, 561) === 17.5. */
export function pointsBetween(tenths: number, otherTenths: number): number {
  return (tenths - otherTenths) / 10;
}
