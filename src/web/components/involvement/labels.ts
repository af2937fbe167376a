import { findBuiltInRubric } from "../../../domain/typology/built-in-rubrics.js";
import { INDICATORS, type ProjectIndicatorKey } from "../../../domain/typology/indicators.js";
import type { Language } from "../../../contracts/vocabulary.js";

export const STANDARD_ROUNDS = ["baseline", "midterm", "final"] as const;

/** A type's name in the rubric that produced it; the bare key when the rubric is not a built-in one. */
export function typeLabel(type: string, rubric: { id: string; version: number }, language: Language): string {
  const level = findBuiltInRubric(rubric.id, rubric.version)?.levels.find((candidate) => candidate.key === type);
  return level ? level.label[language] : type;
}

export function indicatorLabel(key: ProjectIndicatorKey, language: Language): string {
  return INDICATORS[key].label[language];
}
