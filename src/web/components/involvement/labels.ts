import type { Perspective } from "../../../contracts/involvement.js";
import type { ContinuumType } from "../../../domain/reports/typology-report.js";
import { PARTNERSHIP_STUDY_RUBRIC } from "../../../domain/typology/built-in-rubrics.js";
import { INDICATORS, type ProjectIndicatorKey } from "../../../domain/typology/indicators.js";
import type { Language } from "../../../domain/vocabulary.js";

export const STANDARD_ROUNDS = ["baseline", "midterm", "final"] as const;
export type StandardRound = (typeof STANDARD_ROUNDS)[number];

export function isStandardRound(round: string): round is StandardRound {
  return STANDARD_ROUNDS.some((standard) => standard === round);
}

export function indicatorLabel(key: ProjectIndicatorKey, language: Language): string {
  return INDICATORS[key].label[language];
}

/**
 * One colour per type of the continuum, wherever types are drawn: a single-hue sequential scale from
 * light ("none") to dark ("collaboration"), so the order still reads in greyscale or printed.
 * `text` is the colour that stays legible on top of it.
 */
export const TYPE_COLORS: Record<ContinuumType, { fill: string; text: string }> = {
  none: { fill: "#e9ecef", text: "#1a1b1e" },
  consultation: { fill: "#a5d8ff", text: "#1a1b1e" },
  cooperation: { fill: "#4dabf7", text: "#1a1b1e" },
  coordination: { fill: "#1864ab", text: "#ffffff" },
  collaboration: { fill: "#0b2e59", text: "#ffffff" },
};

/** The two perspectives, told apart by hue and by lightness. */
export const PERSPECTIVE_COLORS: Record<Perspective, string> = { lead: "#0b2e59", partner: "#f59f00" };

/** A continuum type's name from the built-in project rubric, e.g. continuumTypeLabel("none", "fr") === "Aucun". */
export function continuumTypeLabel(type: ContinuumType, language: Language): string {
  return PARTNERSHIP_STUDY_RUBRIC.levels.find((level) => level.key === type)?.label[language] ?? type;
}

/** An indicator as a short noun phrase, capitalised, for chart axes: "Copy of the proposal". */
export function indicatorShortLabel(key: ProjectIndicatorKey, language: Language): string {
  const phrase = INDICATORS[key].phrase[language];
  return phrase.charAt(0).toLocaleUpperCase(language) + phrase.slice(1);
}
