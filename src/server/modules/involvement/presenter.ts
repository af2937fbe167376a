import type { InvolvementRecord, PerceptionGapBody } from "../../../contracts/involvement.js";
import { isProjectIndicatorKey } from "../../../domain/typology/indicators.js";
import type { PerceptionGap } from "../../../domain/typology/perception-gap.js";
import type { InvolvementRecordRow } from "../../db/schema.js";
import { updatedByOf } from "../audit/presenter.js";
import { answersOf, presentStoredClassification, storedPerspective } from "./stored-classification.js";

export function presentRecord(row: InvolvementRecordRow & { updated_by_name: string | null }): InvolvementRecord {
  return {
    id: row.id,
    membershipId: row.membership_id,
    perspective: storedPerspective(row.perspective),
    round: row.round,
    respondent: row.respondent,
    answeredOn: row.answered_on,
    indicators: answersOf(row),
    classification: presentStoredClassification(row),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    updatedBy: updatedByOf(row),
  };
}

function side(row: InvolvementRecordRow) {
  return { type: row.type, complete: row.complete === 1, rubric: { id: row.rubric_id, version: row.rubric_version } };
}

export function presentGap(
  member: { membership_id: string; organization_id: string; organization_name: string },
  lead: InvolvementRecordRow,
  partner: InvolvementRecordRow,
  gap: PerceptionGap,
): PerceptionGapBody {
  const leadAnswers = answersOf(lead);
  const partnerAnswers = answersOf(partner);
  return {
    membershipId: member.membership_id,
    organization: { id: member.organization_id, name: member.organization_name },
    round: lead.round,
    lead: side(lead),
    partner: side(partner),
    difference: gap.difference,
    disagreements: gap.disagreements.flatMap((indicator) =>
      isProjectIndicatorKey(indicator) ? [{ indicator, lead: leadAnswers[indicator], partner: partnerAnswers[indicator] }] : [],
    ),
  };
}
