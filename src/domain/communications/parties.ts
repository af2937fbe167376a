// Who may be named as a party to a contact in the log. Pure: the caller hands in the partnership's
// members and, for a partner, its own organization.

/** Why a contact's parties or date were refused; `index` points into the organizationIds given. */
export type PartyProblem =
  { kind: "notMember"; index: number } | { kind: "listedTwice"; index: number } | { kind: "tooFew" } | { kind: "ownOrganizationMissing" };

export type PartyCheck = {
  organizationIds: readonly string[];
  /** The organizations taking part in the partnership. */
  memberIds: ReadonlySet<string>;
  /** Set when the caller may only record contacts its own organization took part in (a partner user). */
  mustInclude: string | null;
};

/**
 * Every problem with a contact's parties: each must be a member, none twice, at least two distinct,
 * and the caller's own organization among them when the caller is bound to it.
 * @example partyProblems({ organizationIds: ["a", "a"], memberIds: new Set(["a"]), mustInclude: null }) // [listedTwice 1, tooFew]
 */
export function partyProblems({ organizationIds, memberIds, mustInclude }: PartyCheck): PartyProblem[] {
  const problems: PartyProblem[] = [];
  const seen = new Set<string>();
  organizationIds.forEach((id, index) => {
    if (seen.has(id)) problems.push({ kind: "listedTwice", index });
    else if (!memberIds.has(id)) problems.push({ kind: "notMember", index });
    seen.add(id);
  });
  if (seen.size < 2) problems.push({ kind: "tooFew" });
  if (mustInclude !== null && !seen.has(mustInclude)) problems.push({ kind: "ownOrganizationMissing" });
  return problems;
}

/**
 * A contact is dated on the day it happened, never later than tomorrow (UTC): a day of slack so that
 * someone ahead of UTC can log today's call. `today` is YYYY-MM-DD in UTC.
 * @example isTooLate("2026-03-03", "2026-03-01") // true
 */
export function isTooLate(occurredOn: string, today: string): boolean {
  return occurredOn > addDays(today, 1);
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * A role whose right to log contacts reaches a partnership only through its own organization must name
 * that organization among the parties (a partner user records its own organization's contacts).
 * @example isBoundToOwnOrganization(["ownOrganization"]) // true
 */
export function isBoundToOwnOrganization(reach: "all" | "none" | readonly string[]): boolean {
  return Array.isArray(reach) && reach.length > 0 && reach.every((part) => part === "ownOrganization");
}
