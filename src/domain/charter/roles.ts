// The four kinds of working relationship that seed 003 names, from the loosest to the closest, and how
// each lines up with the types the partnership typology measures, so that what a charter intends for a
// member can be set beside what the involvement records say it does.

/** The roles a charter may intend for a member, loosest first. */
export const INTENDED_ROLES = ["communication", "cooperation", "coordination", "collaboration"] as const;
export type IntendedRole = (typeof INTENDED_ROLES)[number];

// The typology's continuum, loosest first. Its lowest kind of involvement is consultation (being kept
// informed or vouching for the project), which is what communication means in a charter.
const MEASURED_RANK: Readonly<Record<string, number>> = {
  none: 0,
  consultation: 1,
  cooperation: 2,
  coordination: 3,
  collaboration: 4,
};

const INTENDED_RANK: Readonly<Record<IntendedRole, number>> = {
  communication: 1,
  cooperation: 2,
  coordination: 3,
  collaboration: 4,
};

/** The typology type that stands for an intended role, e.g. typologyTypeOf("communication") === "consultation". */
export function typologyTypeOf(role: IntendedRole): string {
  return role === "communication" ? "consultation" : role;
}

/** How a measured type stands against the intended role. */
export type RoleComparison = "matches" | "below" | "above" | "unmeasured" | "notComparable";

/**
 * Whether a measured typology type is the intended role, short of it, or beyond it.
 * @example compareRole("collaboration", "cooperation") === "below"
 */
export function compareRole(intended: IntendedRole, measured: string | null): RoleComparison {
  if (measured === null) return "unmeasured";
  const rank = MEASURED_RANK[measured];
  if (rank === undefined) return "notComparable";
  const wanted = INTENDED_RANK[intended];
  if (rank === wanted) return "matches";
  return rank < wanted ? "below" : "above";
}

/** Whether the comparison is worth flagging: the member measures as something other than meant. */
export function differs(comparison: RoleComparison): boolean {
  return comparison === "below" || comparison === "above";
}
