import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { percent, percentTenths, pointsBetween } from "./percent.js";

/** The exact rule on arbitrary-precision integers: 1000·part/whole as quotient and remainder, halves up. */
function referenceTenths(part: number, whole: number): number {
  if (whole === 0) return 0;
  const numerator = 1000n * BigInt(part);
  const quotient = numerator / BigInt(whole);
  const remainder = numerator % BigInt(whole);
  return Number(2n * remainder >= BigInt(whole) ? quotient + 1n : quotient);
}

describe("percent", () => {
  it("rounds to one decimal, halves up, as the study's tables print", () => {
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(1, 8)).toBe(12.5);
    expect(percent(26, 34)).toBe(76.5);
    expect(percent(1, 34)).toBe(2.9);
    expect(percent(38, 54)).toBe(70.4);
    expect(percent(34, 34)).toBe(100);
    expect(percent(0, 34)).toBe(0);
  });

  it("rounds exact halves of a tenth up where floating point would round them down", () => {
    // 23/80 = 28.75 %, 41/80 = 51.25 %, 1/2000 = 0.05 %, 7/16 = 43.75 %: all end in a 5 at the second decimal.
    expect(percent(23, 80)).toBe(28.8);
    expect(percent(41, 80)).toBe(51.3);
    expect(percent(1, 2000)).toBe(0.1);
    expect(percent(7, 16)).toBe(43.8);
    expect(percent(1, 2001)).toBe(0);
    expect(Math.round((23 / 80) * 100 * 10) / 10).toBe(28.7);
    expect(((23 / 80) * 100).toFixed(1)).toBe("28.7");
  });

  it("is 0 for an empty whole and refuses counts that are not whole and non-negative", () => {
    expect(percent(0, 0)).toBe(0);
    expect(() => percent(-1, 3)).toThrow(RangeError);
    expect(() => percent(1.5, 3)).toThrow(RangeError);
    expect(() => percent(1, Number.NaN)).toThrow(RangeError);
  });

  it("agrees with exact integer arithmetic for any counts", () => {
    const counts = fc
      .integer({ min: 1, max: 10_000_000 })
      .chain((whole) => fc.tuple(fc.integer({ min: 0, max: whole }), fc.constant(whole)));
    fc.assert(
      fc.property(counts, ([part, whole]) => {
        expect(percentTenths(part, whole)).toBe(referenceTenths(part, whole));
      }),
      { numRuns: 5_000 },
    );
  });

  it("prints as the rounded figure with one decimal, never more, and is within half a tenth of the true share", () => {
    const counts = fc.integer({ min: 1, max: 100_000 }).chain((whole) => fc.tuple(fc.integer({ min: 0, max: whole }), fc.constant(whole)));
    fc.assert(
      fc.property(counts, ([part, whole]) => {
        const shown = percent(part, whole);
        expect(String(shown)).toMatch(/^\d+(\.\d)?$/);
        expect(Math.abs(shown - (100 * part) / whole)).toBeLessThanOrEqual(0.05 + 1e-9);
      }),
    );
  });

  it("gives the gap in points from the rounded shares, so it matches the figures shown", () => {
    expect(pointsBetween(percentTenths(39, 53), percentTenths(37, 66))).toBe(17.5);
    expect(pointsBetween(358, 477)).toBe(-11.9);
    expect(pointsBetween(667, 667)).toBe(0);
  });
});
