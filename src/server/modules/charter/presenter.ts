import type { Charter, CharterMember } from "../../../contracts/charter.js";
import { charterContentSchema, CHARTER_FORMALITIES, CHARTER_GOVERNANCES } from "../../../contracts/charter.js";
import { diffCharters, type CharterContent } from "../../../domain/charter/diff.js";
import type { Measured } from "../../../domain/charter/latest-round.js";
import { compareRole, differs, INTENDED_ROLES, type IntendedRole } from "../../../domain/charter/roles.js";
import { updatedByOf } from "../audit/presenter.js";
import type { CharterHeaderRow, CharterMemberRow, RevisionRow } from "./repository.js";

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return values.find((candidate) => candidate === value) ?? null;
}

function presentMember(
  row: CharterMemberRow,
  leadOrganizationId: string,
  measured: Partial<Record<string, Measured>> | undefined,
): CharterMember {
  const intendedRole: IntendedRole | null = oneOf(INTENDED_ROLES, row.intended_role);
  const lead = measured?.["lead"] ?? null;
  const partner = measured?.["partner"] ?? null;
  const comparison = {
    lead: intendedRole ? compareRole(intendedRole, lead?.type ?? null) : null,
    partner: intendedRole ? compareRole(intendedRole, partner?.type ?? null) : null,
  };
  return {
    membershipId: row.membership_id,
    organization: { id: row.organization_id, name: row.organization_name },
    isLead: row.organization_id === leadOrganizationId,
    inCharter: row.charter_organization_id !== null,
    gains: row.gains,
    intendedRole,
    expectations: row.expectations,
    measured: { lead, partner },
    comparison,
    differs: (comparison.lead !== null && differs(comparison.lead)) || (comparison.partner !== null && differs(comparison.partner)),
  };
}

/** The charter as the API shows it; a partnership without one shows an empty charter at version 0. */
export function presentCharter(
  header: CharterHeaderRow,
  members: CharterMemberRow[],
  measured: Map<string, Partial<Record<string, Measured>>>,
  canEdit: boolean,
): Charter {
  // The lead first, then the members the charter names, then the others, each by name.
  const rank = (row: CharterMemberRow) => (row.organization_id === header.lead_organization_id ? 0 : row.charter_organization_id ? 1 : 2);
  const ordered = members.map((row, index) => ({ row, index })).sort((a, b) => rank(a.row) - rank(b.row) || a.index - b.index);
  return {
    partnershipId: header.partnership_id,
    partnership: { id: header.partnership_id, name: header.partnership_name },
    program: { id: header.program_id, code: header.program_code, name: header.program_name, nameFr: header.program_name_fr },
    need: header.need ?? "",
    vision: header.vision ?? "",
    mission: header.mission ?? "",
    values: header.values ?? "",
    formality: oneOf(CHARTER_FORMALITIES, header.formality),
    governance: oneOf(CHARTER_GOVERNANCES, header.governance),
    decisionMaking: header.decision_making,
    conflictResolution: header.conflict_resolution,
    version: header.version ?? 0,
    updatedAt: header.updated_at,
    updatedBy: updatedByOf({ updated_by: header.updated_by, updated_by_name: header.updated_by_name }),
    members: ordered.map(({ row }) => presentMember(row, header.lead_organization_id, measured.get(row.membership_id))),
    abilities: { edit: canEdit },
  };
}

/** What a revision stored, read back through its schema rather than trusted. */
export function contentOf(row: RevisionRow): CharterContent {
  return charterContentSchema.parse(JSON.parse(row.content));
}

export function presentRevisionSummary(row: RevisionRow, previous: RevisionRow | undefined) {
  return {
    version: row.version,
    savedAt: row.saved_at,
    savedBy: updatedByOf({ updated_by: row.saved_by, updated_by_name: row.saved_by_name }),
    changes: diffCharters(previous ? contentOf(previous) : null, contentOf(row)),
  };
}

export function presentRevision(row: RevisionRow, previous: RevisionRow | undefined) {
  return { ...presentRevisionSummary(row, previous), content: contentOf(row), previousVersion: previous?.version ?? null };
}
