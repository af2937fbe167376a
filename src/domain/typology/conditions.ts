// Evaluating a condition tree over answers, and finding which indicators decided the outcome.
import { isYes, type IndicatorAnswers, type IndicatorKey } from "./indicators.js";
import type { Condition } from "./rubric.js";

/** The parts of a combination, or none for a leaf, e.g. partsOf({ any: ["consulted", "joint_planning"] }) → both keys. */
export function partsOf(condition: Condition): Condition[] {
  if (typeof condition === "string") return [];
  return "all" in condition ? condition.all : "any" in condition ? condition.any : condition.of;
}

/** Whether a condition holds; unanswered indicators count as no, e.g. holds({ any: ["consulted"] }, { consulted: true }) === true. */
export function holds(condition: Condition, answers: IndicatorAnswers): boolean {
  if (condition === "always") return true;
  if (typeof condition === "string") return isYes(answers, condition);
  if ("all" in condition) return condition.all.every((part) => holds(part, answers));
  if ("any" in condition) return condition.any.some((part) => holds(part, answers));
  return condition.of.filter((part) => holds(part, answers)).length >= condition.atLeast;
}

function unique(keys: IndicatorKey[]): IndicatorKey[] {
  return [...new Set(keys)];
}

/**
 * The indicators answered yes that make a holding condition hold: every holding part counts, not
 * only the first, e.g. supportingIndicators({ any: ["consulted", "joint_planning"] }, { consulted: true, joint_planning: true }) → both.
 */
export function supportingIndicators(condition: Condition, answers: IndicatorAnswers): IndicatorKey[] {
  if (condition === "always") return [];
  if (typeof condition === "string") return isYes(answers, condition) ? [condition] : [];
  return unique(
    partsOf(condition)
      .filter((part) => holds(part, answers))
      .flatMap((part) => supportingIndicators(part, answers)),
  );
}

/**
 * The indicators not answered yes inside the failing parts of a condition: those that could make it
 * hold, e.g. missingIndicators({ all: ["consulted", "joint_planning"] }, { consulted: true }) → ["joint_planning"].
 */
export function missingIndicators(condition: Condition, answers: IndicatorAnswers): IndicatorKey[] {
  if (condition === "always") return [];
  if (typeof condition === "string") return isYes(answers, condition) ? [] : [condition];
  return unique(
    partsOf(condition)
      .filter((part) => !holds(part, answers))
      .flatMap((part) => missingIndicators(part, answers)),
  );
}
