import type { InvolvementRecord, PerceptionGapBody, Perspective } from "../../../contracts/involvement.js";
import { isProjectIndicatorKey } from "../../../domain/typology/indicators.js";
import type { PerceptionGap } from "../../../domain/typology/perception-gap.js";
import type { InvolvementRecordRow } from "../../db/schema.js";
import { updatedByOf } from "../audit/presenter.js";
import { answersOf, presentStoredClassification, storedPerspective } from "./stored-classification.js";

/** A record, with what the caller may do to it: `writable` says, per perspective, whether they may record that view. */
export function presentRecord(
  row: InvolvementRecordRow & { updated_by_name: string | null },
  writable: Record<Perspective, boolean>,
): InvolvementRecord {
  const perspective = storedPerspective(row.perspective);
  return {
    id: row.id,
    membershipId: row.membership_id,
    perspective,
    round: row.round,
    respondent: row.respondent,
    answeredOn: row.answered_on,
    indicators: answersOf(row),
    classification: presentStoredClassification(row),
    abilities: { update: writable[perspective], delete: writable[perspective] },
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
