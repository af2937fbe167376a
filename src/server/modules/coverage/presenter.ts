import type { CoverageBody, ProgramComposition } from "../../../contracts/coverage.js";
import { FOCUS_ISSUES, PRIORITY_GROUPS, SECTORS } from "../../../domain/vocabulary.js";
import type { Composition } from "../../../domain/coverage/composition.js";
import { compositionDocumentSchema } from "../../../domain/coverage/composition-schema.js";
import type { Coverage } from "../../../domain/coverage/coverage.js";
import type { CoverageMember } from "../../../domain/coverage/members.js";
import { storedAxisStages } from "../memberships/axis-stages.js";
import { storedKey, storedKeys } from "../partnerships/stored-keys.js";
import type { CoverageMemberRow } from "./repository.js";

/** Four decimals are plenty for an index or a share, and keep responses free of float noise. */
function rounded(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/** A stored composition document; one that no longer parses is a fault of the server, not of the caller. */
export function storedComposition(json: string, programId: string): Composition {
  const parsed = compositionDocumentSchema.safeParse(JSON.parse(json));
  if (!parsed.success) throw new Error(`The stored composition of program ${programId} is not a valid composition document`);
  return parsed.data;
}

export function coverageMemberOf(row: CoverageMemberRow): CoverageMember {
  return {
    membershipId: row.id,
    isLead: false,
    organizationId: row.organization_id,
    name: row.name,
    sector: storedKey(SECTORS, row.sector) ?? "other",
    hasCrimePreventionMandate: row.has_crime_prevention_mandate === 1,
    isNewPartner: row.is_new_partner === 1,
    isCritic: row.is_critic === 1,
    axisStages: storedAxisStages(row.axis_stages),
    joinedOn: row.joined_on,
    leftOn: row.left_on,
  };
}

/** The lead organization as coverage counts it; see withLead. */
export function coverageLeadOf(row: { lead_id: string; lead_name: string; lead_sector: string; lead_has_crime_prevention_mandate: number }) {
  return {
    organizationId: row.lead_id,
    name: row.lead_name,
    sector: storedKey(SECTORS, row.lead_sector) ?? "other",
    hasCrimePreventionMandate: row.lead_has_crime_prevention_mandate === 1,
  };
}

export function focusOf(row: { priority_groups: string; focus_issues: string }) {
  return { priorityGroups: storedKeys(PRIORITY_GROUPS, row.priority_groups), focusIssues: storedKeys(FOCUS_ISSUES, row.focus_issues) };
}

export function presentCoverage(
  coverage: Coverage,
  context: { partnershipId: string; programId: string; isDefault: boolean; updatedAt: string | null },
): CoverageBody {
  const share = (value: Coverage["newPartners"]) => ({ ...value, share: rounded(value.share) });
  return {
    partnershipId: context.partnershipId,
    programId: context.programId,
    asOf: coverage.asOf,
    composition: { isDefault: context.isDefault, updatedAt: context.updatedAt },
    members: coverage.members.map(({ axisStages: _recorded, ...member }) => member),
    formerMemberCount: coverage.formerMemberCount,
    slots: coverage.slots,
    missing: coverage.missing,
    affectedGroups: coverage.affected,
    balance: { ...coverage.balance, index: rounded(coverage.balance.index), shannon: rounded(coverage.balance.shannon), range: { min: 0, max: 1 } },
    axis: coverage.axis,
    nonTraditional: share(coverage.nonTraditional),
    newPartners: share(coverage.newPartners),
    checklist: coverage.checklist,
  };
}

export function presentProgramComposition(
  programId: string,
  composition: Composition,
  stored: { updatedAt: string | null; updatedBy: { id: string; name: string } | null } | null,
  viewer: { canUpdate: boolean; seesEditor: boolean },
): ProgramComposition {
  return {
    programId,
    isDefault: stored === null,
    composition,
    updatedAt: stored?.updatedAt ?? null,
    // Who saved a program's settings is for the program's staff (`seeProgramEditors`): partners see when, not by whom.
    updatedBy: viewer.seesEditor ? (stored?.updatedBy ?? null) : null,
    abilities: { update: viewer.canUpdate },
  };
}
