import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FIRST_WAIT_MS, isAddressBlocked, LONGEST_WAIT_MS, signInWaitMs } from "./throttle.js";

describe("how sign-in attempts are held back", () => {
  it.each([
    [0, 10, 0],
    [9, 10, 0],
    [10, 10, FIRST_WAIT_MS],
    [11, 10, 2 * FIRST_WAIT_MS],
    [12, 10, 4 * FIRST_WAIT_MS],
    [13, 10, 8 * FIRST_WAIT_MS],
    [14, 10, LONGEST_WAIT_MS],
    [1_000_000, 10, LONGEST_WAIT_MS],
  ])("waits after %i failures with %i allowed: %i ms", (failures, allowed, wait) => {
    expect(signInWaitMs(failures, allowed)).toBe(wait);
  });

  it("never waits less after more failures, and never longer than the longest wait", () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.nat(100), fc.integer({ min: 1, max: 1000 }), (failures, more, allowed) => {
        const wait = signInWaitMs(failures, allowed);
        expect(signInWaitMs(failures + more, allowed)).toBeGreaterThanOrEqual(wait);
        expect(wait).toBeLessThanOrEqual(LONGEST_WAIT_MS);
      }),
    );
  });

  it("refuses a client address once it has used up its failures, not before", () => {
    expect(isAddressBlocked(49, 50)).toBe(false);
    expect(isAddressBlocked(50, 50)).toBe(true);
  });
});
