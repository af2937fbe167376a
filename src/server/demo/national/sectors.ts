// Who leads and who joins: sector shares for lead agencies and for members, and the traits that go
// with a sector (level of government, whether crime prevention is in the organization's mandate).
import type { GovernmentLevel, Sector } from "../../../domain/vocabulary.js";
import type { Random } from "./random.js";

export type Weighted<T> = readonly (readonly [T, number])[];

/** Leads are mostly community agencies and municipalities, as in the study's sample of projects. */
export const LEAD_SECTORS: Weighted<Sector> = [
  ["social_services", 30],
  ["municipal_government", 18],
  ["youth_organizations", 15],
  ["community_residents", 10],
  ["indigenous_organizations", 8],
  ["schools", 7],
  ["police", 5],
  ["business", 4],
  ["health_care", 3],
];

/** Members come from every sector the guidance recommends, the traditional ones not the largest. */
export const MEMBER_SECTORS: Weighted<Sector> = [
  ["police", 8],
  ["courts", 2],
  ["corrections_probation", 3],
  ["schools", 12],
  ["public_health", 4],
  ["health_care", 5],
  ["social_services", 14],
  ["municipal_government", 6],
  ["provincial_state_government", 2],
  ["federal_government", 1],
  ["faith", 5],
  ["business", 7],
  ["private_security", 1],
  ["community_residents", 12],
  ["youth_organizations", 9],
  ["indigenous_organizations", 4],
  ["research", 2],
  ["other", 3],
];

/** One of the weighted values, drawn in proportion to its weight. */
export function drawWeighted<T>(random: Random, entries: Weighted<T>): T {
  const entry = entries[random.weighted(entries.map(([, weight]) => weight))];
  if (!entry) throw new Error("Cannot draw from an empty list");
  return entry[0];
}

const LEVELS: Partial<Record<Sector, GovernmentLevel>> = {
  police: "municipal",
  courts: "provincial_territorial_state",
  corrections_probation: "provincial_territorial_state",
  schools: "regional",
  public_health: "regional",
  municipal_government: "municipal",
  provincial_state_government: "provincial_territorial_state",
  federal_government: "national",
  indigenous_organizations: "band_council",
};

// Justice agencies have crime prevention in their mandate; most others do not, which is what makes
// them the "non-traditional" partners the study counted.
const TRADITIONAL = new Set<Sector>(["police", "courts", "corrections_probation", "private_security"]);

export function organizationTraits(random: Random, sector: Sector) {
  return {
    sector,
    government_level: LEVELS[sector] ?? "local_neighbourhood",
    has_crime_prevention_mandate: TRADITIONAL.has(sector) || random.chance(0.1) ? 1 : 0,
  };
}
