// A baseline health check in every national partnership: a round two months in, every member asked
// (the lead included), most of them answering. Each partnership leans its own way and each ingredient
// a little further, so that the program's view counts partnerships in every band of every ingredient.
import { HEALTH_CHECK } from "../../../domain/surveys/built-in/health-check.js";
import { linkExpiry } from "../../../domain/surveys/rounds.js";
import type { Insertable } from "kysely";
import type { NewMembership, NewPartnership, SurveyRespondentsTable, SurveyResponsesTable, SurveyRoundsTable } from "../../db/schema.js";
import { daysFrom, endOfTerm } from "../dates.js";
import { ratedAnswers } from "../surveys/answers.js";
import type { Random } from "./random.js";

/** The share of those asked who submit. */
const TURNOUT = 0.8;
/** Where the ingredients sit on average, before each partnership's own lean (conflict and shared decisions lowest, as seed 002 found). */
const INGREDIENT_MEANS: Record<string, number> = {
  shared_vision: 4.1,
  common_goals: 4.0,
  cooperation: 3.7,
  accountability: 3.3,
  communication: 3.5,
  commitment: 3.9,
  conflict_resolution: 3.1,
  leadership: 3.9,
  desire_to_work_together: 4.3,
  flexibility: 3.4,
  shared_decision_making: 3.1,
};

export type NationalSurveyRows = {
  rounds: Insertable<SurveyRoundsTable>[];
  respondents: Insertable<SurveyRespondentsTable>[];
  responses: Insertable<SurveyResponsesTable>[];
};

/**
 * Makes the baseline round of partnerships in order, drawing from one generator, so that a seed gives
 * the same answers however the partnerships are batched. Links are hashes of random tokens nobody keeps.
 */
export function healthCheckMaker(random: Random, newId: () => string, at: string, today: Date) {
  const todayText = daysFrom(today, 0);
  return (partnership: NewPartnership, members: readonly NewMembership[], french: boolean): NationalSurveyRows => {
    const rows: NationalSurveyRows = { rounds: [], respondents: [], responses: [] };
    const closesOn = endOfTerm(partnership.start_date ?? "", 2);
    const opensOn = daysFrom(new Date(`${closesOn}T00:00:00Z`), -20);
    if (closesOn >= todayText) return rows;
    const roundId = newId();
    const createdAt = `${daysFrom(new Date(`${opensOn}T00:00:00Z`), -5)}T15:00:00.000Z`;
    rows.rounds.push({
      id: roundId,
      partnership_id: partnership.id,
      instrument_id: HEALTH_CHECK.id,
      instrument_version: HEALTH_CHECK.version,
      label: "baseline",
      opens_on: opensOn,
      closes_on: closesOn,
      threshold: 3,
      reminder_days: 7,
      group_id: null,
      closed_at: null,
      version: 1,
      created_at: createdAt,
      created_by: null,
      updated_at: createdAt,
      updated_by: null,
    });
    const lean = (random.next() - 0.5) * 1.6;
    const means = Object.fromEntries(
      Object.entries(INGREDIENT_MEANS).map(([key, mean]) => [key, mean + lean + (random.next() - 0.5) * 1.2]),
    );
    for (const member of members) {
      const respondentId = newId();
      const isLead = member.organization_id === partnership.lead_organization_id;
      rows.respondents.push({
        id: respondentId,
        round_id: roundId,
        partnership_id: partnership.id,
        contact_id: null,
        organization_id: member.organization_id,
        perspective: isLead ? "lead" : "partner",
        membership_id: null,
        expires_at: linkExpiry(closesOn),
        revoked_at: null,
        language: french ? "fr" : "en",
        invited_at: `${opensOn}T13:00:00.000Z`,
        last_reminded_at: null,
        created_at: createdAt,
      });
      if (!random.chance(TURNOUT)) continue;
      const submittedAt = `${daysFrom(new Date(`${opensOn}T00:00:00Z`), random.below(21))}T${String(9 + random.below(10)).padStart(2, "0")}:00:00.000Z`;
      const answered = submittedAt < at ? submittedAt : at;
      rows.responses.push({
        id: newId(),
        respondent_id: respondentId,
        round_id: roundId,
        instrument_id: HEALTH_CHECK.id,
        instrument_version: HEALTH_CHECK.version,
        answers: JSON.stringify(ratedAnswers(random, HEALTH_CHECK, means, (random.next() - 0.5) * 0.8 + (isLead ? 0.25 : 0))),
        submitted_at: answered,
        version: 1,
        created_at: answered,
        updated_at: answered,
      });
    }
    return rows;
  };
}
