// Reads a condition out of an untrusted JSON value. Hand-written rather than a recursive union
// schema so that each problem names the exact place and says what is wrong there
// ("levels.1.condition.any.2: \"sharred\" is not a known indicator").
import type { ValidationMessage } from "../validation.js";
import { isIndicatorKey, type IndicatorKey } from "./indicators.js";
import type { Condition } from "./rubric.js";

export type Problem = { path: (string | number)[] } & ValidationMessage;

const MAX_DEPTH = 8;
const MAX_PARTS = 64;

type Context = { listed: ReadonlySet<IndicatorKey>; problems: Problem[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function parseParts(value: unknown, path: (string | number)[], context: Context, depth: number): Condition[] | null {
  if (!Array.isArray(value) || value.length === 0) {
    context.problems.push({ path, key: "conditionParts" });
    return null;
  }
  if (value.length > MAX_PARTS) {
    context.problems.push({ path, key: "conditionTooManyParts", values: { count: MAX_PARTS } });
    return null;
  }
  const parts = value.map((part, index) => parseNode(part, [...path, index], context, depth + 1));
  return parts.every((part): part is Condition => part !== null) ? parts : null;
}

function parseIndicator(value: string, path: (string | number)[], context: Context): Condition | null {
  if (!isIndicatorKey(value)) {
    context.problems.push({ path, key: "unknownIndicator", values: { indicator: value } });
    return null;
  }
  if (!context.listed.has(value)) {
    context.problems.push({ path, key: "indicatorNotListed", values: { indicator: value } });
    return null;
  }
  return value;
}

function parseCombination(value: Record<string, unknown>, path: (string | number)[], context: Context, depth: number): Condition | null {
  const keys = Object.keys(value).sort().join(",");
  if (keys === "all") {
    const parts = parseParts(value.all, [...path, "all"], context, depth);
    return parts && { all: parts };
  }
  if (keys === "any") {
    const parts = parseParts(value.any, [...path, "any"], context, depth);
    return parts && { any: parts };
  }
  if (keys === "atLeast,of") {
    const parts = parseParts(value.of, [...path, "of"], context, depth);
    const count = value.atLeast;
    if (typeof count !== "number" || !Number.isInteger(count) || count < 1) {
      context.problems.push({ path: [...path, "atLeast"], key: "atLeastCount" });
      return null;
    }
    if (parts && count > parts.length) {
      context.problems.push({ path: [...path, "atLeast"], key: "atLeastExceeds", values: { count: parts.length } });
      return null;
    }
    return parts && { atLeast: count, of: parts };
  }
  context.problems.push({ path, key: "conditionShape" });
  return null;
}

function parseNode(value: unknown, path: (string | number)[], context: Context, depth: number): Condition | null {
  if (depth > MAX_DEPTH) {
    context.problems.push({ path, key: "conditionTooDeep", values: { count: MAX_DEPTH } });
    return null;
  }
  if (value === "always" || value === true) {
    context.problems.push({ path, key: "alwaysWhole" });
    return null;
  }
  if (typeof value === "string") return parseIndicator(value, path, context);
  if (isRecord(value)) return parseCombination(value, path, context, depth);
  context.problems.push({ path, key: "conditionShape" });
  return null;
}

/**
 * Parses a level's condition, reporting problems with paths under `path`; "always" (or true) is
 * accepted only as the whole condition, e.g. parseCondition("consulted", new Set(["consulted"]), ["condition"], problems) === "consulted".
 */
export function parseCondition(
  value: unknown,
  listed: ReadonlySet<IndicatorKey>,
  path: (string | number)[],
  problems: Problem[],
): Condition | null {
  if (value === "always" || value === true) return "always";
  return parseNode(value, path, { listed, problems }, 0);
}
