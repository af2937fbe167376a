// "Have we included individuals and groups most affected by the issue?", the first partner-selection
// question of crime-prevention project guidance. The people a partnership serves, and those its issues
// hit hardest, are matched to the kinds of organizations that usually speak for them. Sectors are a
// coarse proxy: the mapping says where to look, not who counts.
import type { FocusIssue, PriorityGroup, Sector } from "../vocabulary.js";

export const PRIORITY_GROUP_SECTORS: Readonly<Record<PriorityGroup, readonly Sector[]>> = {
  children: ["youth_organizations", "schools"],
  youth: ["youth_organizations"],
  young_adults: ["youth_organizations"],
  // Shelters and women's centres are registered as social services.
  women_and_girls: ["social_services", "community_residents"],
  indigenous_people: ["indigenous_organizations"],
  elderly: ["community_residents", "social_services"],
  specific_communities: ["community_residents", "faith"],
  community_at_large: ["community_residents"],
};

/** Issues whose victims or participants form a recognisable group; an issue without one maps to nothing. */
export const FOCUS_ISSUE_SECTORS: Readonly<Record<FocusIssue, readonly Sector[]>> = {
  youth_violence: ["youth_organizations"],
  gangs: ["youth_organizations"],
  gun_violence: ["community_residents"],
  family_violence: ["social_services"],
  sexual_exploitation: ["social_services"],
  bullying: ["youth_organizations"],
  // People who use drugs are reached mostly through harm-reduction services run by public health.
  substance_use: ["public_health"],
  property_crime: ["business", "community_residents"],
  victimization: ["social_services", "community_residents"],
  school_safety: ["youth_organizations"],
  reentry: ["social_services"],
  hate_crime: ["community_residents", "faith"],
  community_disorder: ["community_residents", "business"],
  other: [],
};

export type AffectedReason = { source: "priority_group"; key: PriorityGroup } | { source: "focus_issue"; key: FocusIssue };

/** People to hear from, the reasons they matter to this partnership, and where to find their voice. */
export type AffectedGroup = {
  /** The sectors joined by "+", stable for a given set of sectors. */
  key: string;
  sectors: Sector[];
  reasons: AffectedReason[];
  /** True when the partnership named no group or issue and the community at large was assumed. */
  assumed: boolean;
};

export type AffectedFocus = { priorityGroups: readonly PriorityGroup[]; focusIssues: readonly FocusIssue[] };

/**
 * The affected groups of a partnership, merged when they are found in the same sectors, e.g.
 * affectedGroups({ priorityGroups: ["youth"], focusIssues: ["youth_violence"] }) →
 * [{ key: "youth_organizations", sectors: ["youth_organizations"], reasons: [youth, youth_violence], assumed: false }].
 */
export function affectedGroups(focus: AffectedFocus): AffectedGroup[] {
  const reasons: { reason: AffectedReason; sectors: readonly Sector[] }[] = [
    ...focus.priorityGroups.map((key) => ({ reason: { source: "priority_group", key } as const, sectors: PRIORITY_GROUP_SECTORS[key] })),
    ...focus.focusIssues.map((key) => ({ reason: { source: "focus_issue", key } as const, sectors: FOCUS_ISSUE_SECTORS[key] })),
  ].filter((entry) => entry.sectors.length > 0);
  if (reasons.length === 0) {
    return [{ key: "community_residents", sectors: ["community_residents"], reasons: [{ source: "priority_group", key: "community_at_large" }], assumed: true }];
  }
  const groups = new Map<string, AffectedGroup>();
  for (const { reason, sectors } of reasons) {
    const key = [...sectors].sort().join("+");
    const group = groups.get(key) ?? { key, sectors: [...sectors], reasons: [], assumed: false };
    if (!group.reasons.some((known) => known.source === reason.source && known.key === reason.key)) group.reasons.push(reason);
    groups.set(key, group);
  }
  return [...groups.values()];
}
