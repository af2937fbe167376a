// Anonymity: a figure is shown only when at least the round's threshold of submitted responses stands
// behind it. One rule, for opening a round as for reading its results: the program sets the threshold
// (3 unless it says more) and it is the floor; a round may ask for more, never for less; and no
// threshold is ever below 3.

/** Never fewer than this many submitted responses behind a figure that is shown. */
export const MIN_THRESHOLD = 3;

/**
 * A round's threshold: the program's, or the one asked for when it is higher; never below 3.
 * @example effectiveThreshold(3, 5) === 5; effectiveThreshold(4, 3) === 4; effectiveThreshold(2) === 3
 */
export function effectiveThreshold(programThreshold: number, requested?: number | null): number {
  return Math.max(MIN_THRESHOLD, programThreshold, requested ?? 0);
}

/**
 * Whether a figure with this many responses behind it is withheld.
 * @example isWithheld(2, 3) === true; isWithheld(3, 3) === false
 */
export function isWithheld(responses: number, threshold: number): boolean {
  return responses < Math.max(MIN_THRESHOLD, threshold);
}
