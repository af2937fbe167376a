// Suggestions and decided steps as the API shows them, each with what the caller may do.
import type { ActionStep, Suggestion } from "../../../contracts/action-steps.js";
import type { LibrarySuggestion, SuggestionRowInput } from "../../../domain/surveys/suggestion-library.js";
import type { StepRow, SuggestionRow } from "./repository.js";

export function suggestionInput(row: SuggestionRow): SuggestionRowInput {
  return {
    id: row.id,
    builtInKey: row.built_in_key,
    instrument: row.instrument_id,
    score: row.score_key,
    text: { en: row.text_en, fr: row.text_fr },
    hidden: Number(row.hidden) === 1,
    position: row.position,
    version: row.version,
  };
}

export function presentSuggestion(suggestion: LibrarySuggestion, manages: boolean): Suggestion {
  return {
    key: suggestion.key,
    instrument: suggestion.instrument,
    score: suggestion.score,
    text: suggestion.text,
    builtIn: suggestion.builtIn,
    edited: suggestion.edited,
    hidden: suggestion.hidden,
    position: suggestion.position,
    version: suggestion.version,
    abilities: { update: manages, delete: manages && !suggestion.hidden },
  };
}

export function presentStep(row: StepRow): ActionStep {
  return {
    id: row.id,
    roundId: row.round_id,
    scoreKey: row.score_key,
    suggestionKey: row.suggestion_key,
    text: row.text,
    status: row.status === "accepted" ? "accepted" : "dismissed",
    activity:
      row.activity_id !== null && row.activity_title !== null
        ? { id: row.activity_id, title: row.activity_title, dueOn: row.activity_due_on, status: row.activity_status ?? "planned" }
        : null,
    decidedBy: row.created_by !== null && row.decided_by_name !== null ? { id: row.created_by, name: row.decided_by_name } : null,
    decidedAt: row.created_at,
    version: row.version,
  };
}
