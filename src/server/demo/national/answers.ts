// Indicator answers that a given type follows from under the built-in rubric, with the other
// answers drawn at the rates the study reported. The rubric is a decision list, so an answer set is
// adjusted until exactly the wanted level is the first to hold: what the level needs is set to yes,
// and whatever would lift it a level higher is set to no.
import type { ContinuumType } from "../../../domain/reports/typology-report.js";
import { byProjectIndicator, PROJECT_INDICATOR_KEYS, type ProjectIndicatorKey } from "../../../domain/typology/indicators.js";
import { UNANSWERED_RATE, YES_RATES, type Perspective } from "./distributions.js";
import type { Random } from "./random.js";

export type Answers = Record<ProjectIndicatorKey, boolean | null>;

const COORDINATION: readonly ProjectIndicatorKey[] = [
  "developed_protocols",
  "shared_decision_making",
  "coordinated_activities",
  "responsible_implementation",
];
const COOPERATION: readonly ProjectIndicatorKey[] = [
  "proposal_committee",
  "planned_implementation",
  "financial_resources",
  "human_resources",
  "inkind_resources",
  "reporting_results",
  "fiscal_management",
];
const CONSULTATION: readonly ProjectIndicatorKey[] = ["proposal_copy", "support_letter"];

// Closer partners report more of everything; more distant ones less.
const RATE_FACTOR: Record<ContinuumType, number> = {
  none: 0,
  consultation: 0.5,
  cooperation: 0.75,
  coordination: 0.95,
  collaboration: 1.1,
};

function drawn(random: Random, perspective: Perspective, level: ContinuumType): Answers {
  return byProjectIndicator((key) => random.chance(Math.min(0.97, YES_RATES[perspective][key] * RATE_FACTOR[level])));
}

function setAll(answers: Answers, keys: readonly ProjectIndicatorKey[], value: boolean): void {
  for (const key of keys) answers[key] = value;
}

function anyYes(answers: Answers, keys: readonly ProjectIndicatorKey[]): boolean {
  return keys.some((key) => answers[key] === true);
}

/** One of the keys, drawn in proportion to how often it is answered yes. */
function likelyKey(random: Random, perspective: Perspective, keys: readonly ProjectIndicatorKey[]): ProjectIndicatorKey {
  const index = random.weighted(keys.map((key) => YES_RATES[perspective][key]));
  return keys[index] ?? random.pick(keys);
}

function isCollaboration(answers: Answers): boolean {
  return (
    answers.shared_decision_making === true &&
    answers.responsible_implementation === true &&
    (answers.reporting_results === true || answers.fiscal_management === true)
  );
}

function shapeTo(answers: Answers, random: Random, perspective: Perspective, level: ContinuumType): void {
  switch (level) {
    case "collaboration":
      answers.shared_decision_making = true;
      answers.responsible_implementation = true;
      if (!answers.reporting_results && !answers.fiscal_management)
        answers[likelyKey(random, perspective, ["reporting_results", "fiscal_management"])] = true;
      return;
    case "coordination":
      if (!anyYes(answers, COORDINATION)) answers[likelyKey(random, perspective, COORDINATION)] = true;
      // Short of collaboration: the partner decides with the lead or carries part of the work, not both.
      if (isCollaboration(answers)) answers[random.chance(0.5) ? "shared_decision_making" : "responsible_implementation"] = false;
      return;
    case "cooperation":
      setAll(answers, COORDINATION, false);
      if (!anyYes(answers, COOPERATION) && !(answers.proposal_copy && answers.support_letter))
        answers[likelyKey(random, perspective, COOPERATION)] = true;
      return;
    case "consultation":
      setAll(answers, [...COORDINATION, ...COOPERATION], false);
      if (answers.proposal_copy && answers.support_letter) answers[random.chance(0.5) ? "proposal_copy" : "support_letter"] = false;
      if (!anyYes(answers, CONSULTATION)) answers[likelyKey(random, perspective, CONSULTATION)] = true;
      return;
    case "none":
      setAll(answers, PROJECT_INDICATOR_KEYS, false);
  }
}

/**
 * Answers from one perspective that the built-in rubric classifies as `level`. A few no answers are
 * left unanswered instead, which the rubric also reads as no: the type stays, the record is incomplete.
 */
export function answersFor(random: Random, perspective: Perspective, level: ContinuumType): Answers {
  const answers = drawn(random, perspective, level);
  shapeTo(answers, random, perspective, level);
  for (const key of PROJECT_INDICATOR_KEYS) if (answers[key] === false && random.chance(UNANSWERED_RATE)) answers[key] = null;
  return answers;
}
