// From results to action: refusals, the goal and objective an accepted step lands in.
// Spread into en.ts and fr.ts, whose test checks the keys and placeholders match.
import type { Message } from "./types.js";

export const actionStepsEn = {
  "actionSteps.libraryForbidden": "Only administrators may change the library of suggested action steps",
  "actionSteps.decideForbidden": "You may not decide this partnership's action steps",
  "actionSteps.noSuchScore": "is not a score of this round's instrument",
  "actionSteps.scoreWithheld": "has no figure yet: too few responses stand behind it",
  "actionSteps.noSuchSuggestion": "is not a suggestion for this score",
  "actionSteps.textNeeded": "is needed when no suggestion is named",
  "actionSteps.alreadyDecided": "This suggestion was already decided for this round",
  "actionSteps.inPlan": "This step is in the partnership's plan and cannot be dismissed here: change or close its activity in the plan",
  "actionSteps.objectiveNotInPlan": "is not an objective of this partnership's plan",
  "actionSteps.noSuchInstrument": "is not a known instrument",
  "actionSteps.healthGoal": "Partnership health",
  "audit.entity.action_suggestion": "Suggested action step",
  "audit.entity.survey_action_step": "Action step",
} satisfies Record<string, Message>;

export const actionStepsFr: Record<keyof typeof actionStepsEn, Message> = {
  "actionSteps.libraryForbidden": "Seuls les administrateurs peuvent modifier la bibliothèque de mesures suggérées",
  "actionSteps.decideForbidden": "Vous ne pouvez pas décider des mesures de ce partenariat",
  "actionSteps.noSuchScore": "n’est pas un score de l’instrument de cette vague",
  "actionSteps.scoreWithheld": "n’a pas encore de résultat\u00a0: trop peu de réponses le soutiennent",
  "actionSteps.noSuchSuggestion": "n’est pas une suggestion pour ce score",
  "actionSteps.textNeeded": "est requis quand aucune suggestion n’est nommée",
  "actionSteps.alreadyDecided": "Cette suggestion a déjà fait l’objet d’une décision pour cette vague",
  "actionSteps.inPlan":
    "Cette mesure figure dans le plan du partenariat et ne peut pas être écartée ici\u00a0: modifiez ou clôturez son activité dans le plan",
  "actionSteps.objectiveNotInPlan": "n’est pas un objectif du plan de ce partenariat",
  "actionSteps.noSuchInstrument": "n’est pas un instrument connu",
  "actionSteps.healthGoal": "Santé du partenariat",
  "audit.entity.action_suggestion": "Mesure suggérée",
  "audit.entity.survey_action_step": "Mesure",
};
