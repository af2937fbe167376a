// The decision list: levels are tried highest first and the first whose condition holds is the type.
import { type IndicatorAnswers, type IndicatorKey, type Localized } from "./indicators.js";
import { holds, missingIndicators, supportingIndicators } from "./conditions.js";
import { describeShortfall, indicatorList, indicatorPhrase, inSentence, LANGUAGES, type Language } from "./phrasing.js";
import type { Rubric, RubricLevel, RubricRef } from "./rubric.js";

export type ReasonKind = "met" | "missing" | "incomplete";

export type Reason = {
  /** met: why the type holds; missing: what the next level up lacks; incomplete: answers counted as no. */
  kind: ReasonKind;
  level: string;
  indicators: IndicatorKey[];
  text: Localized;
};

export type Classification = {
  type: string;
  rubric: RubricRef;
  /** False when an indicator the rubric reads was not answered (and so counted as no). */
  complete: boolean;
  reasons: Reason[];
};

function localized(build: (language: Language) => string): Localized {
  const [en, fr] = LANGUAGES.map(build);
  return { en: en ?? "", fr: fr ?? "" };
}

function metReason(level: RubricLevel, answers: IndicatorAnswers, isFallback: boolean): Reason {
  const indicators = supportingIndicators(level.condition, answers);
  const text = localized((language) => {
    const label = inSentence(level.label[language]);
    if (isFallback) return language === "en" ? `${label}: no higher level applies` : `${label}\u00a0: aucun niveau supérieur ne s'applique`;
    const list = indicatorList(indicators, "and", language);
    return language === "en" ? `${label}: ${list}` : `${label}\u00a0: ${list}`;
  });
  return { kind: "met", level: level.key, indicators, text };
}

function missingReason(level: RubricLevel, answers: IndicatorAnswers): Reason {
  const text = localized((language) => {
    const label = inSentence(level.label[language]);
    const shortfall = describeShortfall(level.condition, answers, language);
    return language === "en" ? `not ${label}: ${shortfall}` : `niveau «\u00a0${label}\u00a0» non atteint\u00a0: ${shortfall}`;
  });
  return { kind: "missing", level: level.key, indicators: missingIndicators(level.condition, answers), text };
}

function incompleteReason(level: RubricLevel, unanswered: IndicatorKey[]): Reason {
  const text = localized((language) => {
    // Semicolons, because some indicator phrases hold commas of their own.
    const list = unanswered.map((key) => indicatorPhrase(key, language)).join(language === "en" ? "; " : "\u202f; ");
    return language === "en" ? `not answered, counted as no: ${list}` : `sans réponse, compté comme non\u00a0: ${list}`;
  });
  return { kind: "incomplete", level: level.key, indicators: unanswered, text };
}

/** Index of the first level whose condition holds; the fallback guarantees one does. */
function matchedIndex(rubric: Rubric, answers: IndicatorAnswers): number {
  const index = rubric.levels.findIndex((level) => holds(level.condition, answers));
  return index === -1 ? rubric.levels.length - 1 : index;
}

/**
 * Classifies answers with a rubric; not answered counts as no and makes the result incomplete, e.g.
 * classify({ shared_decision_making: true, responsible_implementation: true, reporting_results: true }, PARTNERSHIP_STUDY_RUBRIC).type === "collaboration".
 */
export function classify(answers: IndicatorAnswers, rubric: Rubric): Classification {
  const index = matchedIndex(rubric, answers);
  const level = rubric.levels[index];
  if (!level) throw new Error(`Rubric ${rubric.id} has no levels`);
  const reasons = [metReason(level, answers, index === rubric.levels.length - 1)];
  const above = rubric.levels[index - 1];
  if (above) reasons.push(missingReason(above, answers));
  const unanswered = rubric.indicators.filter((key) => answers[key] !== true && answers[key] !== false);
  if (unanswered.length > 0) reasons.push(incompleteReason(level, unanswered));
  return { type: level.key, rubric: { id: rubric.id, version: rubric.version }, complete: unanswered.length === 0, reasons };
}

/** A type's rank in its rubric, 0 for the fallback, or null for a type the rubric does not have, e.g. typeOrdinal(PARTNERSHIP_STUDY_RUBRIC, "cooperation") === 2. */
export function typeOrdinal(rubric: Rubric, type: string): number | null {
  const index = rubric.levels.findIndex((level) => level.key === type);
  return index === -1 ? null : rubric.levels.length - 1 - index;
}
