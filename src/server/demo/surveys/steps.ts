// The action steps a demo coordinator decided on after a round: an accepted step is an activity in the
// plan, under the objective the coordinator chose, pointing back at the round and score that prompted
// it; a dismissed one is only the decision.
import { BUILT_IN_SUGGESTIONS } from "../../../domain/surveys/built-in/suggestions.js";
import { daysFrom } from "../dates.js";
import type { DemoSurveyRound, DemoSurveys } from "../portfolio/surveys-types.js";
import type { SurveyContext } from "./build.js";
import type { SurveyRows } from "./rows.js";

type Round = { spec: DemoSurveyRound; partnership: string; id: string };

export function actionStepRows(specs: readonly DemoSurveys[], rounds: readonly Round[], context: SurveyContext, rows: SurveyRows): void {
  const { today, at, newId, running } = context;
  for (const spec of specs) {
    const partnership = context.partnerships.get(spec.partnership);
    if (!partnership) throw new Error(`Demo surveys: "${spec.partnership}" is not a running partnership`);
    for (const step of spec.actionSteps) {
      const round = rounds.find(
        (candidate) =>
          candidate.partnership === spec.partnership &&
          candidate.spec.instrument === step.instrument &&
          candidate.spec.label === step.label,
      );
      const suggestion = BUILT_IN_SUGGESTIONS.find((candidate) => candidate.key === step.suggestion);
      if (!round || !suggestion || suggestion.instrument !== step.instrument) {
        throw new Error(`Demo action step "${step.suggestion}": no such round or suggestion in ${spec.partnership}`);
      }
      const decidedOn = daysFrom(today, -step.decidedDaysAgo);
      const decidedAt = `${decidedOn}T17:30:00.000Z` < at ? `${decidedOn}T17:30:00.000Z` : at;
      const stamps = {
        version: 1,
        created_at: decidedAt,
        created_by: partnership.authorId,
        updated_at: decidedAt,
        updated_by: partnership.authorId,
      };
      const text = suggestion.text[spec.language];
      let activityId: string | null = null;
      if (step.decision.accept) {
        const { goal, objective, owner, contact, dueDays } = step.decision;
        const goalId = running.goals.find((row) => row.partnership_id === partnership.id && row.position === goal)?.id;
        const objectiveId = running.objectives.find((row) => row.goal_id === goalId && row.position === objective)?.id;
        const member = partnership.members.get(owner);
        const ownerContact = contact === undefined ? null : partnership.contacts.get(owner)?.[contact];
        if (!objectiveId || !member || (contact !== undefined && !ownerContact)) {
          throw new Error(`Demo action step "${step.suggestion}": no such objective, owner or contact`);
        }
        const siblings = [...running.activities, ...rows.activities].filter((row) => row.objective_id === objectiveId);
        activityId = newId();
        rows.activities.push({
          id: activityId,
          objective_id: objectiveId,
          partnership_id: partnership.id,
          title: text,
          owner_organization_id: member.organizationId,
          owner_contact_id: ownerContact?.id ?? null,
          due_on: daysFrom(today, dueDays),
          resources: null,
          status: "planned",
          notes: null,
          meeting_id: null,
          position: siblings.length,
          survey_round_id: round.id,
          survey_score_key: suggestion.score,
          ...stamps,
        });
      }
      rows.actionSteps.push({
        id: newId(),
        round_id: round.id,
        partnership_id: partnership.id,
        score_key: suggestion.score,
        suggestion_key: suggestion.key,
        text,
        status: step.decision.accept ? "accepted" : "dismissed",
        activity_id: activityId,
        ...stamps,
      });
    }
  }
}
