// Between indicator answers and their 0/1 columns, and between a classification and the columns
// that keep it as it was made.
import { z } from "zod";
import { PERSPECTIVES, type Perspective } from "../../../contracts/involvement.js";
import { reasonSchema, type ClassificationBody } from "../../../contracts/typology.js";
import { classify, typeOrdinal } from "../../../domain/typology/classify.js";
import { byProjectIndicator, type IndicatorAnswers, type ProjectIndicatorKey } from "../../../domain/typology/indicators.js";
import type { Rubric } from "../../../domain/typology/rubric.js";
import type { IndicatorColumns, InvolvementRecordRow } from "../../db/schema.js";
import { storedKey } from "../partnerships/stored-keys.js";

function toFlag(answer: boolean | null | undefined): number | null {
  return answer === true ? 1 : answer === false ? 0 : null;
}

function fromFlag(flag: number | null): boolean | null {
  return flag === null ? null : flag === 1;
}

export function indicatorColumns(answers: IndicatorAnswers): IndicatorColumns {
  return byProjectIndicator((key) => toFlag(answers[key]));
}

export function answersOf(row: IndicatorColumns): Record<ProjectIndicatorKey, boolean | null> {
  return byProjectIndicator((key) => fromFlag(row[key]));
}

export type ClassificationColumns = Pick<
  InvolvementRecordRow,
  "type" | "type_ordinal" | "rubric_id" | "rubric_version" | "complete" | "reasons" | "classified_at"
>;

/** Classifies answers and gives the columns that keep the result, with the rubric version that produced it. */
export function storedClassification(rubric: Rubric, answers: IndicatorAnswers, at: string): ClassificationColumns {
  const result = classify(answers, rubric);
  const ordinal = typeOrdinal(rubric, result.type);
  if (ordinal === null) throw new Error(`Rubric ${rubric.id} classified into ${result.type}, which is not one of its levels`);
  return {
    type: result.type,
    type_ordinal: ordinal,
    rubric_id: result.rubric.id,
    rubric_version: result.rubric.version,
    complete: result.complete ? 1 : 0,
    reasons: JSON.stringify(result.reasons),
    classified_at: at,
  };
}

/**
 * The columns saving a perspective's answers writes: who answered and when, the answers, and their
 * classification under the rubric. The API and imports both save through here, so they classify alike.
 */
export function answeredFields(
  rubric: Rubric,
  input: { respondent?: string | null; answeredOn?: string | null; indicators: IndicatorAnswers },
  at: string,
) {
  return {
    respondent: input.respondent ?? null,
    answered_on: input.answeredOn ?? null,
    ...indicatorColumns(input.indicators),
    ...storedClassification(rubric, input.indicators, at),
    updated_at: at,
  };
}

const storedReasonsSchema = z.array(reasonSchema);

function parsedJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export function presentStoredClassification(row: ClassificationColumns): ClassificationBody & { classifiedAt: string } {
  // The reasons were written by storedClassification; should a row have been edited by hand, the
  // type still shows, without its explanation, rather than the whole list failing.
  const reasons = storedReasonsSchema.safeParse(parsedJson(row.reasons));
  return {
    type: row.type,
    rubric: { id: row.rubric_id, version: row.rubric_version },
    complete: row.complete === 1,
    reasons: reasons.success ? reasons.data : [],
    classifiedAt: row.classified_at,
  };
}

export function storedPerspective(value: string): Perspective {
  const perspective = storedKey(PERSPECTIVES, value);
  if (!perspective) throw new Error(`Unknown perspective "${value}" in an involvement record`);
  return perspective;
}
