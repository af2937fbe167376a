import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumber, expectedOn, isMeasureOnTrack, isValueOnTrack, latestValue, measureProblems, type Measure } from "./measure.js";

const rising: Measure = { baselineValue: 0, baselineOn: "2026-01-01", targetValue: 10, targetOn: "2026-01-11", direction: "up" };
const falling: Measure = { baselineValue: 100, baselineOn: "2026-01-01", targetValue: 50, targetOn: "2026-01-11", direction: "down" };

describe("measureProblems", () => {
  it("accepts a target on the baseline date or after it", () => {
    expect(measureProblems(rising)).toEqual([]);
    expect(measureProblems({ ...rising, targetOn: rising.baselineOn })).toEqual([]);
  });

  it("refuses a target date before the baseline date, naming the target date", () => {
    expect(measureProblems({ ...rising, targetOn: "2025-12-31" })).toEqual([{ field: "targetOn", key: "targetBeforeBaseline" }]);
  });

  it("refuses values that are not finite numbers and a direction other than up or down", () => {
    expect(measureProblems({ ...rising, baselineValue: "12", targetValue: Number.NaN, direction: "sideways" })).toEqual([
      { field: "baselineValue", key: "number" },
      { field: "targetValue", key: "number" },
      { field: "direction", key: "oneOf" },
    ]);
    expect(measureProblems({ ...rising, targetValue: Number.POSITIVE_INFINITY })).toEqual([{ field: "targetValue", key: "number" }]);
  });
});

describe("expectedOn", () => {
  it("follows the straight line from baseline to target, across a month's end", () => {
    expect(expectedOn(rising, "2026-01-06")).toBe(5);
    expect(expectedOn({ ...rising, baselineOn: "2026-01-27", targetOn: "2026-02-06" }, "2026-02-01")).toBe(5);
  });

  it("holds the baseline before its date and the target after its date", () => {
    expect(expectedOn(rising, "2025-06-01")).toBe(0);
    expect(expectedOn(rising, "2026-01-01")).toBe(0);
    expect(expectedOn(rising, "2026-01-11")).toBe(10);
    expect(expectedOn(rising, "2027-01-01")).toBe(10);
  });

  it("jumps to the target on the day when baseline and target share a date", () => {
    const sameDay = { ...rising, targetOn: rising.baselineOn };
    expect(expectedOn(sameDay, "2025-12-31")).toBe(0);
    expect(expectedOn(sameDay, "2026-01-01")).toBe(10);
  });

  it("always lies between the baseline and target values", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: 0, max: 4000 }),
        fc.integer({ min: -100, max: 5000 }),
        (baseline, target, span, offset) => {
          const start = dayNumber("2020-01-01");
          const date = (day: number) => new Date((start + day) * 86_400_000).toISOString().slice(0, 10);
          const measure: Measure = {
            baselineValue: baseline,
            baselineOn: date(0),
            targetValue: target,
            targetOn: date(span),
            direction: "up",
          };
          const expected = expectedOn(measure, date(offset));
          expect(expected).toBeGreaterThanOrEqual(Math.min(baseline, target) - 1e-9);
          expect(expected).toBeLessThanOrEqual(Math.max(baseline, target) + 1e-9);
        },
      ),
    );
  });
});

describe("isValueOnTrack", () => {
  it("counts a value exactly on the line as on track, whichever the direction", () => {
    expect(isValueOnTrack(rising, { observedOn: "2026-01-06", value: 5 })).toBe(true);
    expect(isValueOnTrack(falling, { observedOn: "2026-01-06", value: 75 })).toBe(true);
  });

  it("wants a rising measure at or above the line and a falling one at or below it", () => {
    expect(isValueOnTrack(rising, { observedOn: "2026-01-06", value: 4.99 })).toBe(false);
    expect(isValueOnTrack(rising, { observedOn: "2026-01-06", value: 5.01 })).toBe(true);
    expect(isValueOnTrack(falling, { observedOn: "2026-01-06", value: 75.01 })).toBe(false);
    expect(isValueOnTrack(falling, { observedOn: "2026-01-06", value: 74.99 })).toBe(true);
  });

  it("compares a value after the target date with the target, and one before the baseline date with the baseline", () => {
    expect(isValueOnTrack(rising, { observedOn: "2026-03-01", value: 9 })).toBe(false);
    expect(isValueOnTrack(rising, { observedOn: "2026-03-01", value: 10 })).toBe(true);
    expect(isValueOnTrack(falling, { observedOn: "2025-12-01", value: 100 })).toBe(true);
    expect(isValueOnTrack(falling, { observedOn: "2025-12-01", value: 101 })).toBe(false);
  });

  it("is on track for one direction exactly when the mirrored measure is on track for the other", () => {
    fc.assert(
      fc.property(fc.integer({ min: -500, max: 500 }), fc.integer({ min: -20, max: 40 }), (value, day) => {
        const observedOn = new Date((dayNumber("2026-01-01") + day) * 86_400_000).toISOString().slice(0, 10);
        const mirrored: Measure = { ...rising, baselineValue: -rising.baselineValue, targetValue: -rising.targetValue, direction: "down" };
        expect(isValueOnTrack(rising, { observedOn, value })).toBe(isValueOnTrack(mirrored, { observedOn, value: -value }));
      }),
    );
  });
});

describe("isMeasureOnTrack", () => {
  it("is null without values and judges only the latest value by date", () => {
    expect(isMeasureOnTrack(rising, [])).toBeNull();
    const values = [
      { observedOn: "2026-01-09", value: 1 },
      { observedOn: "2026-01-03", value: 9 },
    ];
    expect(latestValue(values)).toEqual({ observedOn: "2026-01-09", value: 1 });
    expect(isMeasureOnTrack(rising, values)).toBe(false);
    expect(isMeasureOnTrack(rising, [...values, { observedOn: "2026-01-10", value: 9 }])).toBe(true);
  });
});
