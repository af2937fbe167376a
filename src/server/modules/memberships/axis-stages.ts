// A membership's stages along the prevention-to-re-entry axis, stored as JSON text.
import { AXIS_STAGES, type AxisStage } from "../../../domain/coverage/axis.js";

/** The stored stages in axis order, or null when none were recorded (the sector's usual stages apply). */
export function storedAxisStages(json: string | null): AxisStage[] | null {
  if (json === null) return null;
  const parsed: unknown = JSON.parse(json);
  if (!Array.isArray(parsed)) return null;
  return AXIS_STAGES.filter((stage) => parsed.includes(stage));
}

/** The stages as stored: axis order, each once; null stays null. */
export function axisStagesAsJson(stages: readonly AxisStage[] | null): string | null {
  return stages === null ? null : JSON.stringify(AXIS_STAGES.filter((stage) => stages.includes(stage)));
}
