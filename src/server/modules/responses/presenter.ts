import { z } from "zod";
import type { ResponseForm } from "../../../contracts/surveys.js";
import { PERSPECTIVES, type Answers, type Instrument, type SurveyPerspective } from "../../../domain/surveys/instrument.js";
import type { Language } from "../../../domain/vocabulary.js";
import { localizeInstrument } from "../../../domain/surveys/localize.js";
import type { RespondentRow } from "./repository.js";

const storedAnswersSchema = z.record(z.string(), z.union([z.number(), z.string(), z.array(z.string())]));

/** The answers column as written by this module; anything else reads as no answers rather than failing the form. */
export function storedAnswers(json: string | null | undefined): Answers {
  if (!json) return {};
  try {
    const parsed = storedAnswersSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

export function perspectiveOf(value: string | null): SurveyPerspective | null {
  return PERSPECTIVES.find((perspective) => perspective === value) ?? null;
}

export function languageOfRespondent(value: string): Language {
  return value === "fr" ? "fr" : "en";
}

/** The form a respondent sees: the round and who they answer for, never who else was asked or what they said. */
export function presentForm(row: RespondentRow, instrument: Instrument, language: Language): ResponseForm {
  const perspective = perspectiveOf(row.perspective);
  return {
    language,
    round: { label: row.label, closesOn: row.closes_on, threshold: row.threshold },
    partnership: { name: row.partnership_name },
    organization: { name: row.organization_name },
    perspective,
    about: row.about_name === null ? null : { name: row.about_name },
    respondent: { name: row.contact_name },
    instrument: localizeInstrument(instrument, language, perspective),
    answers: storedAnswers(row.answers),
    submittedAt: row.submitted_at,
    updatedAt: row.response_updated_at,
  };
}
