// The survey score an activity came from, as the plan shows it: "Prompted by {score} — {round label}".
// The score's title comes from the built-in instrument, or from the stored version the activity's query
// joined, so that reading the plan takes no statement more.
import { z } from "zod";
import type { Activity } from "../../../contracts/plan.js";
import { BUILT_IN_INSTRUMENTS } from "../../../domain/surveys/built-in/index.js";
import type { Localized } from "../../../domain/surveys/instrument.js";

const scoresOf = z.object({ scores: z.array(z.object({ key: z.string(), title: z.object({ en: z.string(), fr: z.string() }) })) });

type PromptColumns = {
  survey_round_id: string | null;
  survey_score_key: string | null;
  prompt_label: string | null;
  prompt_instrument_id: string | null;
  prompt_instrument_version: number | null;
  prompt_document: string | null;
};

function storedTitle(document: string, scoreKey: string): Localized | null {
  try {
    const parsed = scoresOf.safeParse(JSON.parse(document));
    return parsed.success ? (parsed.data.scores.find((score) => score.key === scoreKey)?.title ?? null) : null;
  } catch {
    return null;
  }
}

export function promptOf(row: PromptColumns): Activity["prompt"] {
  const { survey_round_id: roundId, survey_score_key: scoreKey, prompt_label: label, prompt_instrument_id: instrument } = row;
  if (roundId === null || scoreKey === null || label === null || instrument === null) return null;
  const builtIn = BUILT_IN_INSTRUMENTS.find(
    (candidate) => candidate.id === instrument && candidate.version === row.prompt_instrument_version,
  );
  const scoreTitle = builtIn
    ? (builtIn.scores.find((score) => score.key === scoreKey)?.title ?? null)
    : row.prompt_document !== null
      ? storedTitle(row.prompt_document, scoreKey)
      : null;
  return { roundId, scoreKey, scoreTitle, label, instrument };
}
