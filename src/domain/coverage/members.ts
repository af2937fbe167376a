// The members coverage is computed from, as plain values: the server maps rows to these.
import type { Sector } from "../vocabulary.js";
import type { AxisStage } from "./axis.js";

export type CoverageMember = {
  /** Null for the lead organization, which sits at the table without a membership. */
  membershipId: string | null;
  /** The organization leading the partnership: it fills seats and covers stages, but is not counted among the partners. */
  isLead: boolean;
  organizationId: string;
  name: string;
  sector: Sector;
  /** The organization counts crime prevention in its mandate ("traditional" partner). */
  hasCrimePreventionMandate: boolean;
  isNewPartner: boolean;
  isCritic: boolean;
  /** Stages recorded on the membership; null when its sector's usual stages apply. */
  axisStages: AxisStage[] | null;
  joinedOn: string | null;
  leftOn: string | null;
};

/** Who a slot or stage names. */
export type MemberRef = Pick<CoverageMember, "membershipId" | "organizationId" | "name" | "sector" | "isLead">;

/**
 * Whether a member still sits at the table on a day (YYYY-MM-DD): it has not left, or leaves later.
 * Members who have not joined yet count, since a partnership being planned is assembled ahead of its start, e.g.
 * isCurrentMember({ leftOn: "2026-03-01" }, "2026-03-01") → false.
 */
export function isCurrentMember(member: Pick<CoverageMember, "leftOn">, asOf: string): boolean {
  return member.leftOn === null || member.leftOn > asOf;
}

/** The reference to a member that results carry, e.g. refOf(member).name === member.name. */
export function refOf(member: CoverageMember): MemberRef {
  return { membershipId: member.membershipId, organizationId: member.organizationId, name: member.name, sector: member.sector, isLead: member.isLead };
}

/** The lead first, then members in name order (case ignored), then by membership, so that results never depend on input order. */
export function inNameOrder<T extends Pick<CoverageMember, "name" | "membershipId" | "isLead">>(members: readonly T[]): T[] {
  const keyOf = (member: T) => `${member.isLead ? 0 : 1}${member.name.toLowerCase()}\u0000${member.membershipId ?? ""}`;
  return [...members].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
}

/**
 * Adds the lead organization to its partnership's members: as its own entry, or, when it is also
 * listed as a member, by marking that membership as the lead's.
 */
export function withLead(members: readonly CoverageMember[], lead: Omit<CoverageMember, "membershipId" | "isLead" | "isNewPartner" | "isCritic" | "axisStages" | "joinedOn" | "leftOn">): CoverageMember[] {
  if (members.some((member) => member.organizationId === lead.organizationId)) {
    return members.map((member) => (member.organizationId === lead.organizationId ? { ...member, isLead: true } : member));
  }
  const entry: CoverageMember = { ...lead, membershipId: null, isLead: true, isNewPartner: false, isCritic: false, axisStages: null, joinedOn: null, leftOn: null };
  return [entry, ...members];
}
