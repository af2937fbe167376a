// How sign-in attempts are held back. Failures are counted per email address and per client address in a
// window. A client address past its allowance is refused: that stops one client from trying passwords on
// many accounts. An email address past its allowance is only slowed down, never refused, so that nobody
// can lock its owner out by getting the password wrong on purpose: the right password still signs in.

/** The wait once an email address has had its allowance of failures; it doubles with each failure after. */
export const FIRST_WAIT_MS = 1_000;
/** The longest wait, so that the owner of an account under attack still signs in within a request's time. */
export const LONGEST_WAIT_MS = 10_000;

/**
 * How long an attempt for an email address waits before its password is checked, given the failures
 * already counted for that address in the window. The same for a right and a wrong password.
 * @example signInWaitMs(9, 10) → 0; signInWaitMs(10, 10) → 1000; signInWaitMs(12, 10) → 4000; signInWaitMs(50, 10) → 10000
 */
export function signInWaitMs(failures: number, allowed: number): number {
  if (failures < allowed) return 0;
  const doublings = Math.min(failures - allowed, 30);
  return Math.min(FIRST_WAIT_MS * 2 ** doublings, LONGEST_WAIT_MS);
}

/**
 * Whether a client address has used up its failures: its attempts are refused until the window ends.
 * @example isAddressBlocked(50, 50) → true; isAddressBlocked(49, 50) → false
 */
export function isAddressBlocked(failures: number, allowed: number): boolean {
  return failures >= allowed;
}
