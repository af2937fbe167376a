import type { Insertable } from "kysely";
import type {
  NewInvolvementRecord,
  PlanActivitiesTable,
  SurveyActionStepsTable,
  SurveyRespondentsTable,
  SurveyResponsesTable,
  SurveyRoundsTable,
} from "../../db/schema.js";

/** The demo's survey rows, in foreign-key order; the involvement records its checklists became go with the others. */
export type SurveyRows = {
  rounds: Insertable<SurveyRoundsTable>[];
  respondents: Insertable<SurveyRespondentsTable>[];
  responses: Insertable<SurveyResponsesTable>[];
  /** The plan activities accepted action steps became. */
  activities: Insertable<PlanActivitiesTable>[];
  actionSteps: Insertable<SurveyActionStepsTable>[];
  involvementRecords: NewInvolvementRecord[];
};

export function emptySurveyRows(): SurveyRows {
  return { rounds: [], respondents: [], responses: [], activities: [], actionSteps: [], involvementRecords: [] };
}

/** The key an involvement record is unique by: one per member, perspective and round. */
export function recordKey(record: Pick<NewInvolvementRecord, "membership_id" | "perspective" | "round">): string {
  return `${record.membership_id}|${record.perspective}|${record.round}`;
}
