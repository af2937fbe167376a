// Plan rows as the API shows them, each with what the caller may do with it.
import type { Selectable } from "kysely";
import type { Activity, Goal, Measure, MeasureValue, Objective } from "../../../contracts/plan.js";
import { isActivityStatus } from "../../../domain/plan/activity-status.js";
import { isMeasureOnTrack, isValueOnTrack, type Measure as DomainMeasure } from "../../../domain/plan/measure.js";
import type { MeasureValuesTable, PlanGoalsTable, PlanObjectivesTable, PlanRisksTable } from "../../db/schema.js";
import type { ActivityRow } from "./repository.js";
import { promptOf } from "./prompt.js";

type GoalRow = Selectable<PlanGoalsTable>;
type ObjectiveRow = Selectable<PlanObjectivesTable>;
type ValueRow = Selectable<MeasureValuesTable>;
type RiskRow = Selectable<PlanRisksTable>;

/** The objective's measure as the domain reads it, or null when it has none. */
export function measureOf(row: ObjectiveRow): DomainMeasure | null {
  if (row.measure_name === null || row.baseline_value === null || row.baseline_on === null) return null;
  if (row.target_value === null || row.target_on === null) return null;
  return {
    baselineValue: Number(row.baseline_value),
    baselineOn: row.baseline_on,
    targetValue: Number(row.target_value),
    targetOn: row.target_on,
    direction: row.measure_direction === "down" ? "down" : "up",
  };
}

export function presentGoal(row: GoalRow, risks: readonly RiskRow[], managePlan: boolean): Goal {
  return {
    id: row.id,
    partnershipId: row.partnership_id,
    title: row.title,
    description: row.description,
    position: row.position,
    version: row.version,
    risks: risks.map((risk) => ({ id: risk.id, risk: risk.risk, contingency: risk.contingency })),
    abilities: { update: managePlan, delete: managePlan },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function valueOf(row: ValueRow) {
  return { observedOn: row.observed_on, value: Number(row.value) };
}

export function presentValue(row: ValueRow, measure: DomainMeasure | null): MeasureValue {
  return {
    id: row.id,
    objectiveId: row.objective_id,
    observedOn: row.observed_on,
    value: Number(row.value),
    note: row.note,
    onTrack: measure ? isValueOnTrack(measure, valueOf(row)) : false,
    createdAt: row.created_at,
  };
}

function presentMeasure(row: ObjectiveRow, values: readonly ValueRow[]): Measure | null {
  const measure = measureOf(row);
  if (!measure || row.measure_name === null) return null;
  return {
    name: row.measure_name,
    unit: row.measure_unit,
    source: row.measure_source,
    ...measure,
    onTrack: isMeasureOnTrack(measure, values.map(valueOf)),
  };
}

export function presentObjective(row: ObjectiveRow, values: readonly ValueRow[], managePlan: boolean): Objective {
  const measure = presentMeasure(row, values);
  return {
    id: row.id,
    goalId: row.goal_id,
    partnershipId: row.partnership_id,
    title: row.title,
    description: row.description,
    position: row.position,
    version: row.version,
    measure,
    abilities: { update: managePlan, delete: managePlan, addValue: managePlan && measure !== null },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function presentActivity(row: ActivityRow, managePlan: boolean): Activity {
  return {
    id: row.id,
    objectiveId: row.objective_id,
    partnershipId: row.partnership_id,
    title: row.title,
    ownerOrganization:
      row.owner_organization_id !== null && row.owner_organization_name !== null
        ? { id: row.owner_organization_id, name: row.owner_organization_name }
        : null,
    ownerContact:
      row.owner_contact_id !== null && row.owner_contact_name !== null ? { id: row.owner_contact_id, name: row.owner_contact_name } : null,
    dueOn: row.due_on,
    resources: row.resources,
    status: isActivityStatus(row.status) ? row.status : "planned",
    notes: row.notes,
    meetingId: row.meeting_id,
    prompt: promptOf(row),
    position: row.position,
    version: row.version,
    abilities: { update: managePlan, updateStatus: managePlan || row.can_pledge === 1, delete: managePlan },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
