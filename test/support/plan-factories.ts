// Plan rows written straight into the database, for tests that need a plan to read or change.
import type { Kysely } from "kysely";
import type { DB } from "../../src/server/db/schema.js";
import { newId, now } from "../../src/server/ids.js";
import type { ActivityStatus } from "../../src/domain/plan/activity-status.js";
import type { MeasureInput } from "../../src/contracts/plan.js";

let serial = 0;
const next = () => (serial += 1);

function edited() {
  const at = now();
  return { version: 1, created_at: at, created_by: null, updated_at: at, updated_by: null };
}

export async function buildGoal(db: Kysely<DB>, partnershipId: string, overrides: { title?: string } = {}) {
  const id = newId();
  const position = next();
  await db
    .insertInto("plan_goals")
    .values({ id, partnership_id: partnershipId, title: overrides.title ?? `Goal ${position}`, description: null, position, ...edited() })
    .execute();
  return { id, partnershipId };
}

/** A measure counting something from 100 at the start of 2026 down to 60 at its end. */
export const FALLING_MEASURE: MeasureInput = {
  name: "Incidents reported",
  unit: "incidents",
  source: "Police service",
  baselineValue: 100,
  baselineOn: "2026-01-01",
  targetValue: 60,
  targetOn: "2026-12-31",
  direction: "down",
};

export async function buildObjective(
  db: Kysely<DB>,
  goal: { id: string; partnershipId: string },
  overrides: { title?: string; measure?: MeasureInput | null } = {},
) {
  const id = newId();
  const position = next();
  const measure = overrides.measure === undefined ? FALLING_MEASURE : overrides.measure;
  await db
    .insertInto("plan_objectives")
    .values({
      id,
      goal_id: goal.id,
      partnership_id: goal.partnershipId,
      title: overrides.title ?? `Objective ${position}`,
      description: null,
      position,
      measure_name: measure?.name ?? null,
      measure_unit: measure?.unit ?? null,
      measure_source: measure?.source ?? null,
      baseline_value: measure?.baselineValue ?? null,
      baseline_on: measure?.baselineOn ?? null,
      target_value: measure?.targetValue ?? null,
      target_on: measure?.targetOn ?? null,
      measure_direction: measure?.direction ?? null,
      ...edited(),
    })
    .execute();
  return { id, goalId: goal.id, partnershipId: goal.partnershipId };
}

export async function buildActivity(
  db: Kysely<DB>,
  objective: { id: string; partnershipId: string },
  overrides: { title?: string; ownerOrganizationId?: string | null; status?: ActivityStatus; dueOn?: string | null } = {},
) {
  const id = newId();
  const position = next();
  await db
    .insertInto("plan_activities")
    .values({
      id,
      objective_id: objective.id,
      partnership_id: objective.partnershipId,
      title: overrides.title ?? `Activity ${position}`,
      owner_organization_id: overrides.ownerOrganizationId ?? null,
      owner_contact_id: null,
      due_on: overrides.dueOn ?? null,
      resources: null,
      status: overrides.status ?? "planned",
      notes: null,
      meeting_id: null,
      position,
      ...edited(),
    })
    .execute();
  return { id, objectiveId: objective.id, partnershipId: objective.partnershipId };
}

export async function buildValue(db: Kysely<DB>, objective: { id: string; partnershipId: string }, observedOn: string, value: number) {
  const id = newId();
  await db
    .insertInto("measure_values")
    .values({
      id,
      objective_id: objective.id,
      partnership_id: objective.partnershipId,
      observed_on: observedOn,
      value,
      note: null,
      created_at: now(),
      created_by: null,
    })
    .execute();
  return { id };
}
