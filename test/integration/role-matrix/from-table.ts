// Expected statuses read from the abilities table (src/domain/access/abilities.ts) instead of being
// written out by hand: a route about a row answers 404 when the role cannot read the row, 403 when it
// can read it but not do what it attempts, and the route's status otherwise.
import { ABILITIES, reachOf, type ActionOf, type Reach, type Resource } from "../../../src/domain/access/abilities.js";
import type { Role as DomainRole } from "../../../src/domain/vocabulary.js";
import { ROLES, type Expected, type Role, type Side, type Who } from "./matrix.js";

export const DOMAIN_ROLE: Record<Role, DomainRole> = {
  admin: "admin",
  programOfficer: "program_officer",
  evaluator: "evaluator",
  coordinator: "coordinator",
  partner: "partner",
};

export type Ability = { [R in Resource]: readonly [R, ActionOf[R]] }[Resource];

/**
 * The named reaches that take in the world's "own" row; none takes in the "foreign" one. In the
 * world, every partnership reach takes in the own partnership (its program is the officer's and the
 * evaluator's, the coordinator runs it, the partner's organization is a member), so the default is
 * every reach; rows such as an organization registered by the caller name theirs.
 */
export type OwnRow = readonly string[] | "every reach";

function partReaches(role: DomainRole, name: string, ownRow: OwnRow): boolean {
  if (ownRow !== "every reach" && !ownRow.includes(name)) return false;
  // A reach through partnerships takes in the row only if the role reaches the partnership.
  if (name === "inReadablePartnerships") return reachOf(role, "partnership", "read") !== "none";
  if (name === "inManageablePartnerships") return reachOf(role, "partnership", "update") !== "none";
  if (name === "ofReadablePartnerships") return reachOf(role, "partnership", "read") !== "none";
  return true;
}

/** Whether the role's reach for the ability takes in the world's own or foreign row. */
export function reaches(role: DomainRole, [resource, action]: Ability, side: Side, ownRow: OwnRow = "every reach"): boolean {
  const reach: Reach<string> = reachOf(role, resource, action);
  if (reach === "all") return true;
  if (reach === "none" || side === "foreign") return false;
  return reach.some((name) => partReaches(role, name, ownRow));
}

/** How a route checks: `guarded` when its guard refuses a role whose reach for the action is "none" before any row is read. */
export type Check = "row" | "guarded";

function statusOn(role: DomainRole, side: Side, read: Ability, act: Ability, ok: number, ownRow: OwnRow, check: Check = "row"): number {
  if (check === "guarded" && reachOf(role, act[0], act[1]) === "none") return 403;
  if (!reaches(role, read, side, ownRow)) return 404;
  return reaches(role, act, side, ownRow) ? ok : 403;
}

/** [own, foreign] statuses for every role, from the table; anonymous callers get 401. */
export function rowRights(
  read: Ability,
  act: Ability,
  ok: number,
  ownRow: OwnRow = "every reach",
  check: Check = "row",
): Record<Who, Expected> {
  const entries = ROLES.map((who) => {
    const role = DOMAIN_ROLE[who];
    return [who, [statusOn(role, "own", read, act, ok, ownRow, check), statusOn(role, "foreign", read, act, ok, ownRow, check)] as const];
  });
  return { ...(Object.fromEntries(entries) as Record<Role, Expected>), anonymous: 401 };
}

/** A route any signed-in role may call if its role has the ability; 403 otherwise. */
export function roleRights(ability: keyof (typeof ABILITIES)["admin"]["global"], ok: number): Record<Who, Expected> {
  const entries = ROLES.map((who) => [who, ABILITIES[DOMAIN_ROLE[who]].global[ability] ? ok : 403] as const);
  return { ...(Object.fromEntries(entries) as Record<Role, Expected>), anonymous: 401 };
}

/** One status per role, for a route run once on a row that only the named reaches take in. */
export function oneRowRights(read: Ability, act: Ability, ok: number, ownRow: OwnRow, check: Check = "row"): Record<Who, Expected> {
  const entries = ROLES.map((who) => [who, statusOn(DOMAIN_ROLE[who], "own", read, act, ok, ownRow, check)] as const);
  return { ...(Object.fromEntries(entries) as Record<Role, Expected>), anonymous: 401 };
}
