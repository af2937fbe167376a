// A partnership's members held up against a recommended composition: which seats are filled and by
// whom, how evenly the members spread over the sectors, which stages of the axis they cover, how many
// are non-traditional or new partners, and the partner-selection checklist with its gaps.
import type { Sector } from "../vocabulary.js";
import { AXIS_STAGES, stagesOf, type AxisStage } from "./axis.js";
import { buildChecklist, type ChecklistItem } from "./checklist.js";
import type { Composition, Slot, SlotKind } from "./composition.js";
import { EVENNESS_FORMULA, sectorEvenness, type Evenness } from "./evenness.js";
import { affectedGroups, type AffectedFocus, type AffectedGroup } from "./most-affected.js";
import { inNameOrder, isCurrentMember, refOf, type CoverageMember, type MemberRef } from "./members.js";
import type { Localized } from "./phrasing.js";

export type CurrentMember = CoverageMember & { stages: AxisStage[]; stagesSource: "membership" | "sector" };
export type GroupCoverage = AffectedGroup & { present: boolean; members: MemberRef[] };
export type SlotCoverage = {
  key: string;
  kind: SlotKind;
  label: Localized;
  why: Localized;
  required: boolean;
  /** The sectors that fill the seat; for "most affected", those of every affected group; none for the critic. */
  sectors: Sector[];
  present: boolean;
  /**
   * Filled, empty, or partly filled: some members sit in it but not all it asks for (the "most
   * affected" seat with a voice for some of the affected groups only).
   */
  fill: SlotFill;
  members: MemberRef[];
  /** The affected groups, for the "most affected" seat only. */
  groups: GroupCoverage[];
};
export type SlotFill = "filled" | "partly" | "empty";
export type StageCoverage = { stage: AxisStage; covered: boolean; members: (MemberRef & { source: "membership" | "sector" })[] };
/** count of total; share is 0 when there is nobody to count. */
export type Share = { count: number; total: number; share: number };

export type Coverage = {
  asOf: string;
  members: CurrentMember[];
  formerMemberCount: number;
  slots: SlotCoverage[];
  missing: { required: string[]; optional: string[] };
  affected: GroupCoverage[];
  balance: Evenness & { formula: string };
  axis: { stages: StageCoverage[]; empty: AxisStage[] };
  nonTraditional: Share;
  newPartners: Share;
  checklist: ChecklistItem[];
};

function shareOf(count: number, total: number): Share {
  return { count, total, share: total === 0 ? 0 : count / total };
}

function groupCoverage(group: AffectedGroup, members: readonly CurrentMember[]): GroupCoverage {
  const filling = members.filter((member) => group.sectors.includes(member.sector)).map(refOf);
  return { ...group, present: filling.length > 0, members: filling };
}

function fillOf(present: boolean, members: readonly MemberRef[]): SlotFill {
  if (present) return "filled";
  return members.length > 0 ? "partly" : "empty";
}

function slotCoverage(slot: Slot, members: readonly CurrentMember[], groups: readonly GroupCoverage[]): SlotCoverage {
  const seat = slotSeat(slot, members, groups);
  return { ...seat, fill: fillOf(seat.present, seat.members) };
}

function slotSeat(slot: Slot, members: readonly CurrentMember[], groups: readonly GroupCoverage[]): Omit<SlotCoverage, "fill"> {
  const base = { key: slot.key, kind: slot.kind, label: slot.label, why: slot.why, required: slot.required };
  switch (slot.kind) {
    case "sectors": {
      const filling = members.filter((member) => slot.sectors.includes(member.sector)).map(refOf);
      return { ...base, sectors: [...slot.sectors], present: filling.length > 0, members: filling, groups: [] };
    }
    case "most_affected": {
      const sectors = [...new Set(groups.flatMap((group) => group.sectors))];
      const filling = members.filter((member) => sectors.includes(member.sector)).map(refOf);
      return { ...base, sectors, present: groups.every((group) => group.present), members: filling, groups: [...groups] };
    }
    case "critic": {
      const filling = members.filter((member) => member.isCritic).map(refOf);
      return { ...base, sectors: [], present: filling.length > 0, members: filling, groups: [] };
    }
  }
}

function axisCoverage(members: readonly CurrentMember[]): Coverage["axis"] {
  const stages = AXIS_STAGES.map((stage) => {
    const covering = members.filter((member) => member.stages.includes(stage)).map((member) => ({ ...refOf(member), source: member.stagesSource }));
    return { stage, covered: covering.length > 0, members: covering };
  });
  return { stages, empty: stages.filter((entry) => !entry.covered).map((entry) => entry.stage) };
}

/**
 * Coverage of a partnership on a day (YYYY-MM-DD), counting only current members (the lead
 * organization included, see withLead), e.g.
 * computeCoverage([police, school], DEFAULT_COMPOSITION, { priorityGroups: ["youth"], focusIssues: [] }, "2026-05-01")
 * .missing.required includes "most_affected" when no youth organization is a member.
 */
export function computeCoverage(members: readonly CoverageMember[], composition: Composition, focus: AffectedFocus, asOf: string): Coverage {
  const current: CurrentMember[] = inNameOrder(members.filter((member) => isCurrentMember(member, asOf))).map((member) => {
    const { stages, source } = stagesOf(member.sector, member.axisStages);
    return { ...member, stages, stagesSource: source };
  });
  // The shares describe the partners the lead brought in, so the lead itself is not counted in them.
  const partners = current.filter((member) => !member.isLead);
  const affected = affectedGroups(focus).map((group) => groupCoverage(group, current));
  const slots = composition.slots.map((slot) => slotCoverage(slot, current, affected));
  const axis = axisCoverage(current);
  return {
    asOf,
    members: current,
    formerMemberCount: members.length - current.length,
    slots,
    missing: {
      required: slots.filter((slot) => slot.required && !slot.present).map((slot) => slot.key),
      optional: slots.filter((slot) => !slot.required && !slot.present).map((slot) => slot.key),
    },
    affected,
    balance: { ...sectorEvenness(current.map((member) => member.sector)), formula: EVENNESS_FORMULA },
    axis,
    nonTraditional: shareOf(partners.filter((member) => !member.hasCrimePreventionMandate).length, partners.length),
    newPartners: shareOf(partners.filter((member) => member.isNewPartner).length, partners.length),
    checklist: buildChecklist({ affected, slots, axis: axis.stages }),
  };
}
