import type { Partnership } from "../../../contracts/partnerships.js";
import { FOCUS_ISSUES, PARTNERSHIP_STATUSES, PRIORITY_GROUPS } from "../../../domain/vocabulary.js";
import { updatedByOf } from "../audit/presenter.js";
import type { PartnershipDetailRow } from "./repository.js";
import { storedKey, storedKeys } from "./stored-keys.js";

export function presentPartnership(row: PartnershipDetailRow): Partnership {
  return {
    id: row.id,
    name: row.name,
    program: { id: row.program_id, code: row.program_code, name: row.program_name, nameFr: row.program_name_fr },
    leadOrganization: { id: row.lead_organization_id, name: row.lead_name },
    region: row.region,
    priorityGroups: storedKeys(PRIORITY_GROUPS, row.priority_groups),
    focusIssues: storedKeys(FOCUS_ISSUES, row.focus_issues),
    startDate: row.start_date,
    endDate: row.end_date,
    fundingEndDate: row.funding_end_date,
    status: storedKey(PARTNERSHIP_STATUSES, row.status) ?? "planning",
    description: row.description,
    memberCount: Number(row.member_count ?? 0),
    abilities: {
      update: row.can_update === 1,
      delete: row.can_delete === 1,
      manageMembers: row.can_manage_members === 1,
      classify: row.can_classify === 1,
      editCharter: row.can_edit_charter === 1,
      managePlan: row.can_manage_plan === 1,
      manageMeetings: row.can_manage_meetings === 1,
      logContacts: row.can_log_contacts === 1,
      runSurveys: row.can_run_surveys === 1,
    },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    updatedBy: updatedByOf(row),
  };
}
