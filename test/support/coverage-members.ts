// Members for the coverage tests, described by the little that matters to each test.
import type { Sector } from "../../src/domain/vocabulary.js";
import type { AxisStage } from "../../src/domain/coverage/axis.js";
import type { CoverageMember } from "../../src/domain/coverage/members.js";

let serial = 0;

/** A current, traditional, returning member of the sector unless told otherwise. */
export function member(sector: Sector, overrides: Partial<CoverageMember> = {}): CoverageMember {
  serial += 1;
  return {
    membershipId: `m-${String(serial).padStart(4, "0")}`,
    isLead: false,
    organizationId: `o-${serial}`,
    name: `${sector} ${serial}`,
    sector,
    hasCrimePreventionMandate: true,
    isNewPartner: false,
    isCritic: false,
    axisStages: null,
    joinedOn: "2026-01-01",
    leftOn: null,
    ...overrides,
  };
}

export function withStages(sector: Sector, stages: AxisStage[]): CoverageMember {
  return member(sector, { axisStages: stages });
}

/** One member for every sector-filled seat of the default composition. */
export const FULL_TABLE: Sector[] = [
  "police",
  "schools",
  "public_health",
  "social_services",
  "courts",
  "municipal_government",
  "faith",
  "business",
  "community_residents",
];
