// The prevention / intervention / enforcement / re-entry axis along which city violence-prevention
// networks ask every sector to commit. What a member does is read from its sector unless the
// membership says otherwise.
import type { Sector } from "../vocabulary.js";

export const AXIS_STAGES = ["prevention", "intervention", "enforcement", "reentry"] as const;
export type AxisStage = (typeof AXIS_STAGES)[number];

/**
 * The stages a sector usually works on. A starting point, not a rule: a police service that runs no
 * diversion program, or a church that visits prisons, is described on its membership instead.
 */
export const DEFAULT_SECTOR_STAGES: Readonly<Record<Sector, readonly AxisStage[]>> = {
  police: ["prevention", "intervention", "enforcement"],
  courts: ["enforcement", "reentry"],
  corrections_probation: ["enforcement", "reentry"],
  schools: ["prevention"],
  public_health: ["prevention", "intervention"],
  // Hospitals treat the injured and, with violence interrupters at the bedside, step in after an attack.
  health_care: ["intervention"],
  social_services: ["prevention", "intervention", "reentry"],
  municipal_government: ["prevention"],
  provincial_state_government: ["prevention"],
  federal_government: ["prevention"],
  faith: ["prevention", "reentry"],
  business: ["prevention"],
  // Private security deters and responds on the premises it guards; arrests remain the police's.
  private_security: ["prevention", "intervention"],
  community_residents: ["prevention"],
  // Street outreach and mentoring reach young people already caught up in violence.
  youth_organizations: ["prevention", "intervention"],
  indigenous_organizations: ["prevention", "intervention", "reentry"],
  // Researchers study the work rather than deliver it.
  research: [],
  other: [],
};

/** Sectors suggested when nobody covers a stage: the usual holders, each of which covers it by default. */
export const STAGE_TYPICAL_SECTORS: Readonly<Record<AxisStage, readonly Sector[]>> = {
  prevention: ["schools", "community_residents", "public_health"],
  intervention: ["social_services", "public_health", "youth_organizations"],
  enforcement: ["police", "courts"],
  reentry: ["corrections_probation", "social_services", "faith"],
};

/**
 * The stages a member covers: its own list when one was recorded (even an empty one), else its sector's, e.g.
 * stagesOf("schools", null) → { stages: ["prevention"], source: "sector" }.
 */
export function stagesOf(sector: Sector, explicit: readonly AxisStage[] | null): { stages: AxisStage[]; source: "membership" | "sector" } {
  if (explicit !== null) return { stages: AXIS_STAGES.filter((stage) => explicit.includes(stage)), source: "membership" };
  return { stages: [...DEFAULT_SECTOR_STAGES[sector]], source: "sector" };
}
