// Who may pledge a commitment for a member and move or edit it: the membership's `pledge` ability of
// the abilities table, read here as a pure rule about one caller and one member of a partnership.
import { ABILITIES, type MembershipReach, type Reach } from "../access/abilities.js";
import type { Role } from "../vocabulary.js";
import { ALLOWED_MOVES, type CommitmentStatus } from "./statuses.js";

/** How the caller stands to the member organization and its partnership. */
export type MemberRelation = Readonly<Record<MembershipReach, boolean>>;

function reaches<Name extends string>(reach: Reach<Name>, facts: Readonly<Record<Name, boolean>>): boolean {
  if (reach === "all") return true;
  if (reach === "none") return false;
  return reach.some((name) => facts[name]);
}

/**
 * Whether a caller of this role may pledge commitments for the member, and move and edit them: a
 * partner user only for its own organization, a coordinator for every member of the partnerships they
 * coordinate, an administrator for all; program officers and evaluators only read.
 * @example mayPledge("partner", { ...NO_RELATION, ownOrganization: true }) === true
 */
export function mayPledge(role: Role, relation: MemberRelation): boolean {
  return reaches(ABILITIES[role].membership.pledge, relation);
}

/**
 * The statuses the caller may move a commitment to now: the allowed moves when they may change it, else none.
 * @example movesFor("in_progress", true) → ["delivered", "slipped", "withdrawn"]
 */
export function movesFor(status: CommitmentStatus, mayChange: boolean): CommitmentStatus[] {
  return mayChange ? [...ALLOWED_MOVES[status]] : [];
}

export const NO_RELATION: MemberRelation = {
  ownOrganization: false,
  inReadablePartnerships: false,
  inManageablePartnerships: false,
  ofOrganizationsCreatedByMe: false,
};
