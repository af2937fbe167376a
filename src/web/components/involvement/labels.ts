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
 * One colour per type of the continuum, wherever types are drawn, from the Okabe–Ito palette that
 * readers with any common colour-vision deficiency tell apart: neighbouring types differ in hue and in
 * lightness (grey, sky blue, orange, bluish green, blue), so no two adjacent segments look alike.
 * `text` is the colour that stays legible on top of it (4.5:1 or more).
 */
export const TYPE_COLORS: Record<ContinuumType, { fill: string; text: string }> = {
  none: { fill: "#dee2e6", text: "#1a1b1e" },
  consultation: { fill: "#56b4e9", text: "#1a1b1e" },
  cooperation: { fill: "#e69f00", text: "#1a1b1e" },
  coordination: { fill: "#009e73", text: "#1a1b1e" },
  collaboration: { fill: "#0072b2", text: "#ffffff" },
};

/** The two perspectives, in Okabe–Ito blue and orange: apart in hue and in lightness. */
export const PERSPECTIVE_COLORS: Record<Perspective, string> = { lead: "#0072b2", partner: "#e69f00" };

/** A continuum type's name from the built-in project rubric, e.g. continuumTypeLabel("none", "fr") === "Aucun". */
export function continuumTypeLabel(type: ContinuumType, language: Language): string {
  return PARTNERSHIP_STUDY_RUBRIC.levels.find((level) => level.key === type)?.label[language] ?? type;
}

/** An indicator as a short noun phrase, capitalised, for chart axes: "Copy of the proposal". */
export function indicatorShortLabel(key: ProjectIndicatorKey, language: Language): string {
  const phrase = INDICATORS[key].phrase[language];
  return phrase.charAt(0).toLocaleUpperCase(language) + phrase.slice(1);
}
