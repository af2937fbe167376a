// A measure of an objective: what is counted, from a baseline (value and date) to a target (value and
// date), and which way is better. A value observed on a date is on track when it is at least as good
// as the straight line from the baseline to the target at that date: before the baseline date the line
// is the baseline value, after the target date it is the target value. "As good as" follows the
// direction: for "up" the value is on track when it is ≥ the line, for "down" when it is ≤ it. A value
// exactly on the line is on track.

export const MEASURE_DIRECTIONS = ["up", "down"] as const;
export type MeasureDirection = (typeof MEASURE_DIRECTIONS)[number];

export type Measure = {
  baselineValue: number;
  /** YYYY-MM-DD */
  baselineOn: string;
  targetValue: number;
  /** YYYY-MM-DD, on or after baselineOn */
  targetOn: string;
  direction: MeasureDirection;
};

export type MeasureValue = { observedOn: string; value: number };

export type MeasureProblem = {
  field: "baselineValue" | "targetValue" | "targetOn" | "direction";
  key: "number" | "targetBeforeBaseline" | "oneOf";
};

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a YYYY-MM-DD date: `dayNumber("1970-01-02")` → 1. */
export function dayNumber(date: string): number {
  const [year, month, day] = date.split("-").map(Number);
  return Math.round(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1) / DAY_MS);
}

/**
 * What is wrong with a measure, field by field (none when it is valid): values must be finite numbers,
 * the target date on or after the baseline date, the direction up or down.
 * `measureProblems({ …, baselineOn: "2026-03-01", targetOn: "2026-01-01" })` → [{ field: "targetOn", … }].
 */
export function measureProblems(measure: {
  baselineValue: unknown;
  baselineOn: string;
  targetValue: unknown;
  targetOn: string;
  direction: string;
}): MeasureProblem[] {
  const problems: MeasureProblem[] = [];
  if (typeof measure.baselineValue !== "number" || !Number.isFinite(measure.baselineValue))
    problems.push({ field: "baselineValue", key: "number" });
  if (typeof measure.targetValue !== "number" || !Number.isFinite(measure.targetValue))
    problems.push({ field: "targetValue", key: "number" });
  if (measure.targetOn < measure.baselineOn) problems.push({ field: "targetOn", key: "targetBeforeBaseline" });
  if (!(MEASURE_DIRECTIONS as readonly string[]).includes(measure.direction)) problems.push({ field: "direction", key: "oneOf" });
  return problems;
}

/**
 * The value the straight line from baseline to target gives on a date, held at the baseline before it
 * and at the target after it. `expectedOn({ baselineValue: 0, baselineOn: "2026-01-01", targetValue: 10,
 * targetOn: "2026-01-11", … }, "2026-01-06")` → 5.
 */
export function expectedOn(measure: Measure, date: string): number {
  const start = dayNumber(measure.baselineOn);
  const end = dayNumber(measure.targetOn);
  const day = dayNumber(date);
  if (day <= start) return day < end ? measure.baselineValue : measure.targetValue;
  if (day >= end) return measure.targetValue;
  return measure.baselineValue + ((measure.targetValue - measure.baselineValue) * (day - start)) / (end - start);
}

/** Whether a value observed on a date is on track (at least as good as the line that day). */
export function isValueOnTrack(measure: Measure, value: MeasureValue): boolean {
  const expected = expectedOn(measure, value.observedOn);
  return measure.direction === "up" ? value.value >= expected : value.value <= expected;
}

/** The latest of the values by date, or null when there is none. */
export function latestValue<V extends MeasureValue>(values: readonly V[]): V | null {
  let latest: V | null = null;
  for (const value of values) if (latest === null || value.observedOn > latest.observedOn) latest = value;
  return latest;
}

/**
 * Whether the measure is on track: its latest value against the line at that value's date; null when
 * it has no value yet (a measure without values is neither on track nor off it).
 */
export function isMeasureOnTrack(measure: Measure, values: readonly MeasureValue[]): boolean | null {
  const latest = latestValue(values);
  return latest === null ? null : isValueOnTrack(measure, latest);
}
